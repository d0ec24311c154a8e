// Backpropagation through time against central finite differences on random RNNs (T = 1…8,
// every-step/last-step, sum/mean, every activation, readout on/off): full BPTT against the
// loss itself, truncated BPTT against the frozen-state surrogate it is the exact gradient of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRnnCache } from '../../../src/engine/recurrent/rnnCache';
import { rnnLayout, rnnOffsets } from '../../../src/engine/recurrent/rnnLayout';
import { sequenceStep, type Rnn } from '../../../src/engine/recurrent/rnn';
import type { BpttConfig } from '../../../src/engine/recurrent/types';
import {
  ACTIVATIONS,
  READOUTS,
  makeCase,
  unflatten,
  worstRelative,
  type CaseParams,
  type RnnCase,
} from './helpers/randomRnn';
import { refSurrogate } from './helpers/referenceRnn';

const H = 1e-3;

function setUp(c: RnnCase): { rnn: Rnn; run: (p: Float64Array, g: Float64Array | null) => number } {
  const layout = rnnLayout(c.problem.spec);
  const rnn: Rnn = { problem: c.problem, layout, offsets: rnnOffsets(layout), params: c.params };
  const cache = createRnnCache(c.problem.spec, c.data.lengths[0]);
  return { rnn, run: (p, g) => sequenceStep(rnn, cache, c.data, 0, g, p) };
}

/** Fourth-order central differences (error O(H⁴)) of `objective` at every entry of `params`. */
function differences(params: Float64Array, objective: (p: Float64Array) => number): Float64Array {
  const out = new Float64Array(params.length);
  const probe = params.slice();
  for (let k = 0; k < params.length; k += 1) {
    const at = (offset: number): number => {
      probe[k] = params[k] + offset;
      return objective(probe);
    };
    const d1 = at(H) - at(-H);
    const d2 = at(2 * H) - at(-2 * H);
    probe[k] = params[k];
    out[k] = (8 * d1 - d2) / (12 * H);
  }
  return out;
}

/** ReLU's kink makes differences meaningless within 2H of aₜ = 0: keep away from it. */
function awayFromKinks(c: RnnCase): boolean {
  if (c.problem.spec.activation !== 'relu') return true;
  const cache = createRnnCache(c.problem.spec, c.data.lengths[0]);
  sequenceStep(setUp(c).rnn, cache, c.data, 0, null);
  return cache.a.slice(0, cache.T).every((a) => a.every((v) => Math.abs(v) > 0.05));
}

const common = {
  seed: fc.integer({ min: 1, max: 1e9 }),
  T: fc.integer({ min: 1, max: 8 }),
  inputs: fc.integer({ min: 1, max: 3 }),
  hidden: fc.integer({ min: 1, max: 4 }),
  outputs: fc.integer({ min: 2, max: 3 }),
  activation: fc.constantFrom(...ACTIVATIONS),
  readout: fc.option(fc.constantFrom(...READOUTS), { nil: null, freq: 4 }),
  every: fc.boolean(),
  mean: fc.boolean(),
};

describe('BPTT against finite differences', () => {
  it('full BPTT is the gradient of the sequence loss', () => {
    const arb = fc.record({ ...common, bptt: fc.constant<BpttConfig>({ mode: 'full' }) });
    fc.assert(
      fc.property(arb, (params: CaseParams) => {
        const c = makeCase(params);
        const { rnn, run } = setUp(c);
        fc.pre(awayFromKinks(c));
        const grads = new Float64Array(rnn.layout.size);
        run(c.params, grads);
        const numeric = differences(c.params, (p) => run(p, null));
        expect(worstRelative(grads, numeric, 1e-4)).toBeLessThan(1e-7);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('truncated BPTT(k1, k2) is the gradient of the frozen-state surrogate', () => {
    const bptt = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
      .map(([k1, extra]): BpttConfig => ({ mode: 'truncated', k1, k2: k1 + extra }));
    fc.assert(
      fc.property(fc.record({ ...common, bptt }), (params: CaseParams) => {
        const c = makeCase(params);
        const { rnn, run } = setUp(c);
        fc.pre(awayFromKinks(c));
        const grads = new Float64Array(rnn.layout.size);
        run(c.params, grads);
        const frozen = c.ref.blocks;
        const numeric = differences(c.params, (p) =>
          refSurrogate({ ...c.ref, blocks: unflatten(frozen, p) }, frozen, c.seq),
        );
        expect(worstRelative(grads, numeric, 1e-4)).toBeLessThan(1e-7);
      }),
      { numRuns: 200, seed: 12 },
    );
  });

  it('truncation changes the gradient of a long sequence (it is not full BPTT in disguise)', () => {
    const base: CaseParams = {
      seed: 5,
      T: 8,
      inputs: 1,
      hidden: 3,
      outputs: 1,
      activation: 'tanh',
      readout: ['linear', 'squared-error'],
      every: true,
      mean: false,
      bptt: { mode: 'full' },
      scale: 1.2,
    };
    const full = makeCase(base);
    const cut = makeCase({ ...base, bptt: { mode: 'truncated', k1: 2, k2: 2 } });
    const gFull = new Float64Array(full.params.length);
    const gCut = new Float64Array(full.params.length);
    setUp(full).run(full.params, gFull);
    setUp(cut).run(cut.params, gCut);
    expect(worstRelative(gFull, gCut)).toBeGreaterThan(1e-3);
  });
});
