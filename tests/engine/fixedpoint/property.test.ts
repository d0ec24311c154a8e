// Random small fixed-point nets with ρ(D·W) < 1 (fast-check): tanh units whose W has every
// absolute row sum below 0.9, so x ↦ f(W·x + c) is a contraction and both relaxations settle.
// On each: ρ(D·W) < 1, v* solves (I − D·W)ᵀ v = e, and the gradient equals finite differences
// through the relaxation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedPointGradientCheck } from '../../../src/engine/fixedpoint/gradcheck';
import { fixedPointPass } from '../../../src/engine/fixedpoint/net';
import { createFixedPointCache, loadSample } from '../../../src/engine/fixedpoint/relax';
import { relaxationRadius } from '../../../src/engine/fixedpoint/spectral';
import { solve } from './helpers/gauss';
import { netOf, oneRow, spec } from './helpers/nets';

const entry = fc.double({ min: -1, max: 1, noNaN: true });

const randomCase = fc
  .record({ units: fc.integer({ min: 1, max: 4 }), inputs: fc.integer({ min: 1, max: 3 }) })
  .chain(({ units, inputs }) =>
    fc.record({
      units: fc.constant(units),
      W: fc.array(fc.array(entry, { minLength: units, maxLength: units }), {
        minLength: units,
        maxLength: units,
      }),
      V: fc.array(fc.array(entry, { minLength: inputs, maxLength: inputs }), {
        minLength: units,
        maxLength: units,
      }),
      b: fc.array(entry, { minLength: units, maxLength: units }),
      input: fc.array(entry, { minLength: inputs, maxLength: inputs }),
      output: fc.integer({ min: 0, max: units - 1 }),
      target: entry,
    }),
  );

/** Rows scaled so that Σᵢ |W[j][i]| ≤ 0.9: ‖W‖∞ < 1 and |tanh′| ≤ 1 make ρ(D·W) < 1. */
function contract(W: number[][]): number[][] {
  return W.map((row) => {
    const sum = row.reduce((s, w) => s + Math.abs(w), 0);
    return sum > 0.9 ? row.map((w) => (0.9 * w) / sum) : row;
  });
}

describe('random contracting fixed-point nets', () => {
  it('settle, have ρ(D·W) < 1, v* = the direct solve, and FD-exact gradients', () => {
    fc.assert(
      fc.property(randomCase, (c) => {
        const N = c.units;
        const s = spec(N, c.input.length, [c.output], 'tanh');
        const W = contract(c.W);
        const net = netOf(s, { W, V: c.V, b: c.b });
        const data = oneRow(c.input, [c.target]);
        const cache = createFixedPointCache(s);
        loadSample(cache, data, 0);
        const grads = new Float64Array(net.layout.size);
        expect(fixedPointPass(net, 'squared-error', cache, grads)).toBeNull();
        expect(relaxationRadius(net.params, 0, cache.d, N)).toBeLessThan(1);

        const A = W.map((_, i) => W.map((__, j) => (i === j ? 1 : 0) - W[j][i] * cache.d[j]));
        const v = solve(A, Array.from(cache.e));
        v.forEach((vj, j) => expect(Math.abs(cache.v[j] - vj)).toBeLessThan(1e-11));

        const check = fixedPointGradientCheck(net, data, 0, 'squared-error');
        expect(check.worst).toBeLessThan(1e-6);
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});
