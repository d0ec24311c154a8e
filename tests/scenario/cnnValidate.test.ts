// Validation of convolutional scenarios: defaults filled in, shapes checked with the path
// named; the app shows them (validateAppScenario), MLP-only code (validateScenario) refuses them.
import { describe, expect, it } from 'vitest';
import { CNN_PRESETS } from '../../src/scenario/cnnPresets';
import { isCnnScenario, validateAppScenario, validateScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';

const preset = (id: string) => CNN_PRESETS.find((p) => p.id === id)!.scenario;

describe('convolutional scenarios', () => {
  it('every preset validates, with the layer defaults filled in', () => {
    for (const p of CNN_PRESETS) {
      const result = validateAnyScenario(p.scenario);
      expect(result.ok, p.id).toBe(true);
      if (result.ok) expect(isCnnScenario(result.scenario)).toBe(true);
    }
    const result = validateAnyScenario(preset('deep-sigmoid-bn'));
    if (!result.ok || !isCnnScenario(result.scenario)) throw new Error('invalid');
    expect(result.scenario.network.layers[2]).toEqual({
      type: 'batchnorm',
      epsilon: 1e-5,
      momentum: 0.1,
    });
  });

  it('the app accepts every cnn preset; MLP-only code refuses a cnn at network.kind', () => {
    for (const p of CNN_PRESETS) expect(validateAppScenario(p.scenario).ok, p.id).toBe(true);
    const result = validateScenario(preset('digits-cnn'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0].path).toBe('network.kind');
    expect(result.issues[0].message).toContain('"cnn"');
  });

  it('names the path of a window that does not fit after pooling', () => {
    const base = preset('digits-cnn');
    const result = validateAnyScenario({
      ...base,
      network: {
        ...base.network,
        layers: [
          { type: 'maxpool', size: 4 },
          { type: 'conv2d', filters: 2, size: 3 },
          { type: 'flatten' },
          { type: 'dense', units: 10, activation: 'softmax' },
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toEqual({
      path: 'network.layers[1]',
      message: 'its 3×3 window does not fit the 2×2 input (its input is 1×2×2)',
    });
  });

  it('refuses softmax before the last layer, a minibatch of one with batch norm, and stray weights', () => {
    const base = preset('deep-sigmoid-bn');
    const result = validateAnyScenario({
      ...base,
      batch: { mode: 'minibatch', size: 1 },
      network: {
        ...base.network,
        layers: [
          { type: 'flatten' },
          { type: 'dense', units: 4, activation: 'softmax' },
          { type: 'batchnorm' },
          { type: 'dense', units: 10, activation: 'softmax' },
        ],
        weights: [
          { biases: [1] },
          null,
          { gamma: [1, 1, 1, 1], runningVariance: [1, 1, 1, -1] },
          null,
        ],
      },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.issues.map((i) => i.path);
    expect(paths).toEqual([
      'network.layers[1].activation',
      'batch.size',
      'network.weights[0].biases',
      'network.weights[2].runningVariance',
    ]);
  });
});
