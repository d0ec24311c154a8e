// The engine's Elman RNN against the independent oracle (helpers/referenceRnn.ts): the loss
// and every gradient entry within 1e-9 relative, on random nets of every kind (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRnnCache } from '../../../src/engine/recurrent/rnnCache';
import { rnnOffsets, rnnLayout } from '../../../src/engine/recurrent/rnnLayout';
import { sequenceStep } from '../../../src/engine/recurrent/rnn';
import type { BpttConfig } from '../../../src/engine/recurrent/types';
import {
  ACTIVATIONS,
  READOUTS,
  flatten,
  makeCase,
  worstRelative,
  type CaseParams,
} from './helpers/randomRnn';
import { refGradients, refLoss, refSweeps } from './helpers/referenceRnn';
import { listSweeps } from '../../../src/engine/recurrent/bptt';
import { loadSequence } from '../../../src/engine/recurrent/rnnCache';

function engine(c: ReturnType<typeof makeCase>): { loss: number; grads: Float64Array } {
  const layout = rnnLayout(c.problem.spec);
  const rnn = { problem: c.problem, layout, offsets: rnnOffsets(layout), params: c.params };
  const cache = createRnnCache(c.problem.spec, c.data.lengths[0]);
  const grads = new Float64Array(layout.size);
  const loss = sequenceStep(rnn, cache, c.data, 0, grads);
  return { loss, grads };
}

const bpttArb: fc.Arbitrary<BpttConfig> = fc.oneof(
  fc.constant<BpttConfig>({ mode: 'full' }),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }))
    .map(([k1, extra]): BpttConfig => ({ mode: 'truncated', k1, k2: k1 + extra })),
);

const caseArb: fc.Arbitrary<CaseParams> = fc.record({
  seed: fc.integer({ min: 1, max: 1e9 }),
  T: fc.integer({ min: 1, max: 8 }),
  inputs: fc.integer({ min: 1, max: 3 }),
  hidden: fc.integer({ min: 1, max: 4 }),
  outputs: fc.integer({ min: 2, max: 3 }),
  activation: fc.constantFrom(...ACTIVATIONS),
  readout: fc.option(fc.constantFrom(...READOUTS), { nil: null, freq: 4 }),
  every: fc.boolean(),
  mean: fc.boolean(),
  bptt: bpttArb,
});

describe('the Elman RNN against an independent implementation of the equations', () => {
  it('gives the same loss and every gradient within 1e-9 relative (full and truncated BPTT)', () => {
    fc.assert(
      fc.property(caseArb, (params) => {
        const c = makeCase(params);
        const { loss, grads } = engine(c);
        const want = refLoss(c.ref, c.seq);
        expect(Math.abs(loss - want) / Math.max(Math.abs(want), 1e-12)).toBeLessThan(1e-9);
        expect(worstRelative(grads, flatten(refGradients(c.ref, c.seq)))).toBeLessThan(1e-9);
      }),
      { numRuns: 300, seed: 9 },
    );
  });

  it('the oracle and the engine disagree when a recurrent weight is changed (the test can fail)', () => {
    const c = makeCase({
      seed: 3,
      T: 5,
      inputs: 2,
      hidden: 3,
      outputs: 2,
      activation: 'tanh',
      readout: ['linear', 'squared-error'],
      every: true,
      mean: false,
      bptt: { mode: 'full' },
    });
    const before = flatten(refGradients(c.ref, c.seq));
    c.ref.blocks.Whh[1][2] += 0.01;
    const { grads } = engine(c);
    expect(worstRelative(grads, flatten(refGradients(c.ref, c.seq)))).toBeGreaterThan(1e-6);
    expect(worstRelative(grads, before)).toBeLessThan(1e-9);
  });

  it('lists the same truncation sweeps as the oracle’s schedule', () => {
    fc.assert(
      fc.property(caseArb, (params) => {
        const c = makeCase(params);
        const cache = createRnnCache(c.problem.spec, c.data.lengths[0]);
        loadSequence(cache, c.data, 0);
        const sweeps = listSweeps(c.problem, cache);
        if (c.problem.sequence.bptt.mode === 'full') {
          expect(sweeps).toBeNull();
          return;
        }
        const want = refSweeps(c.ref, c.seq).map(([at, lo, injected]) => ({
          at,
          injected,
          swept: Array.from({ length: at - lo + 1 }, (_, k) => lo + k),
        }));
        expect(sweeps).toEqual(want);
      }),
      { numRuns: 200, seed: 10 },
    );
  });
});
