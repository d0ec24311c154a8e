// @vitest-environment jsdom
// The panels that load after the first screen: a placeholder of the panel's size says what is
// coming until the code arrives, then the panel itself is there with its usual name; the data
// panel's placeholder takes no room while there is no run (the panel would not either).
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LazyChartsPanel, LazyDataPanel } from '../../src/app/lazyPanels';
import { renderLive } from '../components/liveStore';

afterEach(cleanup);

// A lazy chunk is transformed on first import: on a loaded two-core machine that alone can
// take longer than findBy's default second.
const LAZY = { timeout: 15_000 };

describe('lazy panels', () => {
  it('the charts stand in as two sized placeholders, then become the Loss chart region', async () => {
    const live = renderLive(<LazyChartsPanel />);
    const waiting = screen.getByText('Loading the loss chart…').parentElement!;
    expect(waiting.getAttribute('aria-busy')).toBe('true');
    expect(waiting.style.minHeight).toBe('358px');
    expect(screen.getByText('Loading the gradient-norm chart…')).toBeTruthy();
    await act(async () => void (await live.actions().loadPreset('two-two-one')));
    await live.settle();
    expect(await screen.findByRole('region', { name: 'Loss chart' }, LAZY)).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Gradient norms' })).toBeTruthy();
    expect(screen.queryByText(/^Loading the/)).toBeNull();
  });

  it('the data panel takes no room before a run, and is the named panel once one is loaded', async () => {
    const live = renderLive(<LazyDataPanel />);
    expect(screen.queryByText('Loading the data panel…')).toBeNull();
    expect(screen.queryByRole('region')).toBeNull();
    await act(async () => void (await live.actions().loadPreset('circle')));
    await live.settle();
    const panel = await screen.findByRole('region', { name: /^Data: / }, LAZY);
    expect(panel.querySelector('h2')?.textContent).toBe(
      `Data: ${live.store.getState().summary!.dataLabel}`,
    );
    expect(screen.queryByText('Loading the data panel…')).toBeNull();
  });
});
