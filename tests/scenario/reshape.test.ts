// Architecture edits: parsing the hidden sizes and building the new network's scenario.
import { describe, expect, it } from 'vitest';
import { getPreset, validateScenario } from '../../src/scenario';
import { parseHiddenLayers, reshapeScenario } from '../../src/scenario/reshape';

describe('architecture edits', () => {
  it('parse hidden sizes, or say which one is wrong', () => {
    expect(parseHiddenLayers('8, 8')).toEqual([8, 8]);
    expect(parseHiddenLayers(' 3 ')).toEqual([3]);
    expect(parseHiddenLayers('')).toEqual([]);
    expect(parseHiddenLayers('8, x')).toBe('“x” is not a layer size from 1 to 1024');
    expect(parseHiddenLayers('0')).toMatch(/“0”/);
    expect(parseHiddenLayers('2000')).toMatch(/“2000”/);
  });

  it('keep the input and output, the hidden activation and the settings, and drop the old weights', () => {
    const r = validateScenario(getPreset('two-two-one')!.scenario);
    if (!r.ok) throw new Error('invalid');
    const next = reshapeScenario(r.scenario, [3, 2], 'he-normal');
    expect(next.network.layers).toEqual([2, 3, 2, 1]);
    expect(next.network.activations).toEqual(['sigmoid', 'sigmoid', 'sigmoid']);
    expect(next.network.weights).toBeUndefined();
    expect(next.network.init).toBe('he-normal');
    expect(next.optimizer).toEqual(r.scenario.optimizer);
    expect(validateScenario(next).ok).toBe(true);
    expect(reshapeScenario(r.scenario, [], 'zeros').network.activations).toEqual(['sigmoid']);
  });
});
