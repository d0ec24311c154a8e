// @vitest-environment jsdom
// A one-sample example leaves the data panel nothing to draw but its point: the views fold
// behind a button (the data controls stay), and unfold on request. Larger sets show at once.
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataPanel } from '../../../src/components/Data/DataPanel';
import { liveSession } from './liveSession';

afterEach(cleanup);

const panel = () => screen.getByRole('region', { name: /^Data: / });

describe('DataPanel folding', () => {
  it('folds the 2-2-1’s single sample to one line, keeping its controls, until asked', async () => {
    await liveSession('two-two-one', <DataPanel />);
    const toggle = within(panel()).getByRole('button', { name: 'Show the data views' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(panel()).getByRole('button', { name: 'Import data…' })).toBeTruthy();
    expect(
      within(panel()).queryByRole('region', { name: /^(Decision boundary|Regression surface)$/ }),
    ).toBeNull();
    fireEvent.click(toggle);
    const hide = within(panel()).getByRole('button', { name: 'Hide the data views' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(hide.getAttribute('aria-controls')!)?.hidden).toBe(false);
    expect(
      within(panel()).getByRole('region', { name: /^(Decision boundary|Regression surface)$/ }),
    ).toBeTruthy();
  });

  it('shows a set of many samples at once, with nothing to unfold', async () => {
    await liveSession('circle', <DataPanel />);
    expect(within(panel()).queryByRole('button', { name: /data views/ })).toBeNull();
  });
});
