// The RNN as a Model under the one trainer: a batch of sequences of different lengths has
// the mean of the oracle's per-sequence gradients, L2 touches the matrix blocks only, frozen
// biases stay put, and the traced update carries each sample's steps.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/engine/random';
import { createRnn } from '../../../src/engine/recurrent/rnn';
import { createRnnModel } from '../../../src/engine/recurrent/rnnModel';
import type { SequenceDataset } from '../../../src/engine/recurrent/types';
import { createModelTrainer } from '../../../src/engine/trainer';
import type { TrainerConfig } from '../../../src/engine/types';
import { flatten, makeCase, worstRelative, type CaseParams } from './helpers/randomRnn';
import { refGradients, refLoss } from './helpers/referenceRnn';

const base: CaseParams = {
  seed: 4,
  T: 3,
  inputs: 2,
  hidden: 3,
  outputs: 2,
  activation: 'tanh',
  readout: ['linear', 'squared-error'],
  every: true,
  mean: false,
  bptt: { mode: 'truncated', k1: 2, k2: 3 },
};
/** Three sequences of lengths 3, 5 and 1 sharing one net (the first case's weights). */
const cases = [3, 5, 1].map((T, k) => makeCase({ ...base, T, seed: base.seed + k }));
const shared = cases[0];
const data: SequenceDataset = {
  n: 3,
  nIn: 2,
  nOut: 2,
  readout: 'every-step',
  starts: Uint32Array.of(0, 3, 8),
  lengths: Uint32Array.of(3, 5, 1),
  inputs: Float64Array.from(cases.flatMap((c) => Array.from(c.data.inputs))),
  targets: Float64Array.from(cases.flatMap((c) => Array.from(c.data.targets))),
  task: 'regression',
};
const config: TrainerConfig = {
  loss: 'squared-error',
  optimizer: { kind: 'sgd', learningRate: 0 },
  batch: { mode: 'full' },
  regularization: { kind: 'none' },
  dropout: 0,
  shuffle: false,
  trainBiases: true,
};

function trainer(patch: Partial<TrainerConfig> = {}) {
  const rnn = createRnn(shared.problem, 'zeros', undefined, createRng(1));
  rnn.params.set(shared.params);
  const model = createRnnModel(rnn, data);
  return createModelTrainer(model, {
    trainIndices: Uint32Array.of(0, 1, 2),
    config: { ...config, ...patch },
    seed: 1,
  });
}

function tracedStep(patch: Partial<TrainerConfig> = {}) {
  const result = trainer(patch).step(true);
  if (!result.ok || !result.trace) throw new Error('expected a traced update');
  return result.trace;
}

describe('the RNN model under the one trainer', () => {
  const oracle = cases.map((c) => ({ ...c.ref, blocks: shared.ref.blocks }));

  it('a batch of sequences of lengths 3, 5, 1: loss and gradient are the means over sequences', () => {
    const trace = tracedStep();
    const losses = cases.map((c, k) => refLoss(oracle[k], c.seq));
    const grads = cases.map((c, k) => flatten(refGradients(oracle[k], c.seq)));
    const mean = grads[0].map((_, j) => (grads[0][j] + grads[1][j] + grads[2][j]) / 3);
    expect(trace.kind).toBe('rnn');
    expect(trace.batchLoss).toBeCloseTo((losses[0] + losses[1] + losses[2]) / 3, 12);
    expect(worstRelative(trace.gradients, mean)).toBeLessThan(1e-9);
    expect(trace.samples.map((s) => s.steps.length)).toEqual([3, 5, 1]);
    expect(trace.samples[1].sweeps?.map((w) => w.at)).toEqual([2, 4, 5]);
  });

  it('traced steps are copies of the tape that later updates leave as they were', () => {
    const t = trainer({ optimizer: { kind: 'sgd', learningRate: 0.5 } });
    const seen = t.inspect(1); // the same pass on the side tape, before the update
    const first = t.step(true);
    if (!first.ok || !first.trace) throw new Error('expected a traced update');
    const steps = first.trace.samples.flatMap((s) => s.steps);
    const kept = steps.map((s) => [s.x, s.a, s.h, s.dLdh, s.delta].map((v) => Array.from(v)));
    expect(Array.from(seen.steps[4].h)).toEqual(Array.from(first.trace.samples[1].steps[4].h));
    for (let k = 0; k < 3; k += 1) t.step(k % 2 === 0);
    steps.forEach((s, k) =>
      expect([s.x, s.a, s.h, s.dLdh, s.delta].map((v) => Array.from(v))).toEqual(kept[k]),
    );
  });

  it('L2 adds rate·w to the matrix blocks only, never to bh or by', () => {
    const plain = tracedStep();
    const l2 = tracedStep({ regularization: { kind: 'l2', rate: 0.5 } });
    for (const block of l2.layout.blocks) {
      for (let k = block.offset; k < block.offset + block.size; k += 1) {
        const added = l2.gradients[k] - plain.gradients[k];
        expect(added).toBeCloseTo(block.role === 'weight' ? 0.5 * shared.params[k] : 0, 12);
      }
    }
  });

  it('trainBiases = false keeps bh and by fixed while the matrices move', () => {
    const trace = tracedStep({ optimizer: { kind: 'sgd', learningRate: 0.1 }, trainBiases: false });
    for (const block of trace.layout.blocks) {
      const moved = trace.after
        .slice(block.offset, block.offset + block.size)
        .some((v, k) => v !== trace.before[block.offset + k]);
      expect(moved).toBe(block.role === 'weight');
    }
  });

  it('clipNorm rescales the step and records the norm and factor', () => {
    const trace = tracedStep({ optimizer: { kind: 'sgd', learningRate: 1, clipNorm: 1e-3 } });
    const norm = Math.hypot(...trace.gradients);
    expect(trace.clip?.norm).toBeCloseTo(norm, 12);
    const step = Math.hypot(...trace.after.map((v, k) => v - trace.before[k]));
    expect(step).toBeCloseTo(1e-3, 12);
  });

  it('evaluates the mean sequence loss, and training lowers it', () => {
    const adam = {
      kind: 'adam',
      learningRate: 0.05,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
    } as const;
    const t = trainer({ optimizer: adam });
    const start = t.model.evaluate('squared-error', [0, 1, 2]).loss;
    expect(start).toBeCloseTo(tracedStep().batchLoss, 12);
    for (let k = 0; k < 200; k += 1) expect(t.step().ok).toBe(true);
    expect(t.model.evaluate('squared-error', [0, 1, 2]).loss).toBeLessThan(0.5 * start);
  });

  it('inspects a sequence without updating, and takes new activations at the next pass', () => {
    const t = trainer();
    const before = t.model.params.slice();
    const seen = t.inspect(1);
    expect(seen.steps).toHaveLength(5);
    expect(Array.from(t.model.params)).toEqual(Array.from(before));
    expect(t.model.activationNames()).toEqual(['tanh', 'linear']);
    t.setActivations(['relu', 'linear']);
    expect(t.model.activationNames()).toEqual(['relu', 'linear']);
    expect(t.inspect(1).loss).not.toBe(seen.loss);
    expect(() => t.setActivations(['relu'])).toThrow(RangeError);
    expect(() => t.setActivations(['softmax', 'linear'])).toThrow(RangeError);
  });
});
