// Backpropagation through time of LSTMs and GRUs (both conventions) against central finite
// differences on random nets (T = 1…7, every-step/last-step, sum/mean, readout on/off with
// every readout and loss): full BPTT against the loss, truncated BPTT against the frozen-state
// surrogate; and the engine's own gradient check (the CLI's) on the same nets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gatedSequenceStep } from '../../../src/engine/recurrent/gated';
import { createGatedCache } from '../../../src/engine/recurrent/gatedCache';
import { gatedGradientCheck } from '../../../src/engine/recurrent/gatedGradcheck';
import type { BpttConfig } from '../../../src/engine/recurrent/types';
import { engineNet, gatedCaseArb, makeGatedCase } from './helpers/randomGated';
import { worstRelative } from './helpers/randomRnn';
import { refObjective, type Blocks } from './helpers/referenceGated';

const H = 1e-3;

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

/** Nested blocks (the oracle's) from a flat vector, in the layout's order. */
function unflatten(like: Blocks, flat: ArrayLike<number>): Blocks {
  let k = 0;
  const out: Blocks = {};
  for (const [name, b] of Object.entries(like))
    out[name] = (b as (number | number[])[]).map((e) =>
      typeof e === 'number' ? flat[k++] : e.map(() => flat[k++]),
    ) as Blocks[string];
  return out;
}

const truncated = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .map(([k1, extra]): BpttConfig => ({ mode: 'truncated', k1, k2: k1 + extra }));

describe('gated BPTT against finite differences', () => {
  it('full BPTT is the gradient of the sequence loss', () => {
    fc.assert(
      fc.property(gatedCaseArb(fc.constant<BpttConfig>({ mode: 'full' })), (params) => {
        const c = makeGatedCase(params);
        const net = engineNet(c);
        const cache = createGatedCache(c.problem.spec, c.data.lengths[0]);
        const grads = new Float64Array(net.layout.size);
        gatedSequenceStep(net, cache, c.data, 0, grads);
        const numeric = differences(c.params, (p) =>
          gatedSequenceStep(net, cache, c.data, 0, null, p),
        );
        expect(worstRelative(grads, numeric, 1e-4)).toBeLessThan(1e-7);
      }),
      { numRuns: 150, seed: 31 },
    );
  });

  it('truncated BPTT(k1, k2) is the gradient of the frozen-state surrogate (h and c frozen)', () => {
    fc.assert(
      fc.property(gatedCaseArb(truncated), (params) => {
        const c = makeGatedCase(params);
        const net = engineNet(c);
        const cache = createGatedCache(c.problem.spec, c.data.lengths[0]);
        const grads = new Float64Array(net.layout.size);
        gatedSequenceStep(net, cache, c.data, 0, grads);
        const frozen = c.ref.blocks;
        // the surrogate's value at p with the states frozen at the unperturbed blocks
        const numeric = differences(
          c.params,
          (p) => refObjective({ ...c.ref, blocks: unflatten(frozen, p) }, c.seq, null, frozen).v,
        );
        expect(worstRelative(grads, numeric, 1e-4)).toBeLessThan(1e-7);
      }),
      { numRuns: 150, seed: 32 },
    );
  });

  it('the engine’s gradient check (the CLI’s) passes on the same nets, truncated or not', () => {
    const bptt = fc.oneof(fc.constant<BpttConfig>({ mode: 'full' }), truncated);
    fc.assert(
      fc.property(gatedCaseArb(bptt), (params) => {
        const c = makeGatedCase(params);
        const check = gatedGradientCheck(engineNet(c), c.data, 0, {
          regularization: { kind: 'l2', rate: 0.01 },
        });
        expect(check.worst).toBeLessThan(1e-6);
      }),
      { numRuns: 60, seed: 33 },
    );
  });
});
