// Scenarios for tests: the small valid base scenario the malformed-input tests bend, a
// scenario that diverges, and validation that throws the issues instead of returning them.
// Test-only: never imported by src/.
import { formatIssue, getPreset, validateScenario, type Scenario } from '../../src/scenario';

/** A complete, valid scenario (2-3-1 on XOR) for tests that change one field of it. */
export const baseScenario = {
  version: 1,
  seed: 3,
  network: { layers: [2, 3, 1], activations: ['tanh', 'sigmoid'] },
  loss: 'cross-entropy',
  optimizer: { kind: 'sgd', learningRate: 0.5 },
  data: { kind: 'xor', samples: 20, noise: 0 },
};

/** A linear net on noisy sine data with a far too large learning rate: its weights blow up. */
export const divergingScenario = {
  version: 1,
  network: { layers: [1, 4, 1], activations: ['linear', 'linear'] },
  optimizer: { kind: 'sgd', learningRate: 5 },
  batch: { mode: 'minibatch', size: 10 },
  data: { kind: 'sine', samples: 100, noise: 0.1 },
};

/** The validated scenario, or an error listing every issue by path. */
export function validScenario(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.scenario;
}

/** A preset's scenario, validated (defaults filled in). */
export function presetScenario(id: string): Scenario {
  const preset = getPreset(id);
  if (!preset) throw new Error(`no preset "${id}"`);
  return validScenario(preset.scenario);
}

/** contracts.md's recurrent example, exactly as printed there. */
export const contractRnnExample = {
  version: 1,
  network: {
    kind: 'rnn',
    inputs: 1,
    hidden: 2,
    outputs: 1,
    activation: 'tanh',
    outputActivation: 'linear',
    readout: true,
    weights: {
      Wxh: [[0.5], [-0.3]],
      Whh: [
        [0.1, -0.2],
        [0.4, 0.3],
      ],
      bh: [0, 0.1],
      Why: [[0.7, -0.5]],
      by: [0.2],
    },
  },
  sequence: { readout: 'every-step', lossOverTime: 'sum', bptt: { mode: 'full' } },
  loss: 'squared-error',
  data: {
    kind: 'sequences',
    inputs: [[[1], [-0.5], [0.25], [2]]],
    targets: [[[0.3], [-0.1], [0.2], [0.4]]],
  },
};
