// Backpropagation through time, full and truncated BPTT(k1, k2) exactly as contracts.md
// defines it, for any recurrent cell (Elman, LSTM, GRU): the schedule of sweeps and the
// readout's injection are shared; the cell only steps back one time step. A backward loop
// from t = T down over the forward tape; no allocation unless a sweep list is asked for.
import type { RnnCache } from './rnnCache';
import { rnnRecord, type RnnLayer } from './rnnRecord';
import type { RnnProblem, SweepTrace } from './types';

/** What the shared driver needs of a layer: its problem and where the readout sits. */
export interface ReadoutLayer {
  readonly problem: RnnProblem;
  readonly offsets: { readonly Why: number; readonly by: number };
}

/**
 * A recurrent cell seen from BPTT. `back` steps back over step i (0-based) from
 * cache.dhCur = ∂L/∂hₜ (total): adds the cell's parameter gradient into grads (when given),
 * writes ∂L/∂hₜ₋₁ into cache.dhNext (and carries any other state, e.g. an LSTM's cell state,
 * itself), and adds this sweep's per-step quantities into the cell's per-step sums.
 * `begin` clears the carried state before a sweep; `clear` zeroes the per-step sums of steps
 * 0 … T − 1 before a backward pass.
 */
export interface TimeCell<L, C extends RnnCache> {
  back(layer: L, cache: C, p: Float64Array, grads: Float64Array | null, i: number): void;
  begin(cache: C): void;
  clear(cache: C, T: number): void;
}

/** The Elman cell: the record's backward, and δ = ∂L/∂aₜ summed over sweeps. */
const ELMAN: TimeCell<RnnLayer, RnnCache> = {
  back(layer, cache, p, grads, i) {
    // δₛ, the cell's parameter gradient and Whhᵀ·δₛ into dhNext (the record's backward)
    rnnRecord.backward(layer, cache, p, cache.x[i], grads, null, i);
    const H = layer.problem.spec.hidden;
    const deltaSum = cache.delta[i];
    const { deltaCur } = cache;
    for (let j = 0; j < H; j += 1) deltaSum[j] += deltaCur[j];
  },
  begin() {},
  clear(cache, T) {
    for (let i = 0; i < T; i += 1) cache.delta[i].fill(0);
  },
};

/**
 * One backward sweep ending at step `at` (1-based) over steps lo … at, injecting the scored
 * steps after `injectedUpTo`; hₗₒ₋₁ is held constant. For s = at down to lo:
 *   dhₛ = Whhᵀ·δₛ₊₁ (0 at s = at) + Whyᵀ·dzₛ (injected, readout) or dyₛ (injected, no readout)
 *   δₛ = f′(aₛ) ⊙ dhₛ
 *   ∂Wxh += δₛ xₛᵀ,  ∂Whh += δₛ hₛ₋₁ᵀ (s = lo included),  ∂bh += δₛ
 *   ∂Why += dzₛ hₛᵀ,  ∂by += dzₛ (injected steps)
 * Adds into grads (mutates grads) and into cache.dh / cache.delta.
 */
function sweep<L extends ReadoutLayer, C extends RnnCache>(
  cell: TimeCell<L, C>,
  layer: L,
  p: Float64Array,
  cache: C,
  grads: Float64Array | null,
  end: number,
  lo: number,
  injectedUpTo: number,
): void {
  const at = layer.offsets;
  const { hidden: H, outputs: O, readout } = layer.problem.spec;
  const { dhCur, dhNext } = cache;
  dhNext.fill(0);
  cell.begin(cache);
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
    cell.back(layer, cache, p, grads, i);
    const dhSum = cache.dh[i];
    for (let j = 0; j < H; j += 1) dhSum[j] += dhCur[j];
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
  backThroughTime(ELMAN, layer, p, cache, grads, sweeps);
}

/** rnnBackward for any cell: the same schedule, the cell's own step back. */
export function backThroughTime<L extends ReadoutLayer, C extends RnnCache>(
  cell: TimeCell<L, C>,
  layer: L,
  p: Float64Array,
  cache: C,
  grads: Float64Array | null,
  sweeps: SweepTrace[] | null = null,
): void {
  const T = cache.T;
  for (let i = 0; i < T; i += 1) cache.dh[i].fill(0);
  cell.clear(cache, T);
  const bptt = layer.problem.sequence.bptt;
  if (bptt.mode === 'full') {
    sweep(cell, layer, p, cache, grads, T, 1, 0);
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
    if (hasScoredUpTo(cache, after, stop)) sweep(cell, layer, p, cache, grads, stop, lo, after);
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
