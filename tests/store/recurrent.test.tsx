// @vitest-environment jsdom
// The store with recurrent runs (a real session in-process): presets load by id, the cursor
// walks forward through time, the losses, backward through time, accumulate and update (both
// ways), the view model follows the cursor or the live inspection, and settings are validated.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from '@testing-library/react';
import { selectPhaseText } from '../../src/store/selectors';
import { selectRecurrentView } from '../../src/store/recurrentView';
import { getRecurrentPreset } from '../../src/scenario/recurrentPresets';
import { renderLive } from '../components/liveStore';

afterEach(cleanup);

async function memory() {
  const live = renderLive(null);
  await live.actions().loadPreset('rnn-memory');
  await live.settle();
  return live;
}

describe('recurrent runs in the store', () => {
  it('loads rnn-memory by id and builds a live view model from the frame', async () => {
    const { store } = await memory();
    const s = store.getState();
    expect(s.presetId).toBe('rnn-memory');
    expect(s.summary?.recurrent?.spec.hidden).toBe(8);
    const model = selectRecurrentView(s)!;
    expect(model.trace).toBeNull();
    expect(model.phase).toBeNull();
    expect(model.sample?.steps).toHaveLength(9);
    expect(model.params).toBe(s.frame!.params);
    expect(model.fixedBiases).toBe(false);
    expect(selectRecurrentView(store.getState())).toBe(model); // stable while nothing changes
  });

  it('steps forward through time, the loss, backward through time, then back again', async () => {
    const { store, actions, settle } = await memory();
    actions().stepForward('phase');
    await settle();
    expect(selectPhaseText(store.getState())).toBe(
      'Forward through time, step 1 of 9, sample 1 of 16',
    );
    for (let k = 0; k < 9; k += 1) actions().stepForward('phase');
    expect(selectPhaseText(store.getState())).toBe('Loss at step 9 of 9, sample 1 of 16');
    actions().stepForward('phase');
    expect(selectPhaseText(store.getState())).toBe(
      'Backward through time, step 9 of 9, sample 1 of 16',
    );
    actions().stepForward('phase');
    expect(selectPhaseText(store.getState())).toBe(
      'Backward through time, step 8 of 9, sample 1 of 16',
    );
    const model = selectRecurrentView(store.getState())!;
    expect(model.trace?.update).toBe(1);
    expect(model.phase).toMatchObject({ kind: 'backward', sample: 0, t: 7 });
    expect(model.sample).toBe(model.trace!.samples[0]);
    expect(model.params).toBe(model.trace!.before);
    actions().stepBack('phase');
    expect(selectPhaseText(store.getState())).toMatch(/^Backward through time, step 9 of 9/);
    actions().stepForward('sample');
    expect(selectRecurrentView(store.getState())!.sampleIndex).toBe(1);
    actions().stepBack('sample');
    expect(selectRecurrentView(store.getState())!.sampleIndex).toBe(0);
  });

  it('keeps per-block gradient norms of the updates, and drops them on a step back', async () => {
    const { store, actions, settle } = await memory();
    actions().stepForward('update');
    await settle();
    actions().stepForward('update');
    await settle();
    const norms = store.getState().blockNorms;
    expect(norms.map((p) => p.update)).toEqual([1, 2]);
    expect(Object.keys(norms[1].norms)).toEqual(['Wxh', 'Whh', 'Why']);
    expect(norms[1].norms.Whh).toBeGreaterThan(0);
    actions().stepBack('update');
    await settle();
    expect(store.getState().blockNorms.map((p) => p.update)).toEqual([1]);
  });

  it('refuses a bad setting naming it, and keeps the run shown', async () => {
    const { store, actions, settle } = await memory();
    const scenario = getRecurrentPreset('rnn-memory')!.scenario;
    const bad = {
      ...scenario,
      sequence: { ...scenario.sequence, bptt: { mode: 'truncated', k1: 4, k2: 2 } },
    };
    expect(actions().changeSetting('Truncation k2', bad)).toBe(false);
    await settle();
    const notices = store.getState().notices.map((n) => n.text);
    expect(notices.at(-1)).toMatch(/^Truncation k2 was not changed: .*sequence\.bptt\.k2/);
    expect(store.getState().presetId).toBe('rnn-memory');
    const good = {
      ...scenario,
      sequence: { ...scenario.sequence, bptt: { mode: 'truncated', k1: 2, k2: 4 } },
    };
    expect(actions().changeSetting('Truncation k2', good)).toBe(true);
    await settle();
    expect(store.getState().summary?.recurrent?.sequence.bptt).toEqual({
      mode: 'truncated',
      k1: 2,
      k2: 4,
    });
  });

  it('turns on gradient clipping as a remedy', async () => {
    const { store, actions, settle } = await memory();
    actions().turnOnClipping();
    await settle();
    expect(store.getState().summary?.optimizer.clipNorm).toBe(1);
  });
});
