// The built-in LSTM and GRU scenarios. Their ids are a public contract (links and course pages
// use them). A sibling of RECURRENT_PRESETS: the app lists them in its Recurrent group.
import type { GatedScenarioInput } from './gatedSchema';

export interface GatedPreset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly scenario: GatedScenarioInput;
}

const gomez: GatedPreset = {
  id: 'lstm-gomez',
  title: 'LSTM: the step-by-step numeric example',
  description:
    'The widely-read worked LSTM example (Aidan Gomez, “Backpropogating an LSTM: A Numerical ' +
    'Example”, 2016): one LSTM unit, no readout, two steps x₀ = [1, 2] and x₁ = [0.5, 3] with ' +
    'labels 0.5 and 1.25, ½Σ squared error summed over time, one SGD step of 0.1. Its candidate ' +
    'is called a there and g here, its “state” is c and its “out” is h, and its t = 0, 1 are our ' +
    'steps 1, 2. The post computes from rounded intermediates, so its printed values agree with the ' +
    'exact ones here within about one unit of the last (5th) decimal; the output at its t = 1 is ' +
    'printed 0.77197 where the exact value is 0.7719811…, and the deltas after it inherit that.',
  scenario: {
    version: 1,
    title: 'LSTM: the step-by-step numeric example',
    seed: 1,
    network: {
      kind: 'lstm',
      inputs: 2,
      hidden: 1,
      outputs: 1,
      readout: false,
      weights: {
        Wxi: [[0.95, 0.8]],
        Whi: [[0.8]],
        bi: [0.65],
        Wxf: [[0.7, 0.45]],
        Whf: [[0.1]],
        bf: [0.15],
        Wxg: [[0.45, 0.25]],
        Whg: [[0.15]],
        bg: [0.2],
        Wxo: [[0.6, 0.4]],
        Who: [[0.25]],
        bo: [0.1],
      },
    },
    sequence: { readout: 'every-step', lossOverTime: 'sum', bptt: { mode: 'full' } },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { mode: 'full' },
    data: {
      kind: 'sequences',
      inputs: [
        [
          [1, 2],
          [0.5, 3],
        ],
      ],
      targets: [[[0.5], [1.25]]],
    },
    split: { test: 0 },
    shuffle: false,
  },
};

/** The part-I memory task (the first of 9 steps is ±1, the rest noise) for a gated cell. */
function memory(kind: 'lstm' | 'gru', name: string): GatedPreset {
  const title = `${name}: remember the first input across 8 steps`;
  return {
    id: `${kind}-memory`,
    title,
    description:
      `rnn-memory’s task for a ${name}: the first step shows +1 or −1, then 8 steps of noise; only ` +
      'the last step is scored. ' +
      (kind === 'lstm'
        ? 'The cell state cₜ is a highway across time: while the forget gate stays near 1 the ' +
          'gradient reaches the first step undiminished, where the RNN’s fades through Whh and tanh′.'
        : 'The update gate zₜ lets hₜ₋₁ pass straight through (hₜ = zₜ⊙hₜ₋₁ + …), so the ' +
          'gradient reaches the first step where the RNN’s fades through Whh and tanh′.'),
    scenario: {
      version: 1,
      title,
      seed: 1,
      network: { kind, inputs: 1, hidden: 8, outputs: 1, outputActivation: 'sigmoid' },
      sequence: { readout: 'last-step', lossOverTime: 'sum', bptt: { mode: 'full' } },
      loss: 'cross-entropy',
      optimizer: { kind: 'adam', learningRate: 0.01, clipNorm: 5 },
      batch: { mode: 'minibatch', size: 16 },
      data: { kind: 'memory', samples: 200, delay: 8, noise: 0.2 },
      split: { test: 0.2 },
      shuffle: true,
    },
  };
}

function sunspots(kind: 'lstm' | 'gru', name: string): GatedPreset {
  const title = `${name}: yearly sunspot numbers`;
  return {
    id: `sunspots-${kind}`,
    title,
    description:
      `sunspots-rnn’s data for a ${name} of 16 units: yearly mean sunspot numbers 1700–2008 ` +
      '(public domain, NOAA NGDC), scaled to 0..1, in windows of 24 years; at every year the net ' +
      'predicts the next. The test set is the last windows in time, so its loss measures forecasting.',
    scenario: {
      version: 1,
      title,
      seed: 1,
      network: { kind, inputs: 1, hidden: 16, outputs: 1 },
      sequence: { readout: 'every-step', lossOverTime: 'mean', bptt: { mode: 'full' } },
      loss: 'squared-error',
      optimizer: { kind: 'adam', learningRate: 0.005 },
      batch: { mode: 'minibatch', size: 16 },
      data: { kind: 'sunspots', window: 24 },
      split: { test: 0.2 },
      shuffle: true,
    },
  };
}

export const GATED_PRESETS: readonly GatedPreset[] = [
  gomez,
  memory('lstm', 'LSTM'),
  memory('gru', 'GRU'),
  sunspots('lstm', 'LSTM'),
  sunspots('gru', 'GRU'),
];

export function getGatedPreset(id: string): GatedPreset | undefined {
  return GATED_PRESETS.find((p) => p.id === id);
}
