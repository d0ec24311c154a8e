// Gradient clipping by global norm: the pure function, and the trainer applying it before the
// optimizer while the trace keeps the gradient itself, the norm before and the factor.
import { describe, expect, it } from 'vitest';
import { clipByGlobalNorm, clipFactor, globalNorm } from '../../src/engine/clip';
import { traceToJson } from '../../src/engine/traceJson';
import { dataset, makeTrainer } from './helpers';

describe('clipByGlobalNorm', () => {
  it('scales a gradient of norm 5 down to norm 1, keeping its direction, and returns 5', () => {
    const g = Float64Array.of(3, 0, -4);
    expect(clipByGlobalNorm(g, 1)).toBe(5);
    [0.6, 0, -0.8].forEach((want, k) => expect(g[k]).toBeCloseTo(want, 15));
    expect(globalNorm(g)).toBeCloseTo(1, 15);
  });

  it('leaves a gradient within the norm untouched (factor 1)', () => {
    const g = Float64Array.of(0.3, 0.4);
    expect(clipByGlobalNorm(g, 1)).toBeCloseTo(0.5, 15);
    expect(Array.from(g)).toEqual([0.3, 0.4]);
    expect(clipFactor(0.5, 1)).toBe(1);
    expect(clipFactor(4, 1)).toBe(0.25);
  });
});

describe('the trainer with optimizer.clipNorm', () => {
  // One linear neuron y = w·x, squared error: ∂L/∂w = (w·x − t)·x, ∂L/∂b = w·x − t.
  const trainer = (clipNorm?: number) =>
    makeTrainer({
      sizes: [1, 1],
      activations: ['linear'],
      weights: [[[2]]],
      biases: [[0]],
      data: dataset([[3]], [[0]]),
      config: {
        optimizer: {
          kind: 'sgd',
          learningRate: 0.1,
          ...(clipNorm === undefined ? {} : { clipNorm }),
        },
        batch: { mode: 'online' },
      },
    });

  it('steps along the clipped gradient and traces the unclipped one with norm and factor', () => {
    const result = trainer(1).step(true);
    if (!result.ok || !result.trace) throw new Error('expected a trace');
    // g = (6·3, 6) = (18, 6), ‖g‖ = √360; clipped to norm 1
    const norm = Math.sqrt(360);
    expect(Array.from(result.trace.gradients)).toEqual([18, 6]);
    expect(result.trace.clip?.norm).toBeCloseTo(norm, 12);
    expect(result.trace.clip?.factor).toBeCloseTo(1 / norm, 15);
    expect(result.trace.after[0]).toBeCloseTo(2 - (0.1 * 18) / norm, 14);
    expect(result.trace.after[1]).toBeCloseTo(-(0.1 * 6) / norm, 14);
    expect(traceToJson('t', [result.trace]).updates[0].clip?.factor).toBeCloseTo(1 / norm, 15);
  });

  it('without clipNorm the step is unchanged and the trace has no clip field', () => {
    const result = trainer().step(true);
    if (!result.ok || !result.trace) throw new Error('expected a trace');
    expect(result.trace.after[0]).toBeCloseTo(0.2, 14);
    expect(result.trace.after[1]).toBeCloseTo(-0.6, 14);
    expect(result.trace.clip).toBeUndefined();
    expect('clip' in traceToJson('t', [result.trace]).updates[0]).toBe(false);
  });
});
