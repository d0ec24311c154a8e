// The CNN model under the one trainer: batch norm's batch-coupled gradient in a traced update
// against finite differences over the whole batch, running statistics, evaluation with them,
// the trace's fields, and identical bits traced or not.
import { describe, expect, it } from 'vitest';
import { cnnGradientCheck } from '../../../src/engine/conv/cnnGradcheck';
import { createCnnModel } from '../../../src/engine/conv/cnnModel';
import { createModelTrainer } from '../../../src/engine/trainer';
import type { TrainerConfig } from '../../../src/engine/types';
import { CASES } from './cases';
import { inputSize, randomCnn, randomData } from './helpers';

const config: TrainerConfig = {
  loss: 'cross-entropy',
  optimizer: { kind: 'sgd', learningRate: 0.1 },
  batch: { mode: 'minibatch', size: 4 },
  regularization: { kind: 'none' },
  dropout: 0,
  shuffle: false,
  trainBiases: true,
};

const bn = CASES[3];

function setup(seed = 3) {
  const cnn = randomCnn(bn.spec, seed);
  const data = randomData(seed, 10, inputSize(bn.spec), bn.outputs, 'classification');
  const model = createCnnModel(cnn, data, 2);
  const trainer = createModelTrainer(model, {
    trainIndices: Uint32Array.from({ length: 10 }, (_, k) => k),
    config,
    seed,
  });
  return { cnn, data, model, trainer };
}

describe('CNN model with batch norm under the trainer', () => {
  it("a traced update's gradient is the batch mean loss's, through the batch statistics", () => {
    const { cnn, data, trainer } = setup();
    const before = cnn.params.slice();
    const state = cnn.state.slice();
    const numeric = (() => {
      const copy = { ...cnn, params: before.slice(), state: state.slice() };
      return cnnGradientCheck(copy, data, [0, 1, 2, 3], { loss: 'cross-entropy' });
    })();
    const result = trainer.step(true);
    if (!result.ok || !result.trace) throw new Error('the update failed');
    const g = result.trace.gradients;
    expect(result.trace.batch).toEqual([0, 1, 2, 3]);
    for (let k = 0; k < g.length; k += 1) {
      const n = numeric.numeric[k];
      expect(Math.abs(g[k] - n)).toBeLessThan(1e-7 * Math.max(1, Math.abs(n)));
    }
    expect(numeric.worst).toBeLessThan(1e-6);
    // the batch norm layer's trace carries the batch's statistics and x̂
    const sample = result.trace.samples[0];
    const layer = sample.layers[1];
    expect(layer.type).toBe('batchnorm');
    expect(layer.mean).toHaveLength(3);
    expect(layer.variance).toHaveLength(3);
    expect(layer.xhat).toHaveLength(layer.a.length);
    expect(sample.inputGradient).toHaveLength(data.nIn);
    expect(sample.layers[0].z).toHaveLength(3 * 25);
    expect(sample.layers[2].z).toBeUndefined();
    // x̂ over the batch has mean 0 per channel
    let sum = 0;
    for (const s of result.trace.samples)
      for (let q = 0; q < 25; q += 1) sum += s.layers[1].xhat![q];
    expect(Math.abs(sum)).toBeLessThan(1e-9);
  });

  it('running statistics move by momentum toward the batch mean and unbiased variance', () => {
    const { cnn, trainer } = setup();
    const result = trainer.step(true);
    if (!result.ok || !result.trace) throw new Error('the update failed');
    const stats = result.trace.samples[0].layers[1];
    const m = 4 * 25;
    for (let c = 0; c < 3; c += 1) {
      expect(cnn.state[c]).toBeCloseTo(0.1 * stats.mean![c], 14);
      expect(cnn.state[3 + c]).toBeCloseTo(0.9 + 0.1 * stats.variance![c] * (m / (m - 1)), 14);
    }
  });

  it('evaluation and inspection use the running statistics (a sample alone)', () => {
    const { cnn, model, trainer } = setup();
    trainer.step(false);
    const one = model.evaluate('cross-entropy', [5]);
    const inspected = model.inspect(5, 'cross-entropy');
    expect(inspected.loss).toBe(one.loss);
    expect(inspected.layers[1].mean).toEqual(cnn.state.slice(0, 3));
    // the mean over 3 samples is the mean of the 3 losses: no batch coupling when evaluating
    const three = model.evaluate('cross-entropy', [5, 6, 7]);
    const each = [5, 6, 7].map((k) => model.evaluate('cross-entropy', [k]).loss);
    expect(three.loss).toBeCloseTo((each[0] + each[1] + each[2]) / 3, 14);
  });

  it('traced and untraced training give the same bits', () => {
    const a = setup();
    const b = setup();
    for (let k = 0; k < 5; k += 1) {
      a.trainer.step(true);
      b.trainer.step(false);
    }
    expect(a.cnn.params).toEqual(b.cnn.params);
    expect(a.cnn.state).toEqual(b.cnn.state);
  });

  it('accumulate without a prepared batch treats the sample as a batch of one', () => {
    const { model } = setup();
    const grads = new Float64Array(model.params.length);
    const pass = { loss: 'cross-entropy' as const, dropout: 0, rng: null };
    const loss = model.accumulate(3, grads, pass);
    expect(Number.isFinite(loss)).toBe(true);
    expect(model.traceSample(3, loss).index).toBe(3);
  });

  it('names the owner layer of a parameter and refuses a wrong number of activations', () => {
    const { model } = setup();
    const K1 = model.layout.blocks[0];
    expect(model.ownerOf(K1.offset)).toEqual({ layer: 1, quantity: 'weight' });
    expect(model.activationNames()).toEqual(['linear', 'linear', 'softmax']);
    expect(() => model.setActivations(['relu'])).toThrow(RangeError);
    model.setActivations(['relu', 'tanh', 'softmax']);
    expect(model.activationNames()).toEqual(['relu', 'tanh', 'softmax']);
  });
});
