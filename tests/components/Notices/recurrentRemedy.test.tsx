// @vitest-environment jsdom
// A recurrent net whose gradients explode (ReLU, long sequences, Whh drawn ten times its
// default) diverges at its first update; the alert offers gradient clipping, which the
// session puts in force, after which the same update trains.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Notices } from '../../../src/components/Notices/Notices';
import { withRecurrentScale } from '../../../src/scenario/recurrentShare';
import { getRecurrentPreset } from '../../../src/scenario/recurrentPresets';
import { isRecurrentScenario, validateAppScenario } from '../../../src/scenario/validate';
import { divergingScenario } from '../../helpers/scenarios';
import { renderLive } from '../liveStore';

afterEach(cleanup);

function exploding(): unknown {
  const base = getRecurrentPreset('rnn-sine')!.scenario;
  const r = validateAppScenario({
    ...base,
    network: { ...base.network, activation: 'relu' },
    data: { kind: 'sine-next', samples: 20, length: 300, noise: 0.05 },
  });
  if (!r.ok || !isRecurrentScenario(r.scenario)) throw new Error('bad scenario');
  return withRecurrentScale(r.scenario, 10);
}

describe('divergence of a recurrent net', () => {
  it('offers gradient clipping as a remedy, and clipping lets it train', async () => {
    const { actions, settle, store } = renderLive(<Notices />);
    await act(async () => void (await actions().loadScenario(exploding())));
    await settle();
    act(() => actions().stepForward('update'));
    await settle();
    expect(store.getState().divergence).not.toBeNull();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/Training diverged and was paused/);
    const clip = within(alert).getByRole('button', { name: 'Turn on gradient clipping (norm 1)' });
    fireEvent.click(clip);
    await settle();
    expect(store.getState().summary?.optimizer.clipNorm).toBe(1);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('does not offer clipping to a feed-forward net', async () => {
    const { actions, settle, send } = renderLive(<Notices />);
    act(() => void actions().loadScenario(divergingScenario));
    await settle();
    send({ type: 'step', unit: 'update', count: 2000 });
    await settle();
    const alert = screen.getByRole('alert');
    expect(within(alert).getAllByRole('button')).toHaveLength(3);
    expect(within(alert).queryByRole('button', { name: /gradient clipping/ })).toBeNull();
  });
});
