// Hand-checkable BPTT: a 1-unit ReLU RNN whose every number is summed below by hand, exact
// in binary; k1 = k2 = T is full BPTT; k2 = 1 drops every path back through Whh.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/engine/random';
import { createRnnCache } from '../../../src/engine/recurrent/rnnCache';
import { createRnn, sequenceStep, traceSequence } from '../../../src/engine/recurrent/rnn';
import type { BpttConfig, SequenceConfig } from '../../../src/engine/recurrent/types';
import { makeCase } from './helpers/randomRnn';

/** hₜ = relu(1·xₜ + 0.5·hₜ₋₁ + 0), no readout, x = 1, 2, 3, targets 0: h = 1, 2.5, 4.25. */
function oneUnit(sequence: SequenceConfig) {
  const rnn = createRnn(
    {
      spec: {
        inputs: 1,
        hidden: 1,
        outputs: 1,
        activation: 'relu',
        outputActivation: 'linear',
        readout: false,
      },
      sequence,
      loss: 'squared-error',
    },
    'zeros',
    { Wxh: [[1]], Whh: [[0.5]], bh: [0] },
    createRng(1, 'init'),
  );
  const last = sequence.readout === 'last-step';
  const data = {
    n: 1,
    nIn: 1,
    nOut: 1,
    readout: sequence.readout,
    starts: Uint32Array.of(0),
    lengths: Uint32Array.of(3),
    inputs: Float64Array.of(1, 2, 3),
    targets: last ? Float64Array.of(0) : Float64Array.of(0, 0, 0),
    task: 'regression' as const,
  };
  const cache = createRnnCache(rnn.problem.spec, 3);
  const grads = new Float64Array(rnn.layout.size);
  const trace = traceSequence(rnn, cache, data, 0, grads);
  return { grads: Array.from(grads), trace };
}

const every = (bptt: BpttConfig, lossOverTime: 'sum' | 'mean' = 'sum'): SequenceConfig => ({
  readout: 'every-step',
  lossOverTime,
  bptt,
});

describe('a 1-unit ReLU RNN by hand', () => {
  it('full BPTT: L = ½(1² + 2.5² + 4.25²), dh = 3.3125, 4.625, 4.25 and the summed gradients', () => {
    const { grads, trace } = oneUnit(every({ mode: 'full' }));
    expect(trace.loss).toBe(12.65625);
    expect(trace.steps.map((s) => s.h[0])).toEqual([1, 2.5, 4.25]);
    // dh₃ = 4.25; dh₂ = 2.5 + 0.5·4.25; dh₁ = 1 + 0.5·4.625 (relu′ = 1 on every step)
    expect(trace.steps.map((s) => s.dLdh[0])).toEqual([3.3125, 4.625, 4.25]);
    expect(trace.steps.map((s) => s.delta[0])).toEqual([3.3125, 4.625, 4.25]);
    expect(trace.steps.map((s) => s.dLdy?.[0])).toEqual([1, 2.5, 4.25]);
    // ∂Wxh = Σ δₜxₜ = 3.3125 + 9.25 + 12.75; ∂Whh = Σ δₜhₜ₋₁ = 0 + 4.625 + 10.625; ∂bh = Σ δₜ
    expect(grads).toEqual([25.3125, 15.25, 12.1875]);
    expect(trace.sweeps).toBeNull();
  });

  it('the mean over time divides the loss and every gradient by the 3 scored steps', () => {
    const { grads, trace } = oneUnit(every({ mode: 'full' }, 'mean'));
    expect(trace.loss).toBeCloseTo(12.65625 / 3, 14);
    expect(grads[0]).toBeCloseTo(25.3125 / 3, 13);
    expect(trace.steps[2].loss).toBe(4.25 ** 2 / 2);
  });

  it('k1 = k2 = 1 drops every recurrent path: δₜ = hₜ − 0 and Whh keeps only δₜhₜ₋₁', () => {
    const { grads, trace } = oneUnit(every({ mode: 'truncated', k1: 1, k2: 1 }));
    expect(trace.steps.map((s) => s.delta[0])).toEqual([1, 2.5, 4.25]);
    // ∂Whh = 1·0 + 2.5·1 + 4.25·2.5 — each sweep's first swept step's own term
    expect(grads).toEqual([1 + 5 + 12.75, 13.125, 7.75]);
    expect(trace.sweeps).toEqual([
      { at: 1, injected: [1], swept: [1] },
      { at: 2, injected: [2], swept: [2] },
      { at: 3, injected: [3], swept: [3] },
    ]);
  });

  it('k1 = 2, k2 = 3 on 3 steps: sweeps at 2 (steps 1–2) and at T = 3 (steps 1–3, injecting 3)', () => {
    const { grads, trace } = oneUnit(every({ mode: 'truncated', k1: 2, k2: 3 }));
    expect(trace.sweeps).toEqual([
      { at: 2, injected: [1, 2], swept: [1, 2] },
      { at: 3, injected: [3], swept: [1, 2, 3] },
    ]);
    // Every path of the loss is swept once, so this equals full BPTT here.
    expect(grads).toEqual([25.3125, 15.25, 12.1875]);
  });

  it('last-step scoring: sweeps that have nothing to inject are listed and add nothing', () => {
    const { grads, trace } = oneUnit({
      readout: 'last-step',
      lossOverTime: 'sum',
      bptt: { mode: 'truncated', k1: 2, k2: 2 },
    });
    expect(trace.sweeps).toEqual([
      { at: 2, injected: [], swept: [1, 2] },
      { at: 3, injected: [3], swept: [2, 3] },
    ]);
    expect(trace.steps.map((s) => s.target)).toEqual([null, null, Float64Array.of(0)]);
    // δ₃ = 4.25, δ₂ = 0.5·4.25 = 2.125 (h₁ held constant): ∂Whh = 2.125·1 + 4.25·2.5
    expect(grads).toEqual([2.125 * 2 + 4.25 * 3, 2.125 + 10.625, 2.125 + 4.25]);
  });
});

describe('truncation at the whole length', () => {
  it('k1 = k2 = T gives exactly the full-BPTT gradient on random nets', () => {
    for (let seed = 1; seed <= 20; seed += 1) {
      const T = 1 + (seed % 8);
      const params = {
        seed,
        T,
        inputs: 2,
        hidden: 3,
        outputs: 2,
        activation: 'tanh' as const,
        readout: ['linear', 'squared-error'] as const,
        every: seed % 2 === 0,
        mean: seed % 3 === 0,
      };
      const grads = (bptt: BpttConfig): Float64Array => {
        const c = makeCase({ ...params, bptt });
        const rnn = createRnn(c.problem, 'zeros', undefined, createRng(1));
        rnn.params.set(c.params);
        const g = new Float64Array(rnn.layout.size);
        sequenceStep(rnn, createRnnCache(c.problem.spec, T), c.data, 0, g);
        return g;
      };
      expect(grads({ mode: 'truncated', k1: T, k2: T })).toEqual(grads({ mode: 'full' }));
    }
  });
});
