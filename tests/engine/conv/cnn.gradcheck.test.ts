// Finite differences on random CNNs: stride 1 and 2, padding 0 and 1, several channels, max
// and average pooling with and without overlap, batch norm in training mode (its gradient
// coupled over the whole batch), for every parameter and every input entry.
import { describe, expect, it } from 'vitest';
import { cnnGradientCheck } from '../../../src/engine/conv/cnnGradcheck';
import type { CnnSpec } from '../../../src/engine/conv/types';
import type { LossName } from '../../../src/engine/types';
import { inputSize, randomCnn, randomData } from './helpers';

interface Case {
  name: string;
  spec: CnnSpec;
  loss: LossName;
  outputs: number;
}

const CASES: Case[] = [
  {
    name: 'conv stride 1 pad 1, 2 channels in, maxpool 2/2, dense softmax',
    spec: {
      input: [2, 6, 6],
      layers: [
        { type: 'conv2d', filters: 3, size: 3, stride: 1, padding: 1, activation: 'tanh' },
        { type: 'maxpool', size: 2, stride: 2 },
        { type: 'flatten' },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    },
    loss: 'cross-entropy',
    outputs: 3,
  },
  {
    name: 'conv stride 2 pad 0, overlapping maxpool 3/1, sigmoid dense',
    spec: {
      input: [3, 9, 9],
      layers: [
        { type: 'conv2d', filters: 2, size: 3, stride: 2, padding: 0, activation: 'sigmoid' },
        { type: 'maxpool', size: 3, stride: 1 },
        { type: 'flatten' },
        { type: 'dense', units: 2, activation: 'linear' },
      ],
    },
    loss: 'squared-error',
    outputs: 2,
  },
  {
    name: 'conv stride 2 pad 1, avgpool 2/2 and overlapping avgpool 2/1',
    spec: {
      input: [2, 7, 7],
      layers: [
        { type: 'conv2d', filters: 3, size: 3, stride: 2, padding: 1, activation: 'tanh' },
        { type: 'avgpool', size: 2, stride: 1 },
        { type: 'conv2d', filters: 2, size: 2, stride: 1, padding: 0, activation: 'linear' },
        { type: 'flatten' },
        { type: 'dense', units: 2, activation: 'sigmoid' },
      ],
    },
    loss: 'cross-entropy',
    outputs: 2,
  },
  {
    name: 'batch norm after a conv (per channel) and after a dense layer (per unit), training mode',
    spec: {
      input: [2, 5, 5],
      layers: [
        { type: 'conv2d', filters: 3, size: 3, stride: 1, padding: 1, activation: 'linear' },
        { type: 'batchnorm', epsilon: 1e-5, momentum: 0.1 },
        { type: 'avgpool', size: 2, stride: 2 },
        { type: 'flatten' },
        { type: 'dense', units: 4, activation: 'linear' },
        { type: 'batchnorm', epsilon: 1e-3, momentum: 0.1 },
        { type: 'dense', units: 3, activation: 'softmax' },
      ],
    },
    loss: 'cross-entropy',
    outputs: 3,
  },
  {
    name: 'batch norm first, then tanh conv, maxpool 2/2, mse',
    spec: {
      input: [1, 4, 4],
      layers: [
        { type: 'batchnorm', epsilon: 1e-5, momentum: 0.1 },
        { type: 'conv2d', filters: 2, size: 2, stride: 1, padding: 1, activation: 'tanh' },
        { type: 'maxpool', size: 2, stride: 2 },
        { type: 'flatten' },
        { type: 'dense', units: 2, activation: 'tanh' },
      ],
    },
    loss: 'mse',
    outputs: 2,
  },
];

describe('CNN gradients against finite differences', () => {
  for (const [c, test] of CASES.entries()) {
    it(test.name, () => {
      for (const seed of [1, 2]) {
        const cnn = randomCnn(test.spec, 10 * c + seed);
        const task = test.loss === 'cross-entropy' ? 'classification' : 'regression';
        const data = randomData(seed, 5, inputSize(test.spec), test.outputs, task);
        const before = cnn.params.slice();
        const check = cnnGradientCheck(cnn, data, [0, 1, 2, 3, 4], { loss: test.loss });
        for (const block of check.blocks) expect(block.worst, block.block).toBeLessThan(1e-6);
        expect(check.input).toBeLessThan(1e-6);
        // the check must have seen non-zero gradients, or it proves nothing
        expect(Math.max(...check.analytic.map(Math.abs))).toBeGreaterThan(1e-3);
        expect(Math.max(...check.analyticInput.map(Math.abs))).toBeGreaterThan(1e-4);
        expect(cnn.params).toEqual(before);
      }
    });
  }

  it('with L2 regularization the penalty gradient is checked too', () => {
    const spec = CASES[0].spec;
    const cnn = randomCnn(spec, 7);
    const data = randomData(7, 3, inputSize(spec), 3, 'classification');
    const check = cnnGradientCheck(cnn, data, [0, 1, 2], {
      loss: 'cross-entropy',
      regularization: { kind: 'l2', rate: 0.1 },
    });
    expect(check.worst).toBeLessThan(1e-6);
  });
});
