// The untraced batch-major pass (mlpRows.ts) against the traced per-sample pass: over random
// nets, every activation, output and loss, batch sizes across the chunk size, shuffling,
// regularization and dropout, both give the same parameters, losses and statistics bit for
// bit, and the same divergence report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unflattenParams } from '../../src/engine/network';
import type { StepResult } from '../../src/engine/types';
import { dataset, makeTrainer } from './helpers';
import { randomCase, type RandomCase } from './helpers/randomNet';

type Batch = { mode: 'online' } | { mode: 'full' } | { mode: 'minibatch'; size: number };

function trainerFor(c: RandomCase, batch: Batch, dropout: number, shuffle: boolean) {
  const nested = unflattenParams(c.net.sizes, c.net.params);
  return makeTrainer({
    sizes: [...c.net.sizes],
    activations: [...c.net.activations],
    weights: nested.weights,
    biases: nested.biases,
    data: dataset(c.xs, c.ts),
    config: {
      loss: c.loss,
      regularization: c.reg,
      batch,
      dropout,
      shuffle,
      optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9, nesterov: false },
    },
    seed: 3,
  });
}

/** What a step reports, without the trace (which only the traced path has). */
function summary(r: StepResult<unknown>): unknown {
  if (!r.ok) return r;
  return {
    update: r.update,
    epoch: r.epoch,
    loss: r.loss,
    gradNorm: Array.from(r.stats.gradNorm),
    updateRatio: Array.from(r.stats.updateRatio),
  };
}

const batchArb = fc.oneof(
  fc.constant<Batch>({ mode: 'online' }),
  fc.constant<Batch>({ mode: 'full' }),
  fc.integer({ min: 2, max: 150 }).map((size): Batch => ({ mode: 'minibatch', size })),
);

describe('the batch-major untraced pass', () => {
  it('gives the bits of the traced per-sample pass', () => {
    fc.assert(
      fc.property(
        randomCase({ maxSamples: 150 }),
        batchArb,
        fc.constantFrom(0, 0.3),
        fc.boolean(),
        (c, batch, dropout, shuffle) => {
          const traced = trainerFor(c, batch, dropout, shuffle);
          const untraced = trainerFor(c, batch, dropout, shuffle);
          for (let k = 0; k < 4; k += 1) {
            const a = traced.step(true);
            const b = untraced.step(false);
            expect(summary(b)).toEqual(summary(a));
            expect(Array.from(untraced.net.params)).toEqual(Array.from(traced.net.params));
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reports a divergence at the same sample as the per-sample pass', () => {
    // A huge weight saturates the hidden layer of the third sample only: its loss is Infinity
    // for squared error after a linear output of ±1e308 · 10.
    const make = () =>
      makeTrainer({
        sizes: [1, 2, 1],
        activations: ['linear', 'linear'],
        weights: [[[1], [1]], [[1e308, 1e308]]],
        biases: [[0, 0], [0]],
        data: dataset([[0], [0], [10], [0]], [[0], [0], [0], [0]]),
        config: { batch: { mode: 'full' } },
      });
    const a = make().step(true);
    const b = make().step(false);
    expect(a.ok).toBe(false);
    expect(b).toEqual(a);
  });
});
