// The built-in scenarios. Their ids are a public contract (links and course pages use them).
import type { ScenarioInput } from './schema';

export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: ScenarioInput;
}

const twoTwoOne: Preset = {
  id: 'two-two-one',
  title: 'The 2-2-1 worked example',
  description:
    'Two inputs, two sigmoid hidden neurons, one sigmoid output, no biases, squared error and a learning ' +
    'rate of 1: small enough to check every number by hand. After one update the output for the same input ' +
    'falls from 0.665074 to 0.659554. Copies of this example published on the web print slightly different ' +
    'numbers because they contain arithmetic slips; the numbers here are exact.',
  scenario: {
    version: 1,
    title: 'The 2-2-1 worked example',
    seed: 1,
    network: {
      kind: 'mlp',
      layers: [2, 2, 1],
      activations: ['sigmoid', 'sigmoid'],
      init: 'zeros',
      weights: [
        [
          [0.2, 0.2],
          [0.3, 0.3],
        ],
        [[0.3, 0.9]],
      ],
      biases: [[0, 0], [0]],
      trainBiases: false,
    },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 1 },
    batch: { mode: 'online' },
    regularization: { kind: 'none' },
    dropout: 0,
    data: { kind: 'inline', inputs: [[0.35, 0.7]], targets: [[0.5]] },
    split: { test: 0 },
    shuffle: false,
  },
};

const mazur: Preset = {
  id: 'mazur-2-2-2',
  title: 'Matt Mazur’s step-by-step example (2-2-2)',
  description:
    'The widely read "A Step by Step Backpropagation Example" by Matt Mazur (2015, ' +
    'https://mattmazur.com/2015/03/17/a-step-by-step-backpropagation-example/), with his ' +
    'numbers, so you can read his post alongside: inputs 0.05 and 0.10, targets 0.01 and 0.99, biases 0.35 and 0.60 (not ' +
    'trained), learning rate 0.5. The first total error is 0.298371109 and w5 becomes 0.35891648 after ' +
    'one update. Credit for the example and its numbers: Matt Mazur.',
  scenario: {
    version: 1,
    title: 'Matt Mazur’s step-by-step example (2-2-2)',
    seed: 1,
    network: {
      layers: [2, 2, 2],
      activations: ['sigmoid', 'sigmoid'],
      init: 'zeros',
      weights: [
        [
          [0.15, 0.2],
          [0.25, 0.3],
        ],
        [
          [0.4, 0.45],
          [0.5, 0.55],
        ],
      ],
      biases: [
        [0.35, 0.35],
        [0.6, 0.6],
      ],
      trainBiases: false,
    },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.5 },
    batch: { mode: 'online' },
    data: { kind: 'inline', inputs: [[0.05, 0.1]], targets: [[0.01, 0.99]] },
  },
};

const xor: Preset = {
  id: 'xor',
  title: 'XOR: why a hidden layer is needed',
  description:
    'The four XOR points, which no single neuron can separate. Three tanh hidden neurons learn it with full-batch ' +
    'gradient descent and momentum; watch the hidden neurons split the plane.',
  scenario: {
    version: 1,
    title: 'XOR: why a hidden layer is needed',
    seed: 3,
    network: { layers: [2, 3, 1], activations: ['tanh', 'sigmoid'], init: 'xavier-uniform' },
    loss: 'cross-entropy',
    optimizer: { kind: 'momentum', learningRate: 0.5, momentum: 0.9 },
    batch: { mode: 'full' },
    data: {
      kind: 'inline',
      inputs: [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ],
      targets: [[0], [1], [1], [0]],
    },
  },
};

const circle: Preset = {
  id: 'circle',
  title: 'Circle: a disc inside a ring',
  description:
    'Two tanh hidden layers of 8 learn a round decision boundary from 400 noisy points, 10 at a time; a fifth of ' +
    'the points are held out to test.',
  scenario: {
    version: 1,
    title: 'Circle: a disc inside a ring',
    seed: 7,
    network: {
      layers: [2, 8, 8, 1],
      activations: ['tanh', 'tanh', 'sigmoid'],
      init: 'xavier-uniform',
    },
    loss: 'cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { mode: 'minibatch', size: 10 },
    data: { kind: 'circle', samples: 400, noise: 0.1 },
    split: { test: 0.2 },
    shuffle: true,
  },
};

const spiral: Preset = {
  id: 'spiral',
  title: 'Spiral: depth pays off',
  description:
    'Two interleaved spirals need a deeper net: three ReLU layers of 16, trained with Adam in mini-batches of 10. ' +
    'Switch the activation to tanh and watch it learn far more slowly.',
  scenario: {
    version: 1,
    title: 'Spiral: depth pays off',
    seed: 11,
    network: {
      layers: [2, 16, 16, 16, 1],
      activations: ['relu', 'relu', 'relu', 'sigmoid'],
      init: 'he-uniform',
    },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.01 },
    batch: { mode: 'minibatch', size: 10 },
    data: { kind: 'spiral', samples: 400, noise: 0.1 },
    split: { test: 0.2 },
    shuffle: true,
  },
};

const iris: Preset = {
  id: 'iris',
  title: 'Iris: three species from four measurements',
  description:
    'Fisher’s 150 iris flowers (standardised measurements), a softmax output over the three species and ' +
    'cross-entropy, trained with Adam; a fifth of the flowers are held out to test.',
  scenario: {
    version: 1,
    title: 'Iris: three species from four measurements',
    seed: 5,
    network: { layers: [4, 8, 3], activations: ['tanh', 'softmax'], init: 'xavier-uniform' },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.01 },
    batch: { mode: 'minibatch', size: 16 },
    data: { kind: 'iris' },
    split: { test: 0.2 },
    shuffle: true,
  },
};

const digits: Preset = {
  id: 'digits',
  title: 'Handwritten digits (8×8)',
  description:
    '1,797 handwritten digits of 8×8 pixels: 64 inputs, 32 ReLU hidden units and a softmax over the ten digits, ' +
    'trained with Adam in mini-batches of 32; a fifth of the images are held out to test.',
  scenario: {
    version: 1,
    title: 'Handwritten digits (8×8)',
    seed: 2,
    network: { layers: [64, 32, 10], activations: ['relu', 'softmax'], init: 'he-uniform' },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.003 },
    batch: { mode: 'minibatch', size: 32 },
    data: { kind: 'digits' },
    split: { test: 0.2 },
    shuffle: true,
  },
};

export const PRESETS: readonly Preset[] = [twoTwoOne, mazur, xor, circle, spiral, iris, digits];

export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
