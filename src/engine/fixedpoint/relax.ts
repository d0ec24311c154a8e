// Almeida–Pineda recurrent backpropagation on one sample, over buffers allocated once:
// the forward relaxation x ← f(W·x + V·ξ + b) to x*, the loss at the output units, the adjoint
// relaxation v ← Wᵀ·(D·v) + e to v*, and the outer-product gradients δ·x*ᵀ, δ·ξᵀ, δ.
// Pure maths; nothing here allocates per call.
import { getActivation } from '../activations';
import { getLoss } from '../losses';
import type { LossName } from '../types';
import type { FixedPointOffsets } from './layout';
import type { FixedPointSpec } from './types';

/** Iterates kept per relaxation for the trace (contracts.md caps the lists at the first 200). */
export const ITERATE_CAP = 200;

/** One sample's buffers. `x`/`v` hold the current iterate; the others are work space. */
export interface FixedPointCache {
  readonly xi: Float64Array;
  readonly target: Float64Array;
  /** V·ξ + b: constant through the forward relaxation. */
  readonly drive: Float64Array;
  x: Float64Array;
  xNext: Float64Array;
  readonly u: Float64Array;
  /** f(u*) (≈ x* within the tolerance): what f′ is evaluated with. */
  readonly a: Float64Array;
  readonly d: Float64Array;
  readonly ones: Float64Array;
  readonly y: Float64Array;
  readonly dy: Float64Array;
  readonly e: Float64Array;
  v: Float64Array;
  vNext: Float64Array;
  readonly dv: Float64Array;
  readonly delta: Float64Array;
  readonly forwardChange: Float64Array;
  readonly adjointChange: Float64Array;
  /** Iterate k (1-based, k ≤ ITERATE_CAP) at [(k − 1)·N, k·N). */
  readonly forwardIterates: Float64Array;
  readonly adjointIterates: Float64Array;
  iterations: number;
  settled: boolean;
  adjointIterations: number;
  adjointSettled: boolean;
  loss: number;
}

export function createFixedPointCache(spec: FixedPointSpec): FixedPointCache {
  const { units: N, inputs: I, outputUnits } = spec;
  const O = outputUnits.length;
  const M = spec.relaxation.maxIterations;
  const cap = Math.min(M, ITERATE_CAP);
  const f = (n: number): Float64Array => new Float64Array(n);
  return {
    xi: f(I),
    target: f(O),
    drive: f(N),
    x: f(N),
    xNext: f(N),
    u: f(N),
    a: f(N),
    d: f(N),
    ones: new Float64Array(N).fill(1),
    y: f(O),
    dy: f(O),
    e: f(N),
    v: f(N),
    vNext: f(N),
    dv: f(N),
    delta: f(N),
    forwardChange: f(M),
    adjointChange: f(M),
    forwardIterates: f(cap * N),
    adjointIterates: f(cap * N),
    iterations: 0,
    settled: false,
    adjointIterations: 0,
    adjointSettled: false,
    loss: NaN,
  };
}

/** max|a − b| over n entries; NaN as soon as one difference is NaN. */
function maxChange(a: Float64Array, b: Float64Array, n: number): number {
  let m = 0;
  for (let k = 0; k < n; k += 1) {
    const d = Math.abs(a[k] - b[k]);
    if (d > m || d !== d) m = d;
    if (m !== m) return m;
  }
  return m;
}

/** to[at … at + n) = from[0 … n) (no subarray view: nothing allocated). */
function copyRow(from: Float64Array, to: Float64Array, at: number, n: number): void {
  for (let k = 0; k < n; k += 1) to[at + k] = from[k];
}

/** u = W·x + drive. */
function preActivation(
  spec: FixedPointSpec,
  at: FixedPointOffsets,
  p: Float64Array,
  x: Float64Array,
  drive: Float64Array,
  u: Float64Array,
): void {
  const N = spec.units;
  for (let j = 0; j < N; j += 1) {
    let s = drive[j];
    const row = at.W + j * N;
    for (let i = 0; i < N; i += 1) s += p[row + i] * x[i];
    u[j] = s;
  }
}

/**
 * Forward relaxation from `relaxation.start` with the input already in cache.xi: iterates until
 * max|Δx| ≤ tolerance (settled) or maxIterations have run, or stops early when Δx is not finite.
 * Leaves x* in cache.x, u* = W·x* + V·ξ + b in cache.u and D = diag(f′(u*)) in cache.d.
 * Returns whether it settled.
 */
export function relaxForward(
  spec: FixedPointSpec,
  at: FixedPointOffsets,
  p: Float64Array,
  c: FixedPointCache,
): boolean {
  const { units: N, inputs: I } = spec;
  const { start, tolerance, maxIterations } = spec.relaxation;
  const f = getActivation(spec.activation);
  for (let j = 0; j < N; j += 1) {
    let s = p[at.b + j];
    const row = at.V + j * I;
    for (let i = 0; i < I; i += 1) s += p[row + i] * c.xi[i];
    c.drive[j] = s;
    c.x[j] = start[j] ?? 0;
  }
  const cap = c.forwardIterates.length / Math.max(N, 1);
  c.settled = false;
  c.iterations = 0;
  for (let it = 1; it <= maxIterations; it += 1) {
    preActivation(spec, at, p, c.x, c.drive, c.u);
    f.forward(c.u, c.xNext, N);
    const change = maxChange(c.xNext, c.x, N);
    const swap = c.x;
    c.x = c.xNext;
    c.xNext = swap;
    c.forwardChange[it - 1] = change;
    if (it <= cap) copyRow(c.x, c.forwardIterates, (it - 1) * N, N);
    c.iterations = it;
    if (change <= tolerance) {
      c.settled = true;
      break;
    }
    if (!Number.isFinite(change)) break;
  }
  preActivation(spec, at, p, c.x, c.drive, c.u);
  f.forward(c.u, c.a, N);
  f.backward(c.u, c.a, c.ones, c.d, N);
  return c.settled;
}

/** The loss of x* at the output units against cache.target; e = ∂L/∂x* into cache.e. */
export function outputLoss(spec: FixedPointSpec, loss: LossName, c: FixedPointCache): number {
  const { outputUnits, activation } = spec;
  const O = outputUnits.length;
  for (let k = 0; k < O; k += 1) c.y[k] = c.x[outputUnits[k]];
  const L = getLoss(loss);
  c.loss = L.value(c.y, c.target, O, activation);
  L.grad(c.y, c.target, c.dy, O, activation);
  c.e.fill(0);
  for (let k = 0; k < O; k += 1) c.e[outputUnits[k]] += c.dy[k];
  return c.loss;
}

/**
 * Adjoint relaxation v ← Wᵀ·(D·v) + e from v = 0, after relaxForward and outputLoss: until
 * max|Δv| ≤ tolerance or maxIterations. Leaves v* in cache.v and δ = D·v* in cache.delta.
 * Returns whether it settled.
 */
export function relaxAdjoint(
  spec: FixedPointSpec,
  at: FixedPointOffsets,
  p: Float64Array,
  c: FixedPointCache,
): boolean {
  const N = spec.units;
  const { tolerance, maxIterations } = spec.relaxation;
  const cap = c.adjointIterates.length / Math.max(N, 1);
  c.v.fill(0);
  c.adjointSettled = false;
  c.adjointIterations = 0;
  for (let it = 1; it <= maxIterations; it += 1) {
    for (let j = 0; j < N; j += 1) c.dv[j] = c.d[j] * c.v[j];
    const next = c.vNext;
    for (let i = 0; i < N; i += 1) next[i] = c.e[i];
    for (let j = 0; j < N; j += 1) {
      const dj = c.dv[j];
      const row = at.W + j * N;
      for (let i = 0; i < N; i += 1) next[i] += p[row + i] * dj;
    }
    const change = maxChange(next, c.v, N);
    c.vNext = c.v;
    c.v = next;
    c.adjointChange[it - 1] = change;
    if (it <= cap) copyRow(c.v, c.adjointIterates, (it - 1) * N, N);
    c.adjointIterations = it;
    if (change <= tolerance) {
      c.adjointSettled = true;
      break;
    }
    if (!Number.isFinite(change)) break;
  }
  for (let j = 0; j < N; j += 1) c.delta[j] = c.d[j] * c.v[j];
  return c.adjointSettled;
}

/** ∂L/∂W += δ·x*ᵀ, ∂L/∂V += δ·ξᵀ, ∂L/∂b += δ (mutates grads). */
export function addGradients(
  spec: FixedPointSpec,
  at: FixedPointOffsets,
  c: FixedPointCache,
  grads: Float64Array,
): void {
  const { units: N, inputs: I } = spec;
  for (let j = 0; j < N; j += 1) {
    const dj = c.delta[j];
    const rw = at.W + j * N;
    for (let i = 0; i < N; i += 1) grads[rw + i] += dj * c.x[i];
    const rv = at.V + j * I;
    for (let i = 0; i < I; i += 1) grads[rv + i] += dj * c.xi[i];
    grads[at.b + j] += dj;
  }
}

/** Sample `index` of a flat data set (inputs [n, nIn], targets [n, nOut]) into the cache. */
export function loadSample(
  c: FixedPointCache,
  data: {
    readonly nIn: number;
    readonly nOut: number;
    readonly inputs: Float64Array;
    readonly targets: Float64Array;
  },
  index: number,
): void {
  const { nIn, nOut } = data;
  for (let i = 0; i < nIn; i += 1) c.xi[i] = data.inputs[index * nIn + i];
  for (let k = 0; k < nOut; k += 1) c.target[k] = data.targets[index * nOut + k];
}
