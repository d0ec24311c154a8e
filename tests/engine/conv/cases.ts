// Random CNN specs shared by the finite-difference and oracle tests: stride 1 and 2, padding
// 0 and 1, several channels, max and average pooling with and without overlap, batch norm
// after a conv (per channel) and after a dense layer (per unit).
import type { CnnSpec } from '../../../src/engine/conv/types';
import type { LossName } from '../../../src/engine/types';

export interface Case {
  name: string;
  spec: CnnSpec;
  loss: LossName;
  outputs: number;
}

export const CASES: Case[] = [
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
