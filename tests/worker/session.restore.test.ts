// A run restored from a checkpoint in a fresh session continues exactly as the original run:
// what a restarted worker relies on so that a crash loses nothing the learner did.
import { describe, expect, it } from 'vitest';
import type { Checkpoint, Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import { createSession, type Session } from '../../src/worker/session';
import { readText } from '../helpers/files';

const fresh = (): Session => createSession({ readText, now: () => 0 });

const lastCheckpoint = (messages: Message[]): Checkpoint => {
  const found = messages.filter((m) => m.type === 'checkpoint').at(-1);
  if (!found || found.type !== 'checkpoint') throw new Error('no checkpoint');
  return found.checkpoint;
};
const paramsOf = (messages: Message[]): number[] => {
  const m = messages.find((x) => 'frame' in x);
  if (!m || !('frame' in m)) throw new Error('no frame');
  return Array.from(m.frame.params);
};

describe('restoring a checkpoint', () => {
  it('continues bit for bit like the run that was never interrupted, shuffling and dropout included', async () => {
    // spiral shuffles each epoch; dropout draws from its own seeded stream
    const original = fresh();
    await original.handle({ type: 'load', scenario: getPreset('spiral')!.scenario });
    await original.handle({ type: 'configure', patch: { dropout: 0.2, learningRate: 0.004 } });
    await original.handle({ type: 'setParam', index: 1, value: 0.3 });
    const cp = lastCheckpoint(
      await original.handle({ type: 'step', unit: 'update', count: 37 }), // mid-epoch
    );
    const expected = paramsOf(await original.handle({ type: 'step', unit: 'epoch', count: 2 }));

    // structured cloning is what postMessage does to the checkpoint on its way to a new worker
    const restored = fresh();
    const out = await restored.handle({ type: 'restore', checkpoint: structuredClone(cp) });
    const loaded = out.find((m) => m.type === 'loaded');
    expect(loaded?.type === 'loaded' && loaded.restored).toBe(true);
    // no update has run in this worker yet: its gradient norms are unknown, not zero
    expect(loaded?.type === 'loaded' && Array.from(loaded.frame.gradNorm).every(Number.isNaN)).toBe(
      true,
    );
    expect(restored.updates).toBe(37);
    const actual = paramsOf(await restored.handle({ type: 'step', unit: 'epoch', count: 2 }));
    expect(actual).toEqual(expected);
  });

  it('keeps the live settings and the edited starting weights, so a reset after it matches', async () => {
    const original = fresh();
    const loaded = await original.handle({ type: 'load', scenario: getPreset('xor')!.scenario });
    const start = paramsOf(loaded);
    await original.handle({ type: 'setParam', index: 0, value: -0.4 });
    const cp = lastCheckpoint(
      await original.handle({ type: 'configure', patch: { learningRate: 0.9 } }),
    );
    const restored = fresh();
    const out = await restored.handle({ type: 'restore', checkpoint: structuredClone(cp) });
    const summary = out.find((m) => m.type === 'loaded');
    expect(summary?.type === 'loaded' && summary.summary.optimizer.learningRate).toBe(0.9);
    await restored.handle({ type: 'step', unit: 'update', count: 5 });
    const reset = paramsOf(await restored.handle({ type: 'reset' }));
    expect(reset).toEqual([-0.4, ...start.slice(1)]);
  });
});
