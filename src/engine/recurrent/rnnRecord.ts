// The Elman cell as a layer record (like `dense`): one time step forward, one step back, and
// the step's trace, over the tape allocated up front. Allocates nothing per pass.
import { getActivation } from '../activations';
import type { LayerRecord, Noise } from '../model';
import type { TraceArena } from '../traceArena';
import { createRnnCache, type RnnCache } from './rnnCache';
import type { RnnOffsets } from './rnnLayout';
import type { RnnProblem, RnnTimeStepTrace } from './types';

/** The recurrent layer: its problem (sizes, activations, …) and where its blocks sit. */
export interface RnnLayer {
  readonly problem: RnnProblem;
  readonly offsets: RnnOffsets;
}

/** No dropout in recurrent layers: the noise a step is given. */
export const NO_NOISE: Noise = { dropout: 0, rng: null };

export const rnnRecord: LayerRecord<RnnLayer, RnnCache, RnnTimeStepTrace> & {
  /** A tape for sequences of up to maxT steps. */
  createTape(layer: RnnLayer, maxT: number): RnnCache;
  /** The step trace with its arrays copied into `arena` (see rnnTraceSize) instead of each its own. */
  trace(layer: RnnLayer, cache: RnnCache, t: number, arena?: TraceArena): RnnTimeStepTrace;
} = {
  kind: 'rnn',

  createCache(layer) {
    return createRnnCache(layer.problem.spec, 1);
  },

  createTape(layer, maxT) {
    return createRnnCache(layer.problem.spec, maxT);
  },

  /** Step t (0-based): aₜ = Wxh·x + Whh·hₜ₋₁ + bh, hₜ = f(aₜ), into cache.a[t], cache.h[t + 1]. */
  forward(layer, cache, p, x, _noise, t) {
    const { inputs: I, hidden: H } = layer.problem.spec;
    const at = layer.offsets;
    const hPrev = cache.h[t];
    const a = cache.a[t];
    const xt = cache.x[t];
    if (x !== xt) for (let k = 0; k < I; k += 1) xt[k] = x[k];
    for (let j = 0; j < H; j += 1) {
      let s = p[at.bh + j];
      const rx = at.Wxh + j * I;
      for (let k = 0; k < I; k += 1) s += p[rx + k] * xt[k];
      const rh = at.Whh + j * H;
      for (let k = 0; k < H; k += 1) s += p[rh + k] * hPrev[k];
      a[j] = s;
    }
    getActivation(layer.problem.spec.activation).forward(a, cache.h[t + 1], H);
  },

  /**
   * Step t (0-based) back, from cache.dhCur = ∂L/∂hₜ: δ = f′(aₜ) ⊙ dh into cache.deltaCur;
   * ∂Wxh += δ xᵀ, ∂Whh += δ hₜ₋₁ᵀ, ∂bh += δ (mutates grads); cache.dhNext = Whhᵀ·δ (what
   * flows to step t − 1); dx = Wxhᵀ·δ when asked.
   */
  backward(layer, cache, p, x, grads, dx, t) {
    const { inputs: I, hidden: H } = layer.problem.spec;
    const at = layer.offsets;
    const { dhCur, dhNext, deltaCur } = cache;
    getActivation(layer.problem.spec.activation).backward(
      cache.a[t],
      cache.h[t + 1],
      dhCur,
      deltaCur,
      H,
    );
    const hPrev = cache.h[t];
    dhNext.fill(0);
    if (dx) dx.fill(0);
    for (let j = 0; j < H; j += 1) {
      const d = deltaCur[j];
      const rx = at.Wxh + j * I;
      const rh = at.Whh + j * H;
      if (grads) {
        grads[at.bh + j] += d;
        for (let k = 0; k < I; k += 1) grads[rx + k] += d * x[k];
        for (let k = 0; k < H; k += 1) grads[rh + k] += d * hPrev[k];
      }
      for (let k = 0; k < H; k += 1) dhNext[k] += p[rh + k] * d;
      if (dx) for (let k = 0; k < I; k += 1) dx[k] += p[rx + k] * d;
    }
  },

  /** Fresh copies of step t (0-based) as the contract's step trace (1-based t). */
  trace(_layer, cache, t, arena?: TraceArena) {
    const copy = arena ? (a: Float64Array) => arena.copy(a) : (a: Float64Array) => a.slice();
    const scored = cache.scored[t] === 1;
    return {
      t: t + 1,
      x: copy(cache.x[t]),
      a: copy(cache.a[t]),
      h: copy(cache.h[t + 1]),
      y: copy(cache.y[t]),
      target: scored ? copy(cache.target[t]) : null,
      loss: scored ? cache.stepLoss[t] : null,
      dLdy: scored ? copy(cache.dy[t]) : null,
      dLdh: copy(cache.dh[t]),
      delta: copy(cache.delta[t]),
    };
  },
};

/** Entries rnnRecord.trace copies for the T steps of the sequence in the cache. */
export function rnnTraceSize(cache: RnnCache, T: number): number {
  let total = 0;
  for (let i = 0; i < T; i += 1) {
    const y = cache.y[i].length;
    total += cache.x[i].length + 2 * cache.a[i].length + y + 2 * cache.dh[i].length;
    if (cache.scored[i] === 1) total += cache.target[i].length + cache.dy[i].length;
  }
  return total;
}
