// Live changes expressed as a scenario for the validator: what they change and what they keep.
import { describe, expect, it } from 'vitest';
import type { OptimizerConfig } from '../../src/engine/types';
import type { Scenario } from '../../src/scenario/schema';
import { patchScenario } from '../../src/worker/livePatch';
import { presetScenario } from '../helpers/scenarios';

const scenarioOf = presetScenario;
const adam: OptimizerConfig = {
  kind: 'adam',
  learningRate: 0.01,
  beta1: 0.8,
  beta2: 0.99,
  epsilon: 1e-7,
};

describe('patchScenario', () => {
  it('changes only the learning rate of the optimizer in force, keeping its other settings', () => {
    const next = patchScenario(scenarioOf('spiral'), adam, { learningRate: 0.5 }) as Scenario;
    expect(next.optimizer).toEqual({ ...adam, learningRate: 0.5 });
  });

  it('takes a new optimizer, with a learning rate given alongside it winning', () => {
    const sgd: OptimizerConfig = { kind: 'sgd', learningRate: 0.1 };
    const s = scenarioOf('xor');
    expect((patchScenario(s, adam, { optimizer: sgd }) as Scenario).optimizer).toEqual(sgd);
    expect(
      (patchScenario(s, adam, { optimizer: sgd, learningRate: 0.3 }) as Scenario).optimizer,
    ).toEqual({ kind: 'sgd', learningRate: 0.3 });
  });

  it('leaves everything it is not asked to change as it was', () => {
    const s = scenarioOf('circle');
    const next = patchScenario(s, s.optimizer, {
      dropout: 0.25,
      activations: ['relu', 'relu', 'sigmoid'],
    }) as Scenario;
    expect(next.dropout).toBe(0.25);
    expect(next.network.activations).toEqual(['relu', 'relu', 'sigmoid']);
    expect({
      ...next,
      dropout: s.dropout,
      network: { ...next.network, activations: s.network.activations },
    }).toEqual(s);
    expect(s.dropout).not.toBe(0.25); // the original is not mutated
  });
});
