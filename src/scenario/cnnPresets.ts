// The built-in convolutional scenarios. Their ids are a public contract (links and course
// pages use them); the app's picker lists them as "Convolution" (appPresets.ts).
import type { CnnScenarioInput } from './cnnSchema';

export interface CnnPreset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: CnnScenarioInput;
}

const digitsCnn: CnnPreset = {
  id: 'digits-cnn',
  title: 'CNN: handwritten digits (8×8)',
  description:
    'The 1,797 8×8 digits as images: 16 filters of 3×3 (padding 1, ReLU) find strokes, 2×2 max pooling ' +
    'halves the maps, a dense softmax layer reads the 16×4×4 features. Adam in mini-batches of 32; a fifth ' +
    'of the images are held out. It passes 97% test accuracy within 10 epochs.',
  scenario: {
    version: 1,
    title: 'CNN: handwritten digits (8×8)',
    seed: 1,
    network: {
      kind: 'cnn',
      input: [1, 8, 8],
      layers: [
        { type: 'conv2d', filters: 16, size: 3, stride: 1, padding: 1, activation: 'relu' },
        { type: 'maxpool', size: 2, stride: 2 },
        { type: 'flatten' },
        { type: 'dense', units: 10, activation: 'softmax' },
      ],
      init: 'he-uniform',
    },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.01 },
    batch: { mode: 'minibatch', size: 32 },
    data: { kind: 'digits' },
    split: { test: 0.2 },
    shuffle: true,
  },
};

const convByHand: CnnPreset = {
  id: 'conv-by-hand',
  title: 'Convolution by hand: a 4×4 image and one 2×2 kernel',
  description:
    'One 4×4 image, one 2×2 kernel and a bias, all small integers, and a linear output: every number of ' +
    'the forward and backward pass is an integer you can check on paper. Each output is patch × kernel + ' +
    'bias; with squared error δ = output − target; the kernel gradient is Σ δ ⊙ patch, and the input ' +
    'gradient is the full convolution of δ with the flipped kernel.',
  scenario: {
    version: 1,
    title: 'Convolution by hand: a 4×4 image and one 2×2 kernel',
    seed: 1,
    network: {
      kind: 'cnn',
      input: [1, 4, 4],
      layers: [
        { type: 'conv2d', filters: 1, size: 2, stride: 1, padding: 0, activation: 'linear' },
        { type: 'flatten' },
      ],
      weights: [
        {
          kernels: [
            [
              [
                [1, -1],
                [2, 0],
              ],
            ],
          ],
          biases: [1],
        },
        null,
      ],
    },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.01 },
    batch: { mode: 'online' },
    data: {
      kind: 'inline',
      inputs: [[1, 2, 0, 1, 0, 1, 3, 1, 2, 1, 0, 0, 1, 0, 1, 2]],
      targets: [[1, 0, 2, 3, 1, 0, 2, 2, 1]],
    },
  },
};

/** Six sigmoid layers of 32 units on the digits; `bn` puts batch norm after each of them. */
function deepSigmoid(bn: boolean): CnnScenarioInput {
  const hidden = Array.from({ length: 6 }, () => [
    { type: 'dense' as const, units: 32, activation: 'sigmoid' as const },
    ...(bn ? [{ type: 'batchnorm' as const }] : []),
  ]).flat();
  const title = bn
    ? 'Deep sigmoid net with batch norm: gradients reach the first layer'
    : 'Deep sigmoid net: vanishing gradients';
  return {
    version: 1,
    title,
    seed: 1,
    network: {
      kind: 'cnn',
      input: [1, 8, 8],
      layers: [{ type: 'flatten' }, ...hidden, { type: 'dense', units: 10, activation: 'softmax' }],
      init: 'xavier-uniform',
    },
    loss: 'cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { mode: 'minibatch', size: 32 },
    data: { kind: 'digits' },
    split: { test: 0.2 },
    shuffle: true,
  };
}

const deepSigmoidPlain: CnnPreset = {
  id: 'deep-sigmoid',
  title: 'Deep sigmoid net: vanishing gradients',
  description:
    'Seven dense layers on the digits, six of them sigmoid. Each sigmoid multiplies the backward signal by ' +
    'σ′ ≤ 0.25, so the gradient norm shrinks layer by layer toward the input: the first layers barely ' +
    'learn. Compare the per-layer gradient norms with deep-sigmoid-bn.',
  scenario: deepSigmoid(false),
};

const deepSigmoidBn: CnnPreset = {
  id: 'deep-sigmoid-bn',
  title: 'Deep sigmoid net with batch norm: gradients reach the first layer',
  description:
    'The deep-sigmoid net with batch norm after every sigmoid layer. Normalizing each unit over the batch ' +
    'divides by its small standard deviation, which gives back what σ′ takes away on the way down: the ' +
    'per-layer gradient norms stay of one size, and the net trains.',
  scenario: deepSigmoid(true),
};

export const CNN_PRESETS: readonly CnnPreset[] = [
  digitsCnn,
  convByHand,
  deepSigmoidPlain,
  deepSigmoidBn,
];

export function getCnnPreset(id: string): CnnPreset | undefined {
  return CNN_PRESETS.find((p) => p.id === id);
}
