// The schema's defaults: a minimal scenario comes back with every optional field filled in.
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/scenario';
import { validScenario as valid } from '../helpers/scenarios';

describe('defaults', () => {
  it('fills in every optional field of a minimal scenario', () => {
    const s = valid({
      version: 1,
      network: { layers: [2, 1], activations: ['sigmoid'] },
      data: { kind: 'gauss' },
    });
    expect(s.title).toBe('Untitled scenario');
    expect(s.seed).toBe(1);
    expect(s.network.init).toBe('xavier-uniform');
    expect(s.network.trainBiases).toBe(true);
    expect(s.loss).toBe('squared-error');
    expect(s.optimizer).toEqual({ kind: 'sgd', learningRate: 0.1 });
    expect(s.batch).toEqual({ mode: 'online' });
    expect(s.regularization).toEqual({ kind: 'none' });
    expect(s.dropout).toBe(0);
    expect(s.split).toEqual({ test: 0 });
    expect(s.shuffle).toBe(false);
    expect(s.data).toEqual({ kind: 'gauss', samples: 200, noise: 0.1 });
  });

  it('fills optimizer hyper-parameters', () => {
    const s = valid({
      version: 1,
      network: { layers: [2, 1], activations: ['sigmoid'] },
      data: { kind: 'gauss' },
      optimizer: { kind: 'adam', learningRate: 0.01 },
    });
    expect(s.optimizer).toEqual({
      kind: 'adam',
      learningRate: 0.01,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
    });
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const text =
      '{"version":1,"__proto__":{"polluted":1},"network":{"layers":[2,1],"activations":["sigmoid"]},"data":{"kind":"xor"}}';
    const result = validateScenario(JSON.parse(text));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
