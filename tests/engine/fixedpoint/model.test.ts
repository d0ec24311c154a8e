// The fixed-point model under the one trainer: it trains (the loss falls), a relaxation that
// does not settle refuses the update (parameters and optimizer untouched) through the trainer's
// non-finite-loss path, and the failure is named by phase with its last change size.
import { describe, expect, it } from 'vitest';
import { createFixedPointModel } from '../../../src/engine/fixedpoint/model';
import { fixedPointPass } from '../../../src/engine/fixedpoint/net';
import { createFixedPointCache, loadSample } from '../../../src/engine/fixedpoint/relax';
import { settleDivergence } from '../../../src/engine/fixedpoint/settle';
import { createModelTrainer } from '../../../src/engine/trainer';
import type { Dataset, TrainerConfig } from '../../../src/engine/types';
import { netOf, spec } from './helpers/nets';

const config: TrainerConfig = {
  loss: 'squared-error',
  optimizer: { kind: 'sgd', learningRate: 0.5 },
  batch: { mode: 'full' },
  regularization: { kind: 'none' },
  dropout: 0,
  shuffle: false,
  trainBiases: true,
};

const data: Dataset = {
  n: 2,
  nIn: 1,
  nOut: 1,
  inputs: Float64Array.from([0, 1]),
  targets: Float64Array.from([0.2, 0.8]),
  task: 'regression',
};

describe('the fixed-point model', () => {
  it('trains: the batch loss falls and the trace carries both relaxations', () => {
    const s = spec(2, 1, [1], 'sigmoid', { tolerance: 1e-12, maxIterations: 1000 });
    const net = netOf(s, {
      W: [
        [0.1, 0.2],
        [0.3, -0.1],
      ],
      V: [[0.5], [-0.4]],
      b: [0, 0],
    });
    const model = createFixedPointModel(net, data);
    const trainer = createModelTrainer(model, {
      trainIndices: Uint32Array.from([0, 1]),
      config: { ...config, optimizer: { kind: 'sgd', learningRate: 4 } },
      seed: 1,
    });
    const first = trainer.step(true);
    if (!first.ok || !first.trace) throw new Error('the first update failed');
    expect(first.trace.kind).toBe('fixed-point');
    const sample = first.trace.samples[0];
    expect(sample.settled && sample.adjointSettled).toBe(true);
    expect(sample.forward).toHaveLength(sample.iterations);
    expect(sample.forwardChange[sample.iterations - 1]).toBeLessThanOrEqual(1e-12);
    let last = first.loss;
    for (let k = 0; k < 400; k += 1) {
      const r = trainer.step();
      if (!r.ok) throw new Error(r.divergence.message);
      last = r.loss;
    }
    expect(last).toBeLessThan(0.1 * first.loss);
    expect(model.evaluate('squared-error', [0, 1]).loss).toBeLessThan(0.1 * first.loss);
  });

  it('refuses the update when the forward relaxation does not settle, and says why', () => {
    const s = spec(1, 1, [0], 'linear', { tolerance: 1e-12, maxIterations: 30 });
    // x ← 1.5·x + ξ runs away for ξ = 1 (sample 1, first in the batch).
    const net = netOf(s, { W: [[1.5]], V: [[1]], b: [0] });
    const model = createFixedPointModel(net, data);
    const trainer = createModelTrainer(model, {
      trainIndices: Uint32Array.from([1, 0]),
      config,
      seed: 1,
    });
    const before = net.params.slice();
    const result = trainer.step();
    expect(result.ok).toBe(false);
    expect(Array.from(net.params)).toEqual(Array.from(before));
    expect(trainer.updates).toBe(0);
    const failure = model.lastFailure();
    expect(failure).toMatchObject({
      phase: 'forward',
      sample: 1,
      iterations: 30,
      tolerance: 1e-12,
    });
    if (result.ok || !failure) throw new Error('expected a refused update');
    const named = settleDivergence(result.divergence, failure);
    expect(named.quantity).toBe('relaxation');
    expect(named.message).toMatch(
      /^Update 1: the forward relaxation of sample 1 did not settle within 30 iterations: its last change max\|Δx\| was \S+ \(tolerance 1e-12\); the update was not applied\.$/,
    );
    expect(named.value).toBeCloseTo(1.5 ** 29, 3);
  });

  it('names the adjoint phase when only the adjoint does not settle', () => {
    const s = spec(1, 1, [0], 'linear', { start: [0.5], tolerance: 1e-12, maxIterations: 40 });
    const net = netOf(s, { W: [[-1]], V: [[0]], b: [1] });
    const model = createFixedPointModel(net, { ...data, n: 1 });
    const trainer = createModelTrainer(model, {
      trainIndices: Uint32Array.from([0]),
      config,
      seed: 1,
    });
    const result = trainer.step();
    expect(result.ok).toBe(false);
    expect(model.lastFailure()).toMatchObject({
      phase: 'adjoint',
      iterations: 40,
      lastChange: 0.3,
    });
  });

  it('changes its activation live and refuses names it cannot use', () => {
    const s = spec(1, 1, [0], 'sigmoid');
    const model = createFixedPointModel(netOf(s, { W: [[0]], V: [[1]], b: [0] }), data);
    model.setActivations(['tanh']);
    expect(model.activationNames()).toEqual(['tanh']);
    expect(model.inspect(1, 'squared-error').x[0]).toBeCloseTo(Math.tanh(1), 12);
    expect(() => model.setActivations(['softmax'])).toThrow(/not a fixed-point activation/);
  });

  it('is batched, regularized and clipped by the trainer like any family', () => {
    const s = spec(2, 1, [1], 'tanh', { tolerance: 1e-13, maxIterations: 1000 });
    const blocks = {
      W: [
        [0.3, -0.2],
        [0.5, 0.1],
      ],
      V: [[1], [-0.5]],
      b: [0.1, 0],
    };
    const net = netOf(s, blocks);
    const model = createFixedPointModel(net, data);
    const trainer = createModelTrainer(model, {
      trainIndices: Uint32Array.from([0, 1]),
      config: {
        ...config,
        optimizer: {
          kind: 'momentum',
          learningRate: 0.1,
          momentum: 0.9,
          nesterov: false,
          clipNorm: 0.01,
        },
        regularization: { kind: 'l2', rate: 0.5 },
        batch: { mode: 'minibatch', size: 2 },
      },
      seed: 1,
    });
    // The expected batch gradient: the mean of both samples' adjoint gradients plus rate·θ on W, V.
    const expected = new Float64Array(net.layout.size);
    const c = createFixedPointCache(s);
    for (const index of [0, 1]) {
      loadSample(c, data, index);
      expect(fixedPointPass(net, 'squared-error', c, expected)).toBeNull();
    }
    for (let k = 0; k < expected.length; k += 1) expected[k] /= 2;
    for (let k = 0; k < 6; k += 1) expected[k] += 0.5 * net.params[k];
    const result = trainer.step(true);
    if (!result.ok || !result.trace) throw new Error('the update failed');
    const { trace } = result;
    expect(trace.batch).toEqual([0, 1]);
    for (let k = 0; k < expected.length; k += 1)
      expect(trace.gradients[k]).toBeCloseTo(expected[k], 14);
    const norm = Math.hypot(...expected);
    expect(trace.clip?.norm).toBeCloseTo(norm, 14);
    expect(trace.clip?.factor).toBeCloseTo(0.01 / norm, 14);
    // The first momentum step moves θ by −η·(clipped g).
    expect(trace.after[0] - trace.before[0]).toBeCloseTo((-0.1 * expected[0] * 0.01) / norm, 14);
  });
});
