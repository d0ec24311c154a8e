// The model seam: the one trainer drives any family's Model without knowing which it is, and
// the MLP model describes its parameters with the layout W1, b1, W2, b2, … in the old order.
import { describe, expect, it } from 'vitest';
import { createLayout, nestedByName } from '../../src/engine/layout';
import { createMlpModel } from '../../src/engine/mlp';
import type { Model, StepParts } from '../../src/engine/model';
import { createNetwork, mlpLayout, unflattenParams } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { createModelTrainer } from '../../src/engine/trainer';
import type { TrainerConfig } from '../../src/engine/types';
import { baseConfig, dataset, makeTrainer } from './helpers';

interface ToySample {
  readonly index: number;
  readonly loss: number;
}

/**
 * A family the trainer has never heard of: y = w·x + c, loss ½(y − t)², blocks `w` (weight)
 * and `c` (bias). Its gradient is (y − t)·x for w and (y − t) for c.
 */
function toyModel(
  xs: number[],
  ts: number[],
  w: number,
  c: number,
): Model<ToySample, StepParts<ToySample>> {
  const layout = createLayout([
    { name: 'w', shape: [1], role: 'weight' },
    { name: 'c', shape: [1], role: 'bias' },
  ]);
  const params = Float64Array.of(w, c);
  const blocks = layout.blocks;
  return {
    kind: 'rnn', // any kind but 'mlp': the trainer never reads it
    layout,
    params,
    statGroups: [{ weights: [blocks[0]], blocks }],
    accumulate(index, grads) {
      const e = params[0] * xs[index] + params[1] - ts[index];
      if (grads) {
        grads[0] += e * xs[index];
        grads[1] += e;
      }
      return 0.5 * e * e;
    },
    traceSample: (index, loss) => ({ index, loss }),
    traceStep: (parts) => parts,
    inspect: (index) => ({ index, loss: NaN }),
    findNonFinite: () => null,
    ownerOf: (k) => ({ layer: 1, quantity: k === 0 ? 'weight' : 'bias' }),
    evaluate: () => ({ loss: NaN, accuracy: null }),
    activationNames: () => [],
    setActivations: () => undefined,
  };
}

const config = (patch: Partial<TrainerConfig>): TrainerConfig => ({
  ...baseConfig,
  optimizer: { kind: 'sgd', learningRate: 0.1 },
  batch: { mode: 'full' },
  ...patch,
});

describe('the model seam', () => {
  it('the one trainer takes the batch mean, adds L2 on weight blocks only, and steps', () => {
    // x = [1, 2], t = [0, 1], w = 0.5, c = 0.25: errors 0.75 and 0.25.
    const model = toyModel([1, 2], [0, 1], 0.5, 0.25);
    const trainer = createModelTrainer(model, {
      trainIndices: Uint32Array.of(0, 1),
      config: config({ regularization: { kind: 'l2', rate: 0.2 } }),
      seed: 1,
    });
    const r = trainer.step(true);
    if (!r.ok || !r.trace) throw new Error('the step failed');
    // ∂/∂w = mean(0.75·1, 0.25·2) + 0.2·0.5 = 0.625 + 0.1; ∂/∂c = mean(0.75, 0.25) = 0.5
    expect(Array.from(r.trace.gradients)).toEqual([0.625 + 0.1, 0.5]);
    expect(Array.from(model.params)).toEqual([0.5 - 0.1 * 0.725, 0.25 - 0.1 * 0.5]);
    expect(r.trace.samples).toEqual([
      { index: 0, loss: 0.5 * 0.75 * 0.75 },
      { index: 1, loss: 0.5 * 0.25 * 0.25 },
    ]);
    expect(r.trace.regularizationLoss).toBeCloseTo(0.1 * 0.25, 15);
    expect(r.stats.gradNorm[0]).toBeCloseTo(0.725, 15);
  });

  it('freezes the bias blocks when trainBiases is false, and names a diverged block by its owner', () => {
    const model = toyModel([1], [0], 1, 1);
    const trainer = createModelTrainer(model, {
      trainIndices: Uint32Array.of(0),
      config: config({ trainBiases: false }),
      seed: 1,
    });
    expect(trainer.step().ok).toBe(true);
    expect(model.params[1]).toBe(1);
    expect(model.params[0]).toBeCloseTo(1 - 0.1 * 2, 15);
    trainer.configure({ optimizer: { kind: 'sgd', learningRate: Infinity } });
    const r = trainer.step();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.divergence.quantity).toBe('weight');
  });

  it('the MLP model adds the same gradient as the MLP trainer computes', () => {
    const data = dataset(
      [
        [0.3, -0.7],
        [1.2, 0.4],
      ],
      [[1], [0]],
    );
    const trainer = makeTrainer({
      sizes: [2, 3, 1],
      activations: ['tanh', 'sigmoid'],
      data,
      config: { batch: { mode: 'full' } },
    });
    const model = createMlpModel(trainer.net, data);
    const grads = new Float64Array(model.params.length);
    const pass = { loss: 'squared-error' as const, dropout: 0, rng: null };
    const losses = [0, 1].map((s) => model.accumulate(s, grads, pass));
    const r = trainer.step(true);
    if (!r.ok || !r.trace) throw new Error('the step failed');
    expect(Array.from(grads, (g) => g / 2)).toEqual(Array.from(r.trace.gradients));
    expect(r.trace.samples.map((s) => s.loss)).toEqual(losses);
    expect(r.trace.kind).toBe('mlp');
  });

  it('the MLP layout is W1, b1, W2, b2 in the flat order of weights[l][j][i] and biases[l][j]', () => {
    const layout = mlpLayout([3, 2, 1]);
    expect(layout.blocks.map((b) => [b.name, b.shape, b.offset, b.role])).toEqual([
      ['W1', [2, 3], 0, 'weight'],
      ['b1', [2], 6, 'bias'],
      ['W2', [1, 2], 8, 'weight'],
      ['b2', [1], 10, 'bias'],
    ]);
    const net = createNetwork(
      { sizes: [3, 2, 1], activations: ['tanh', 'linear'], init: 'xavier-uniform' },
      createRng(3, 'init'),
    );
    const nested = unflattenParams(net.sizes, net.params);
    const byName = nestedByName(net.layout, net.params);
    expect([byName.W1, byName.W2]).toEqual(nested.weights);
    expect([byName.b1, byName.b2]).toEqual(nested.biases);
  });
});
