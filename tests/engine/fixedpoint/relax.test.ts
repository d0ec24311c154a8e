// The Almeida–Pineda pass on hand-sized nets: x* is a fixed point of x ↦ f(W·x + V·ξ + b),
// the adjoint's fixed point v* equals a direct solve of (I − D·W)ᵀ v = e, the outer-product
// gradients equal finite differences through the whole relaxation, and a one-unit linear net
// matches its closed form.
import { describe, expect, it } from 'vitest';
import { getActivation } from '../../../src/engine/activations';
import { fixedPointGradientCheck } from '../../../src/engine/fixedpoint/gradcheck';
import { fixedPointPass } from '../../../src/engine/fixedpoint/net';
import { createFixedPointModel } from '../../../src/engine/fixedpoint/model';
import {
  createFixedPointCache,
  ITERATE_CAP,
  loadSample,
} from '../../../src/engine/fixedpoint/relax';
import type { FixedPointActivationName } from '../../../src/engine/fixedpoint/types';
import type { LossName } from '../../../src/engine/types';
import { solve } from './helpers/gauss';
import { netOf, oneRow, randomNet, spec } from './helpers/nets';

/** W as rows from the flat params (W is the first block). */
function rowsOfW(params: Float64Array, n: number): number[][] {
  return Array.from({ length: n }, (_, j) => Array.from(params.subarray(j * n, (j + 1) * n)));
}

describe('one linear unit: x* = (v·ξ + b)/(1 − w)', () => {
  const s = spec(1, 1, [0], 'linear');
  const net = netOf(s, { W: [[0.5]], V: [[1]], b: [0.25] });
  const data = oneRow([1], [1]);
  const c = createFixedPointCache(s);
  loadSample(c, data, 0);
  const grads = new Float64Array(3);
  const unsettled = fixedPointPass(net, 'squared-error', c, grads);

  it('settles to the closed form and back', () => {
    expect(unsettled).toBeNull();
    expect(c.x[0]).toBeCloseTo(2.5, 12);
    // e = x* − t = 1.5; v* = e / (1 − w·f′) = 3; δ = v*
    expect(c.e[0]).toBeCloseTo(1.5, 12);
    expect(c.v[0]).toBeCloseTo(3, 12);
    expect(c.delta[0]).toBeCloseTo(3, 12);
  });

  it('has the gradients δ·x*, δ·ξ, δ', () => {
    // dL/dw = e · x*/(1 − w) = 1.5 · 2.5 / 0.5
    expect(grads[0]).toBeCloseTo(7.5, 10);
    expect(grads[1]).toBeCloseTo(3, 10);
    expect(grads[2]).toBeCloseTo(3, 10);
  });

  it('records max|Δx| per iteration, halving with w = 0.5', () => {
    expect(c.forwardChange[0]).toBeCloseTo(1.25, 12);
    expect(c.forwardChange[1]).toBeCloseTo(0.625, 12);
    expect(c.forwardChange[c.iterations - 1]).toBeLessThanOrEqual(1e-14);
    expect(c.forwardIterates[0]).toBeCloseTo(1.25, 12);
  });
});

const cases: [FixedPointActivationName, LossName, number][] = [
  ['sigmoid', 'squared-error', 3],
  ['tanh', 'mse', 5],
  ['sigmoid', 'cross-entropy', 11],
  ['leaky-relu', 'squared-error', 17],
];

describe.each(cases)('a random 3-unit %s net, %s loss (seed %i)', (activation, loss, seed) => {
  const s = spec(3, 2, activation === 'sigmoid' ? [2] : [1, 2], activation);
  const net = randomNet(s, seed, activation === 'sigmoid' ? 2 : 0.5);
  const target = s.outputUnits.length === 1 ? [1] : [0.3, -0.2];
  const data = oneRow([0.7, -1.1], target);
  const c = createFixedPointCache(s);
  loadSample(c, data, 0);
  const grads = new Float64Array(net.layout.size);
  const unsettled = fixedPointPass(net, loss, c, grads);

  it('settles to a fixed point of x ↦ f(W·x + V·ξ + b)', () => {
    expect(unsettled).toBeNull();
    const fx = new Float64Array(3);
    getActivation(activation).forward(c.u, fx, 3);
    for (let j = 0; j < 3; j += 1) expect(Math.abs(fx[j] - c.x[j])).toBeLessThan(1e-13);
  });

  it('has v* = the solution of (I − D·W)ᵀ v = e (Gaussian elimination)', () => {
    const W = rowsOfW(net.params, 3);
    // (I − D·W)ᵀ[i][j] = δᵢⱼ − W[j][i]·d[j]
    const A = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (i === j ? 1 : 0) - W[j][i] * c.d[j]));
    const v = solve(A, Array.from(c.e));
    for (let j = 0; j < 3; j += 1) expect(c.v[j]).toBeCloseTo(v[j], 11);
  });

  it('matches finite differences through the whole relaxation', () => {
    const check = fixedPointGradientCheck(net, data, 0, loss);
    expect(check.unsettled).toBeNull();
    expect(check.worst).toBeLessThan(1e-7);
    for (let k = 0; k < grads.length; k += 1) expect(check.analytic[k]).toBeCloseTo(grads[k], 12);
  });
});

describe('a relaxation that does not settle', () => {
  it('stops at maxIterations with the last change, and adds no gradient', () => {
    // x ← 2x + 1 runs away; with maxIterations 20 the last change is 2^19·1
    const s = spec(1, 1, [0], 'linear', { maxIterations: 20 });
    const net = netOf(s, { W: [[2]], V: [[0]], b: [1] });
    const c = createFixedPointCache(s);
    loadSample(c, oneRow([0], [0]), 0);
    const grads = new Float64Array(3);
    expect(fixedPointPass(net, 'squared-error', c, grads)).toBe('forward');
    expect(c.iterations).toBe(20);
    expect(c.forwardChange[19]).toBe(2 ** 19);
    expect(Array.from(grads)).toEqual([0, 0, 0]);
  });

  it('names the adjoint when only the adjoint runs away (ρ(D·W) = 1 at a settled x*)', () => {
    // linear w = −1: x ← −x + 1 from x⁽⁰⁾ = 0.5 is settled at once, but v ← −v + e flips
    // between e and 0 for ever (the eigenvalue −1 of D·W).
    const s = spec(1, 1, [0], 'linear', { start: [0.5], maxIterations: 50 });
    const net = netOf(s, { W: [[-1]], V: [[0]], b: [1] });
    const c = createFixedPointCache(s);
    loadSample(c, oneRow([0], [0]), 0);
    const grads = new Float64Array(3);
    expect(fixedPointPass(net, 'squared-error', c, grads)).toBe('adjoint');
    expect(c.settled).toBe(true);
    expect(c.adjointIterations).toBe(50);
    expect(c.adjointChange[49]).toBe(0.5);
    expect(Array.from(grads)).toEqual([0, 0, 0]);
  });
});

describe('the trace of a slow relaxation', () => {
  it('keeps the first 200 iterates and every change size', () => {
    // x ← 0.9·x + 1 from 0: x* = 10, the change shrinks by 0.9 per iteration (≈ 330 of them)
    const s = spec(1, 1, [0], 'linear', { tolerance: 1e-14, maxIterations: 1000 });
    const model = createFixedPointModel(
      netOf(s, { W: [[0.9]], V: [[1]], b: [0] }),
      oneRow([1], [10]),
    );
    const trace = model.inspect(0, 'squared-error');
    expect(trace.settled).toBe(true);
    expect(trace.iterations).toBeGreaterThan(ITERATE_CAP);
    expect(trace.forward).toHaveLength(ITERATE_CAP);
    expect(trace.forward[ITERATE_CAP - 1][0]).toBeCloseTo(10 * (1 - 0.9 ** ITERATE_CAP), 10);
    expect(trace.forwardChange).toHaveLength(trace.iterations);
    expect(trace.forwardChange[9] / trace.forwardChange[8]).toBeCloseTo(0.9, 12);
    expect(trace.x[0]).toBeCloseTo(10, 12);
  });
});
