// Other data under the same network: the current weights carry over when the shape fits; a new
// shape gets fresh weights; every result passes the one validator.
import { describe, expect, it } from 'vitest';
import { changeData } from '../../src/scenario/dataChange';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/schema';
import { paramCount } from '../../src/engine/network';
import { presetScenario } from '../helpers/scenarios';

const circle = presetScenario('circle');

describe('changeData', () => {
  it('changes samples, noise, split and seed and keeps the weights it is given', () => {
    const params = Float64Array.from(
      { length: paramCount(circle.network.layers) },
      (_, k) => k / 100,
    );
    const { scenario, keptWeights } = changeData(circle, params, {
      samples: 123,
      noise: 0.3,
      test: 0.4,
      seed: 99,
    });
    expect(keptWeights).toBe(true);
    const v = validateScenario(scenario);
    expect(v.ok).toBe(true);
    const s = (v as { scenario: Scenario }).scenario;
    expect(s.data).toMatchObject({ kind: 'circle', samples: 123, noise: 0.3 });
    expect(s.split.test).toBe(0.4);
    expect(s.seed).toBe(99);
    expect(s.network.weights?.[0][0][0]).toBe(0);
    expect(s.network.weights?.[0][0][1]).toBe(0.01);
  });

  it('gives a new shape fresh weights', () => {
    const params = new Float64Array(paramCount(circle.network.layers));
    const { scenario, keptWeights } = changeData(circle, params, {
      data: { kind: 'csv', text: 'a,b,c\n1,2,0\n3,4,1\n5,6,2', targetColumns: ['c'] },
      network: {
        layers: [2, 8, 8, 3],
        activations: ['tanh', 'tanh', 'softmax'],
        loss: 'cross-entropy',
      },
    });
    expect(keptWeights).toBe(false);
    const v = validateScenario(scenario);
    expect(v.ok, JSON.stringify(!v.ok && v.issues)).toBe(true);
    const s = (v as { scenario: Scenario }).scenario;
    expect(s.network.layers).toEqual([2, 8, 8, 3]);
    expect(s.network.weights).toBeUndefined();
  });

  it('replaces generated data by inline points without touching the sizes', () => {
    const { scenario } = changeData(circle, null, {
      data: {
        kind: 'inline',
        inputs: [
          [0, 0],
          [1, 1],
        ],
        targets: [[0], [1]],
      },
    });
    const v = validateScenario(scenario);
    expect(v.ok).toBe(true);
    expect((v as { scenario: Scenario }).scenario.data).toEqual({
      kind: 'inline',
      inputs: [
        [0, 0],
        [1, 1],
      ],
      targets: [[0], [1]],
    });
  });
});
