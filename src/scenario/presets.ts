// The built-in scenarios. Their ids are a public contract (links and course pages use them).
import { DEFAULT_PRESET, twoTwoOne } from './firstPreset';
import type { ScenarioInput } from './schema';

export { DEFAULT_PRESET };

export interface Preset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: ScenarioInput;
}

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
    'trained with Adam in mini-batches of 32; a fifth of the images are held out to test. It passes 90% test ' +
    'accuracy within 4 epochs (180 updates). Watch each hidden unit’s first-layer weights, drawn as an 8×8 ' +
    'picture, change as it learns.',
  scenario: {
    version: 1,
    title: 'Handwritten digits (8×8)',
    seed: 2,
    network: { layers: [64, 32, 10], activations: ['relu', 'softmax'], init: 'he-uniform' },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.005 },
    batch: { mode: 'minibatch', size: 32 },
    data: { kind: 'digits' },
    split: { test: 0.2 },
    shuffle: true,
  },
};

const gauss: Preset = {
  id: 'gauss',
  title: 'Gauss: two clouds and a straight line',
  description:
    'Two overlapping clouds of points, one per class. A straight line separates them almost everywhere, so three ' +
    'tanh hidden neurons are plenty: plain gradient descent in mini-batches of 10 passes 90% test accuracy within ' +
    '5 epochs. The few points on the wrong side are noise that no boundary should chase; a quarter of the points ' +
    'are held out to test.',
  scenario: {
    version: 1,
    title: 'Gauss: two clouds and a straight line',
    seed: 4,
    network: { layers: [2, 3, 1], activations: ['tanh', 'sigmoid'], init: 'xavier-uniform' },
    loss: 'cross-entropy',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { mode: 'minibatch', size: 10 },
    data: { kind: 'gauss', samples: 200, noise: 0.3 },
    split: { test: 0.25 },
    shuffle: true,
  },
};

const moons: Preset = {
  id: 'moons',
  title: 'Moons: bending the boundary',
  description:
    'Two interleaved half-moons: no straight line separates them, but one hidden layer of eight tanh neurons bends ' +
    'the boundary around their tips. Trained with Adam in mini-batches of 10, it passes 95% test accuracy within ' +
    '20 epochs; a quarter of the points are held out to test.',
  scenario: {
    version: 1,
    title: 'Moons: bending the boundary',
    seed: 6,
    network: { layers: [2, 8, 1], activations: ['tanh', 'sigmoid'], init: 'xavier-uniform' },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.03 },
    batch: { mode: 'minibatch', size: 10 },
    data: { kind: 'moons', samples: 300, noise: 0.4 },
    split: { test: 0.25 },
    shuffle: true,
  },
};

const sine: Preset = {
  id: 'sine',
  title: 'Sine: fitting a curve',
  description:
    'Regression: one input x, and the target is sin(πx) plus a little noise. Each of the 16 tanh hidden neurons ' +
    'adds a smooth step, and the linear output sums them into a curve; the loss is the mean squared error. Within ' +
    '50 epochs the test loss falls below a tenth of the loss of always predicting the mean, towards the noise’s ' +
    'own variance (about 0.008), which no model can beat. A quarter of the points are held out to test.',
  scenario: {
    version: 1,
    title: 'Sine: fitting a curve',
    seed: 8,
    network: { layers: [1, 16, 1], activations: ['tanh', 'linear'], init: 'xavier-uniform' },
    loss: 'mse',
    optimizer: { kind: 'adam', learningRate: 0.01 },
    batch: { mode: 'minibatch', size: 10 },
    data: { kind: 'sine', samples: 200, noise: 0.3 },
    split: { test: 0.25 },
    shuffle: true,
  },
};

const plane: Preset = {
  id: 'plane',
  title: 'Plane: regression in two inputs',
  description:
    'Regression in two inputs: the target is the tilted plane 0.6·x₁ − 0.4·x₂ + 0.1 plus noise, and the heatmap ' +
    'shows the surface the net fits. The output neuron is linear, so it can give any value, and the loss is the ' +
    'mean squared error. Four tanh hidden neurons are more than a plane needs: within 10 epochs the test loss is ' +
    'below a tenth of the loss of always predicting the mean. A quarter of the points are held out to test.',
  scenario: {
    version: 1,
    title: 'Plane: regression in two inputs',
    seed: 9,
    network: { layers: [2, 4, 1], activations: ['tanh', 'linear'], init: 'xavier-uniform' },
    loss: 'mse',
    optimizer: { kind: 'sgd', learningRate: 0.05 },
    batch: { mode: 'minibatch', size: 10 },
    data: { kind: 'plane', samples: 200, noise: 0.3 },
    split: { test: 0.25 },
    shuffle: true,
  },
};

const overfitting: Preset = {
  id: 'overfitting',
  title: 'Overfitting: a big net on few points',
  description:
    'A big net (two hidden layers of 64 tanh neurons, over 4,000 weights) and only 20 noisy training points, so it ' +
    'can learn them by heart. Watch the two loss curves part: the train loss falls towards zero while the test ' +
    'loss, on 20 held-out points, turns and climbs, and the boundary bends around single points. Then set L2 ' +
    'regularization with a rate of 0.01, or dropout of 0.5, and train again for 200 updates (full batch, Adam): ' +
    'the gap between train and test loss closes. Too much L2 (a rate of 0.1) flattens the net into a coin toss.',
  scenario: {
    version: 1,
    title: 'Overfitting: a big net on few points',
    seed: 4,
    network: {
      layers: [2, 64, 64, 1],
      activations: ['tanh', 'tanh', 'sigmoid'],
      init: 'xavier-uniform',
    },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.01 },
    batch: { mode: 'full' },
    regularization: { kind: 'none' },
    dropout: 0,
    data: { kind: 'circle', samples: 40, noise: 0.8 },
    split: { test: 0.5 },
  },
};

// In the order a course meets them: worked examples, 2-D classification from easy to hard,
// regression, overfitting, then the real data sets.
export const PRESETS: readonly Preset[] = [
  twoTwoOne,
  mazur,
  xor,
  gauss,
  circle,
  moons,
  spiral,
  sine,
  plane,
  overfitting,
  iris,
  digits,
];

export function getPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
