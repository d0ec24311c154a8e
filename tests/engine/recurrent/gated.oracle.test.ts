// The engine's LSTM and GRU (both conventions) against the independent oracle
// (helpers/referenceGated.ts, forward-mode differentiation of contracts.md's equations): the
// loss and every gradient entry within 1e-9 relative, and every step's ∂L/∂h, ∂L/∂c and gate
// deltas, on random nets with every part-I option (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { traceGatedSequence, gatedSequenceStep } from '../../../src/engine/recurrent/gated';
import { createGatedCache } from '../../../src/engine/recurrent/gatedCache';
import { GATES } from '../../../src/engine/recurrent/gatedTypes';
import type { BpttConfig } from '../../../src/engine/recurrent/types';
import {
  engineNet,
  gatedCaseArb,
  makeGatedCase,
  type GatedCase,
  type GatedCaseParams,
} from './helpers/randomGated';
import { worstRelative } from './helpers/randomRnn';
import { refGradient, refObjective } from './helpers/referenceGated';

const bpttArb: fc.Arbitrary<BpttConfig> = fc.oneof(
  fc.constant<BpttConfig>({ mode: 'full' }),
  fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
    .map(([k1, extra]): BpttConfig => ({ mode: 'truncated', k1, k2: k1 + extra })),
);

describe('LSTM and GRU against the oracle', () => {
  it('give the same loss and every gradient within 1e-9 relative (full and truncated BPTT)', () => {
    fc.assert(
      fc.property(gatedCaseArb(bpttArb), (params) => {
        const c = makeGatedCase(params);
        const net = engineNet(c);
        const cache = createGatedCache(c.problem.spec, c.data.lengths[0]);
        const grads = new Float64Array(net.layout.size);
        const loss = gatedSequenceStep(net, cache, c.data, 0, grads);
        const full = { ...c.ref, bptt: { mode: 'full' as const } };
        expect(worstRelative([loss], [refObjective(full, c.seq).v])).toBeLessThan(1e-9);
        expect(worstRelative(grads, refGradient(c.ref, c.seq))).toBeLessThan(1e-9);
      }),
      { numRuns: 150, seed: 21 },
    );
  });

  it('trace every step’s total ∂L/∂h, ∂L/∂c and gate deltas as the oracle differentiates them', () => {
    fc.assert(
      fc.property(gatedCaseArb(bpttArb), (params) => {
        const c = makeGatedCase(params);
        const net = engineNet(c);
        const cache = createGatedCache(c.problem.spec, c.data.lengths[0]);
        const trace = traceGatedSequence(net, cache, c.data, 0, null);
        const engine: number[] = [];
        const oracle: number[] = [];
        for (const st of trace.steps) {
          for (let j = 0; j < c.problem.spec.hidden; j += 1) {
            engine.push(st.dLdh[j]);
            oracle.push(refObjective(c.ref, c.seq, { kind: 'h', t: st.t, j }).d);
            if (st.dLdc) {
              engine.push(st.dLdc[j]);
              oracle.push(refObjective(c.ref, c.seq, { kind: 'c', t: st.t, j }).d);
            }
            for (const gate of GATES[c.problem.spec.cell]) {
              engine.push(st.dGates[gate][j]);
              oracle.push(refObjective(c.ref, c.seq, { kind: 'pre', t: st.t, gate, j }).d);
            }
          }
        }
        expect(worstRelative(engine, oracle)).toBeLessThan(1e-9);
      }),
      { numRuns: 60, seed: 22 },
    );
  });

  it('the two GRU conventions are different nets (same weights, different gradients)', () => {
    const base: GatedCaseParams = {
      seed: 9,
      kind: 'gru',
      gru: 'reset-after',
      T: 4,
      inputs: 2,
      hidden: 3,
      outputs: 1,
      readout: ['linear', 'squared-error'],
      every: true,
      mean: false,
      bptt: { mode: 'full' },
    };
    const after = makeGatedCase(base);
    const before = makeGatedCase({ ...base, gru: 'reset-before' });
    const run = (c: GatedCase): Float64Array => {
      const g = new Float64Array(c.params.length);
      gatedSequenceStep(engineNet(c), createGatedCache(c.problem.spec, 4), c.data, 0, g);
      return g;
    };
    expect(worstRelative(run(after), run(before))).toBeGreaterThan(1e-3);
  });
});
