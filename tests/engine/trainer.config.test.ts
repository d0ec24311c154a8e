// Live configuration, regularization and per-layer statistics of the trainer, each against
// a hand computation on a one- or two-weight linear net.
import { describe, expect, it } from 'vitest';
import { dataset, makeTrainer, sigmoid } from './helpers';
import type { Trainer } from '../../src/engine/trainer';
import type { TrainerConfig } from '../../src/engine/types';

/** y = w·x + b with one input: x = 1, t = 0, squared error, so ∂L/∂w = ∂L/∂b = y. */
const single = (w: number, b: number, config: Partial<TrainerConfig>) =>
  makeTrainer({
    sizes: [1, 1],
    activations: ['linear'],
    weights: [[[w]]],
    biases: [[b]],
    data: dataset([[1]], [[0]]),
    config,
  });

const traced = (trainer: Trainer) => {
  const result = trainer.step(true);
  if (!result.ok || !result.trace) throw new Error('the step should succeed');
  return { result, trace: result.trace };
};

describe('regularization', () => {
  it('L2 adds rate·w to the weight gradient only and reports (rate/2)·Σw²', () => {
    const trainer = single(2, 0.5, {
      optimizer: { kind: 'sgd', learningRate: 0.1 },
      regularization: { kind: 'l2', rate: 0.3 },
    });
    const { trace } = traced(trainer);
    // y = 2.5: ∂/∂w = 2.5 + 0.3·2 = 3.1, ∂/∂b = 2.5.
    expect(trace.gradients[0]).toBeCloseTo(3.1, 14);
    expect(trace.gradients[1]).toBeCloseTo(2.5, 14);
    expect(trace.regularizationLoss).toBeCloseTo(0.15 * 4, 14);
    expect(trace.batchLoss).toBeCloseTo(0.5 * 2.5 * 2.5, 14);
    expect(trainer.net.params[0]).toBeCloseTo(2 - 0.31, 14);
    expect(trainer.net.params[1]).toBeCloseTo(0.5 - 0.25, 14);
  });

  it('L1 adds rate·sign(w) to the weight gradient only and reports rate·Σ|w|', () => {
    const trainer = single(-2, 0.5, {
      optimizer: { kind: 'sgd', learningRate: 0.1 },
      regularization: { kind: 'l1', rate: 0.3 },
    });
    const { trace } = traced(trainer);
    // y = −1.5: ∂/∂w = −1.5 − 0.3 = −1.8, ∂/∂b = −1.5.
    expect(trace.gradients[0]).toBeCloseTo(-1.8, 14);
    expect(trace.gradients[1]).toBeCloseTo(-1.5, 14);
    expect(trace.regularizationLoss).toBeCloseTo(0.6, 14);
    expect(trainer.net.params[0]).toBeCloseTo(-2 + 0.18, 14);
    expect(trainer.net.params[1]).toBeCloseTo(0.5 + 0.15, 14);
  });
});

describe('per-layer statistics', () => {
  it('gives ‖∇W‖₂ of the batch gradient and ‖ΔW‖₂/‖W‖₂ of the step', () => {
    const trainer = makeTrainer({
      sizes: [2, 1],
      activations: ['linear'],
      weights: [[[3, 4]]],
      biases: [[0]],
      data: dataset([[1, 0.5]], [[0]]),
      config: { optimizer: { kind: 'sgd', learningRate: 0.1 } },
    });
    const result = trainer.step();
    if (!result.ok) throw new Error('the step should succeed');
    // y = 5: ∇W = (5, 2.5), ΔW = (−0.5, −0.25), ‖W‖ = 5.
    expect(result.stats.gradNorm[0]).toBeCloseTo(Math.sqrt(25 + 6.25), 14);
    expect(result.stats.updateRatio[0]).toBeCloseTo(Math.sqrt(0.25 + 0.0625) / 5, 14);
  });
});

describe('live configuration', () => {
  const momentum = (learningRate: number) =>
    ({ kind: 'momentum', learningRate, momentum: 0.9, nesterov: false }) as const;

  it('keeps the velocity when only the learning rate changes', () => {
    const trainer = single(1, 0, { optimizer: momentum(0.1), trainBiases: false });
    trainer.step(); // g = 1, v = 1, w = 0.9
    trainer.configure({ optimizer: momentum(0.2) });
    trainer.step(); // g = 0.9, v = 0.9 + 0.9, w = 0.9 − 0.2·1.8
    expect(trainer.net.params[0]).toBeCloseTo(0.9 - 0.36, 14);
    expect(trainer.optimizerState().velocity[0]).toBeCloseTo(1.8, 14);
  });

  it('starts a fresh state when the optimizer kind changes', () => {
    const trainer = single(1, 0, { optimizer: momentum(0.1), trainBiases: false });
    trainer.step();
    trainer.configure({
      optimizer: { kind: 'adam', learningRate: 0.01, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
    });
    const { trace } = traced(trainer);
    // Adam's first step from zero moments moves by η·g/(|g| + ε) with g = 0.9.
    expect(trace.optimizer.t).toBe(1);
    expect(trace.after[0]).toBeCloseTo(0.9 - (0.01 * 0.9) / (0.9 + 1e-8), 14);
    expect(Object.keys(trainer.optimizerState()).sort()).toEqual(['m', 'mHat', 'v', 'vHat']);
    trainer.configure({ optimizer: momentum(0.1) });
    expect(trainer.optimizerState().velocity[0]).toBe(0);
  });

  it('starts training the biases at the next update once trainBiases is switched on', () => {
    const trainer = single(1, 0.5, {
      optimizer: { kind: 'sgd', learningRate: 0.1 },
      trainBiases: false,
    });
    trainer.step(); // y = 1.5: w = 0.85, b stays
    expect(trainer.net.params[1]).toBe(0.5);
    trainer.configure({ trainBiases: true });
    trainer.step(); // y = 1.35
    expect(trainer.net.params[1]).toBeCloseTo(0.5 - 0.135, 14);
  });

  it('uses a new activation from the next update on', () => {
    const trainer = single(1, 0, { optimizer: { kind: 'sgd', learningRate: 0 } });
    trainer.setActivations(['sigmoid']);
    const { trace } = traced(trainer);
    expect(trace.activations).toEqual(['sigmoid']);
    expect(trace.samples[0].layers[0].a[0]).toBeCloseTo(sigmoid(1), 15);
    // ∂L/∂z = (y − t)·σ'(z) = y · y(1 − y).
    const y = sigmoid(1);
    expect(trace.samples[0].layers[0].delta[0]).toBeCloseTo(y * y * (1 - y), 15);
  });

  it('records dropout masks once dropout is switched on, and none after it is off again', () => {
    const trainer = makeTrainer({
      sizes: [1, 4, 1],
      activations: ['relu', 'linear'],
      data: dataset([[1]], [[0]]),
      config: { optimizer: { kind: 'sgd', learningRate: 0 } },
    });
    trainer.configure({ dropout: 0.5 });
    const on = traced(trainer).trace.samples[0].layers;
    expect(on[0].mask).not.toBeNull();
    for (const m of on[0].mask ?? []) expect([0, 2]).toContain(m);
    expect(on[1].mask).toBeNull();
    trainer.configure({ dropout: 0 });
    const off = traced(trainer).trace.samples[0].layers;
    expect(off[0].mask).toBeNull();
  });

  it('reuses one result object for untraced steps', () => {
    const trainer = single(1, 0, { optimizer: { kind: 'sgd', learningRate: 0.1 } });
    const first = trainer.step();
    if (!first.ok) throw new Error('the step should succeed');
    const firstUpdate = first.update;
    const second = trainer.step();
    expect(second).toBe(first);
    expect(first.update).toBe(firstUpdate + 1);
    expect(first.trace).toBeNull();
  });
});

describe('snapshots across trainers', () => {
  const build = (seed: number) =>
    makeTrainer({
      sizes: [2, 4, 2],
      activations: ['tanh', 'softmax'],
      data: dataset(
        [
          [0, 1],
          [1, 0],
          [1, 1],
          [0, 0],
          [0.5, 0.2],
        ],
        [
          [1, 0],
          [0, 1],
          [1, 0],
          [0, 1],
          [1, 0],
        ],
      ),
      seed,
      config: {
        loss: 'cross-entropy',
        optimizer: { kind: 'rmsprop', learningRate: 0.05, decay: 0.9, epsilon: 1e-8 },
        batch: { mode: 'minibatch', size: 2 },
        shuffle: true,
        dropout: 0.3,
      },
    });

  it('continues bit-identically in a new trainer built with another seed and learning rate', () => {
    const original = build(11);
    for (let k = 0; k < 4; k += 1) original.step(); // mid-epoch: 5 samples in batches of 2
    const snap = structuredClone(original.snapshot());
    const copy = build(99);
    copy.configure({ optimizer: { kind: 'sgd', learningRate: 3 } });
    copy.restore(snap);
    expect(copy.epoch).toBe(original.epoch);
    expect(copy.positionInEpoch).toBe(original.positionInEpoch);
    for (let k = 0; k < 5; k += 1) {
      const a = original.step(true);
      const b = copy.step(true);
      if (!a.ok || !b.ok) throw new Error('the steps should succeed');
      expect(b.trace).toEqual(a.trace);
    }
  });
});
