// The built-in recurrent scenarios. Their ids are a public contract (links and course pages
// use them). Kept apart from presets.ts until the app shows recurrent nets; the CLI lists both.
import type { RecurrentScenarioInput } from './recurrentSchema';

export interface RecurrentPreset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: RecurrentScenarioInput;
}

const rnnSine: RecurrentPreset = {
  id: 'rnn-sine',
  title: 'RNN: predict the next value of a noisy sine',
  description:
    'An Elman RNN with 8 tanh units reads a noisy sine one value at a time and predicts the next ' +
    'value at every step. Backpropagation through time sums each step’s error over the whole ' +
    'sequence; the hidden state has to carry the phase.',
  scenario: {
    version: 1,
    title: 'RNN: predict the next value of a noisy sine',
    seed: 1,
    network: { kind: 'rnn', inputs: 1, hidden: 8, outputs: 1, activation: 'tanh' },
    sequence: { readout: 'every-step', lossOverTime: 'mean', bptt: { mode: 'full' } },
    loss: 'squared-error',
    optimizer: { kind: 'adam', learningRate: 0.01 },
    batch: { mode: 'minibatch', size: 16 },
    data: { kind: 'sine-next', samples: 200, length: 24, noise: 0.05 },
    split: { test: 0.2 },
    shuffle: true,
  },
};

const rnnMemory: RecurrentPreset = {
  id: 'rnn-memory',
  title: 'RNN: remember the first input (vanishing gradients)',
  description:
    'The first step shows +1 or −1, then 8 steps of noise; only the last step is scored, and the net ' +
    'must answer what the first step was. The error has to travel back 8 steps through Whh and tanh′: ' +
    'lengthen the delay or shrink the recurrent weights and watch ‖∂L/∂hₜ‖ vanish toward the start.',
  scenario: {
    version: 1,
    title: 'RNN: remember the first input (vanishing gradients)',
    seed: 1,
    network: {
      kind: 'rnn',
      inputs: 1,
      hidden: 8,
      outputs: 1,
      activation: 'tanh',
      outputActivation: 'sigmoid',
    },
    sequence: { readout: 'last-step', lossOverTime: 'sum', bptt: { mode: 'full' } },
    loss: 'cross-entropy',
    optimizer: { kind: 'adam', learningRate: 0.01, clipNorm: 5 },
    batch: { mode: 'minibatch', size: 16 },
    data: { kind: 'memory', samples: 200, delay: 8, noise: 0.2 },
    split: { test: 0.2 },
    shuffle: true,
  },
};

const sunspots: RecurrentPreset = {
  id: 'sunspots-rnn',
  title: 'RNN: yearly sunspot numbers',
  description:
    'Yearly mean sunspot numbers 1700–2008 (public domain, NOAA NGDC), scaled to 0..1 and cut into ' +
    'windows of 24 years; at every year of a window the net predicts the next year. The test set is ' +
    'the last windows in time, never shuffled into training, so the test loss measures forecasting.',
  scenario: {
    version: 1,
    title: 'RNN: yearly sunspot numbers',
    seed: 1,
    network: { kind: 'rnn', inputs: 1, hidden: 16, outputs: 1, activation: 'tanh' },
    sequence: { readout: 'every-step', lossOverTime: 'mean', bptt: { mode: 'full' } },
    loss: 'squared-error',
    optimizer: { kind: 'adam', learningRate: 0.005 },
    batch: { mode: 'minibatch', size: 16 },
    data: { kind: 'sunspots', window: 24 },
    split: { test: 0.2 },
    shuffle: true,
  },
};

export const RECURRENT_PRESETS: readonly RecurrentPreset[] = [rnnSine, rnnMemory, sunspots];

export function getRecurrentPreset(id: string): RecurrentPreset | undefined {
  return RECURRENT_PRESETS.find((p) => p.id === id);
}
