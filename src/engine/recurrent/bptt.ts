// Backpropagation through time for the Elman RNN: full, and truncated BPTT(k1, k2) exactly
// as contracts.md defines it. A backward loop from t = T down over the forward tape; no
// allocation unless a sweep list is asked for.
import type { RnnCache } from './rnnCache';
import { rnnRecord, type RnnLayer } from './rnnRecord';
import type { RnnProblem, SweepTrace } from './types';

/**
 * One backward sweep ending at step `at` (1-based) over steps lo … at, injecting the scored
 * steps after `injectedUpTo`; hₗₒ₋₁ is held constant. For s = at down to lo:
 *   dhₛ = Whhᵀ·δₛ₊₁ (0 at s = at) + Whyᵀ·dzₛ (injected, readout) or dyₛ (injected, no readout)
 *   δₛ = f′(aₛ) ⊙ dhₛ
 *   ∂Wxh += δₛ xₛᵀ,  ∂Whh += δₛ hₛ₋₁ᵀ (s = lo included),  ∂bh += δₛ
 *   ∂Why += dzₛ hₛᵀ,  ∂by += dzₛ (injected steps)
 * Adds into grads (mutates grads) and into cache.dh / cache.delta.
 */
function sweep(
  layer: RnnLayer,
  p: Float64Array,
  cache: RnnCache,
  grads: Float64Array | null,
  end: number,
  lo: number,
  injectedUpTo: number,
): void {
  const at = layer.offsets;
  const { hidden: H, outputs: O, readout } = layer.problem.spec;
  const { dhCur, dhNext, deltaCur } = cache;
  dhNext.fill(0);
  for (let s = end; s >= lo; s -= 1) {
    const i = s - 1;
    const h = cache.h[s];
    for (let j = 0; j < H; j += 1) dhCur[j] = dhNext[j];
    if (s > injectedUpTo && cache.scored[i]) {
      if (readout) {
        const dz = cache.dz[i];
        for (let o = 0; o < O; o += 1) {
          const d = dz[o];
          const r = at.Why + o * H;
          for (let k = 0; k < H; k += 1) dhCur[k] += p[r + k] * d;
          if (grads) {
            grads[at.by + o] += d;
            for (let k = 0; k < H; k += 1) grads[r + k] += d * h[k];
          }
        }
      } else {
        const dy = cache.dy[i];
        for (let k = 0; k < H; k += 1) dhCur[k] += dy[k];
      }
    }
    // δₛ, the cell's parameter gradient and Whhᵀ·δₛ into dhNext (the record's backward)
    rnnRecord.backward(layer, cache, p, cache.x[i], grads, null, i);
    const dhSum = cache.dh[i];
    const deltaSum = cache.delta[i];
    for (let j = 0; j < H; j += 1) {
      dhSum[j] += dhCur[j];
      deltaSum[j] += deltaCur[j];
    }
  }
}

function describeSweep(cache: RnnCache, end: number, lo: number, after: number): SweepTrace {
  const injected: number[] = [];
  for (let s = after + 1; s <= end; s += 1) if (cache.scored[s - 1]) injected.push(s);
  const swept: number[] = [];
  for (let s = lo; s <= end; s += 1) swept.push(s);
  return { at: end, injected, swept };
}

/**
 * Backpropagation of the last rnnForward/rnnLoss over the loaded sequence: full BPTT is one
 * sweep at T over 1 … T. Truncated BPTT(k1, k2): a sweep at every t with t mod k1 = 0, and
 * once more at T when scored steps are left; each injects the scored steps not injected
 * before and goes back over max(1, t − k2 + 1) … t. Adds the sequence's gradient into grads
 * (mutates grads, when given), fills cache.dh / cache.delta, and lists the sweeps into
 * `sweeps` when given (truncated only).
 */
export function rnnBackward(
  layer: RnnLayer,
  p: Float64Array,
  cache: RnnCache,
  grads: Float64Array | null,
  sweeps: SweepTrace[] | null = null,
): void {
  const T = cache.T;
  for (let i = 0; i < T; i += 1) {
    cache.dh[i].fill(0);
    cache.delta[i].fill(0);
  }
  const bptt = layer.problem.sequence.bptt;
  if (bptt.mode === 'full') {
    sweep(layer, p, cache, grads, T, 1, 0);
    return;
  }
  // The schedule of forEachSweep, written out so the untraced path allocates no closure.
  const { k1, k2 } = bptt;
  let after = 0;
  for (let end = k1; end <= T + k1; end += k1) {
    const last = end > T;
    if (last && (after >= T || !hasScoredUpTo(cache, after, T))) break;
    const stop = last ? T : end;
    const lo = Math.max(1, stop - k2 + 1);
    if (sweeps) sweeps.push(describeSweep(cache, stop, lo, after));
    // A sweep that injects nothing adds nothing: skip its arithmetic.
    if (hasScoredUpTo(cache, after, stop)) sweep(layer, p, cache, grads, stop, lo, after);
    after = stop;
    if (last) break;
  }
}

/**
 * Truncated BPTT(k1, k2)'s schedule over the loaded sequence: a sweep ending at every t with
 * t mod k1 = 0, and once more at T when scored steps are left; `lo` = max(1, t − k2 + 1), and
 * `after` the last step injected by an earlier sweep.
 */
function forEachSweep(
  cache: RnnCache,
  k1: number,
  k2: number,
  visit: (end: number, lo: number, after: number) => void,
): void {
  const T = cache.T;
  let after = 0;
  for (let end = k1; end <= T; end += k1) {
    visit(end, Math.max(1, end - k2 + 1), after);
    after = end;
  }
  if (after < T && hasScoredUpTo(cache, after, T)) visit(T, Math.max(1, T - k2 + 1), after);
}

/** The sweeps of truncated BPTT over the loaded sequence (null for full BPTT), for traces. */
export function listSweeps(problem: RnnProblem, cache: RnnCache): SweepTrace[] | null {
  const bptt = problem.sequence.bptt;
  if (bptt.mode === 'full') return null;
  const out: SweepTrace[] = [];
  forEachSweep(cache, bptt.k1, bptt.k2, (end, lo, after) => {
    out.push(describeSweep(cache, end, lo, after));
  });
  return out;
}

/** True when some step in (after, end] is scored. */
function hasScoredUpTo(cache: RnnCache, after: number, end: number): boolean {
  for (let i = after; i < end; i += 1) if (cache.scored[i]) return true;
  return false;
}
