// The preset the page opens with (the 2-2-1 worked example), in a module of its own: the first
// screen needs its scenario at once, the other presets (presets.ts, appPresets.ts) load on
// demand (presetCatalogue.ts), so the first chunk stays small (issue 12 §5).
import type { Preset } from './presets';

/** The example a page opens with when its address names no preset (or one that does not exist). */
export const DEFAULT_PRESET = 'two-two-one';

export const twoTwoOne: Preset = {
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
