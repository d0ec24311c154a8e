// The spectral radius ρ(D·W) that decides whether the relaxations settle: both iteration maps
// have D·W (or its transpose) as their Jacobian at the fixed point, so they converge locally
// when ρ(D·W) < 1. Pure; for display, not in the training loop.
import { detExp, detLog } from '../detMath';
import { blockOf } from '../layout';
import type { FixedPointSampleTrace, FixedPointStepTrace } from './types';

/** Frobenius norm of an n×n row-major matrix. */
function frobenius(m: Float64Array): number {
  let s = 0;
  for (let k = 0; k < m.length; k += 1) s += m[k] * m[k];
  return Math.sqrt(s);
}

/**
 * ρ(A) of an n×n row-major matrix by Gelfand's formula ρ = lim ‖Aᵐ‖^(1/m), with m = 2^k
 * reached by repeated squaring and the scale kept in logarithms (no overflow). Unlike plain
 * power iteration it needs no real dominant eigenvalue: complex pairs and Jordan blocks
 * converge too (‖Aᵐ‖^(1/m) → ρ for every norm). 60 squarings leave a relative error of about
 * log(κ)/2⁶⁰.
 */
export function spectralRadius(a: ArrayLike<number>, n: number, squarings = 60): number {
  if (n === 0) return 0;
  let m = Float64Array.from({ length: n * n }, (_, k) => a[k]);
  const norm = frobenius(m);
  if (norm === 0 || !Number.isFinite(norm)) return norm;
  for (let k = 0; k < m.length; k += 1) m[k] /= norm;
  // log ρ ≈ logScale: A^(2^s) = exp(2^s · logScale) · m
  let logScale = detLog(norm);
  let next = new Float64Array(n * n);
  let power = 1;
  for (let s = 0; s < squarings; s += 1) {
    next.fill(0);
    for (let i = 0; i < n; i += 1) {
      for (let l = 0; l < n; l += 1) {
        const mil = m[i * n + l];
        if (mil === 0) continue;
        for (let j = 0; j < n; j += 1) next[i * n + j] += mil * m[l * n + j];
      }
    }
    const c = frobenius(next);
    if (c === 0) return 0; // nilpotent
    for (let k = 0; k < next.length; k += 1) next[k] /= c;
    power *= 2;
    logScale += detLog(c) / power;
    const swap = m;
    m = next;
    next = swap;
  }
  return detExp(logScale);
}

/** D·W with D = diag(d): row j of W scaled by d[j] (n×n, row-major). */
export function scaledRows(w: ArrayLike<number>, d: ArrayLike<number>, n: number): Float64Array {
  const out = new Float64Array(n * n);
  for (let j = 0; j < n; j += 1)
    for (let i = 0; i < n; i += 1) out[j * n + i] = d[j] * w[j * n + i];
  return out;
}

/** ρ(D·W) of a net's W block (at `offset` in params) and the diagonal d = f′(u*). */
export function relaxationRadius(
  params: ArrayLike<number>,
  offset: number,
  d: ArrayLike<number>,
  n: number,
): number {
  const w = Float64Array.from({ length: n * n }, (_, k) => params[offset + k]);
  return spectralRadius(scaledRows(w, d, n), n);
}

/**
 * ρ(D·W) of one traced sample: W as it was before the update (the W the relaxations used) and
 * D = diag(f′(u*)) at that sample's fixed point.
 */
export function sampleRadius(
  step: Pick<FixedPointStepTrace, 'before' | 'layout' | 'spec'>,
  sample: Pick<FixedPointSampleTrace, 'd'>,
): number {
  return relaxationRadius(step.before, blockOf(step.layout, 'W').offset, sample.d, step.spec.units);
}
