// Traced updates for store tests that play the worker: real traces of a 2-3-1 tanh/sigmoid
// net on two points, and a frame to send with each. Test-only: never imported by src/.
import type { StepTrace, Trace } from '../../src/engine/types';
import type { Frame } from '../../src/protocol/messages';
import { dataset, makeTrainer } from '../engine/helpers';

/** The traces of the first `count` updates of a 2-3-1 net on (0, 1) → 1 and (1, 0) → 0. */
export function smallTraces(count: number, batch: 'online' | 'full' = 'online'): StepTrace[] {
  const trainer = makeTrainer({
    sizes: [2, 3, 1],
    activations: ['tanh', 'sigmoid'],
    data: dataset(
      [
        [0, 1],
        [1, 0],
      ],
      [[1], [0]],
    ),
    config: { batch: { mode: batch } },
  });
  return Array.from({ length: count }, () => {
    const r = trainer.step(true);
    if (!r.ok || !r.trace) throw new Error('step failed');
    return r.trace;
  });
}

/** A frame of that net (13 parameters) at the given update. */
export const smallFrame = (update: number): Frame => ({
  update,
  epoch: 1,
  playing: false,
  batchLoss: 0.5,
  train: { loss: 0.4, accuracy: 0.5, atUpdate: update },
  test: null,
  gradNorm: Float64Array.of(0.1, 0.2),
  updateRatio: Float64Array.of(0.01, 0.02),
  params: new Float64Array(13),
  appliedFrom: null,
});

/** Narrows a trace of the union to the MLP member (the test fails on any other family's). */
export function mlpOnly(trace: Trace): StepTrace {
  if (trace.kind !== 'mlp') throw new Error(`expected an MLP trace, got "${trace.kind}"`);
  return trace;
}
