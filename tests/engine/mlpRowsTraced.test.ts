// The MLP's whole-batch paths (mlpRows.ts: accumulateMany, and accumulateManyTraced with its
// sample traces) against the per-sample reference (the same model without them, so the
// trainer calls accumulate and traceSample sample by sample): over random nets, every
// activation, output and loss, batch sizes across the chunk size, shuffling, clipping,
// regularization and dropout, every traced step's result — the whole trace — and every
// untraced step's numbers are the same bit for bit, and so is a divergence report.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMlpModel } from '../../src/engine/mlp';
import { createNetwork, unflattenParams } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { createModelTrainer } from '../../src/engine/trainer';
import type { Model } from '../../src/engine/model';
import type { Dataset, SampleTrace, StepTrace, TrainerConfig } from '../../src/engine/types';
import { baseConfig, dataset } from './helpers';
import { randomCase, type RandomCase } from './helpers/randomNet';

type Batch = TrainerConfig['batch'];

/** A trainer over the case's net and data; `reference`: without the whole-batch paths. */
function trainerFor(c: RandomCase, config: TrainerConfig, reference: boolean) {
  const nested = unflattenParams(c.net.sizes, c.net.params);
  const net = createNetwork(
    {
      sizes: [...c.net.sizes],
      activations: [...c.net.activations],
      init: 'zeros',
      weights: nested.weights,
      biases: nested.biases,
    },
    createRng(1, 'init'),
  );
  const data: Dataset = dataset(c.xs, c.ts);
  const model = createMlpModel(net, data);
  const perSample: Model<SampleTrace, StepTrace> = { ...model };
  delete perSample.accumulateMany;
  delete perSample.accumulateManyTraced;
  return createModelTrainer(reference ? perSample : model, {
    trainIndices: Uint32Array.from({ length: data.n }, (_, k) => k),
    config,
    seed: 3,
  });
}

/** The path to the first place where a and b differ in bits (NaN equals NaN), or null. */
function difference(a: unknown, b: unknown, path = 'result'): string | null {
  if (a instanceof Float64Array || a instanceof Uint32Array) {
    if (!(b instanceof a.constructor) || a.length !== (b as typeof a).length) return path;
    const other = b as typeof a;
    for (let k = 0; k < a.length; k += 1) if (!Object.is(a[k], other[k])) return `${path}[${k}]`;
    return null;
  }
  if (typeof a === 'number') return Object.is(a, b) ? null : path;
  if (a === null || typeof a !== 'object') return a === b ? null : path;
  if (b === null || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return path;
  const keys = Object.keys(a).sort();
  if (keys.join() !== Object.keys(b).sort().join()) return `${path} (keys)`;
  for (const key of keys) {
    const d = difference(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      `${path}.${key}`,
    );
    if (d) return d;
  }
  return null;
}

const batchArb = fc.oneof(
  fc.constant<Batch>({ mode: 'online' }),
  fc.constant<Batch>({ mode: 'full' }),
  fc.integer({ min: 2, max: 150 }).map((size): Batch => ({ mode: 'minibatch', size })),
);

describe('the whole-batch MLP paths', () => {
  it('give the per-sample pass’s traces and numbers bit for bit', () => {
    fc.assert(
      fc.property(
        randomCase({ maxSamples: 150 }),
        batchArb,
        fc.constantFrom(0, 0, 0.3),
        fc.boolean(),
        fc.constantFrom(undefined, 0.05),
        (c, batch, dropout, shuffle, clipNorm) => {
          const config: TrainerConfig = {
            ...baseConfig,
            loss: c.loss,
            regularization: c.reg,
            batch,
            dropout,
            shuffle,
            optimizer: {
              kind: 'momentum',
              learningRate: 0.1,
              momentum: 0.9,
              nesterov: false,
              ...(clipNorm === undefined ? {} : { clipNorm }),
            },
          };
          const reference = trainerFor(c, config, true);
          const traced = trainerFor(c, config, false);
          const untraced = trainerFor(c, config, false);
          for (let k = 0; k < 3; k += 1) {
            const want = reference.step(true);
            expect(difference(traced.step(true), want)).toBeNull();
            const got = untraced.step(false);
            // the untraced result carries no trace, and its statistics are reused buffers
            expect(
              difference(
                got.ok ? { ...got, trace: null } : got,
                want.ok ? { ...want, trace: null } : want,
              ),
            ).toBeNull();
          }
        },
      ),
      { numRuns: 120, seed: 20261206 },
    );
  });

  it('reports a divergence at the same sample as the per-sample pass, traced or not', () => {
    // A huge weight saturates the hidden layer of the third sample only: its loss is Infinity
    // for squared error after a linear output of ±1e308 · 10.
    const c: RandomCase = {
      net: {
        sizes: [1, 2, 1],
        activations: ['linear', 'linear'],
        params: Float64Array.of(1, 1, 0, 0, 1e308, 1e308, 0),
      },
      loss: 'squared-error',
      reg: { kind: 'none' },
      xs: [[0], [0], [10], [0]],
      ts: [[0], [0], [0], [0]],
    };
    const config: TrainerConfig = { ...baseConfig, batch: { mode: 'full' } };
    const want = trainerFor(c, config, true).step(true);
    expect(want.ok).toBe(false);
    expect(trainerFor(c, config, false).step(true)).toEqual(want);
    expect(trainerFor(c, config, false).step(false)).toEqual(want);
  });
});
