// The recurrent tape: every step's values and derivatives, allocated up front for the longest
// sequence, so forward and backward passes allocate nothing. Per-step arrays are views.
import type { RnnSpec, SequenceDataset } from './types';

/** Index i is step t = i + 1; h has one more row: h[0] = h₀ = 0, h[t] = hₜ. */
export interface RnnCache {
  readonly maxT: number;
  /** Steps of the loaded sequence. */
  T: number;
  /** x[i]: [I] */
  readonly x: Float64Array[];
  /** a[i]: [H] pre-activations aₜ */
  readonly a: Float64Array[];
  /** h[t]: [H], t = 0 … maxT */
  readonly h: Float64Array[];
  /** z[i]: [O] readout pre-activations (unused without a readout) */
  readonly z: Float64Array[];
  /** y[i]: [O] readout (a view of h[i + 1] without a readout) */
  readonly y: Float64Array[];
  /** target[i]: [O], meaningful where scored[i] = 1 */
  readonly target: Float64Array[];
  readonly scored: Uint8Array;
  /** ℓₜ of scored steps */
  readonly stepLoss: Float64Array;
  /** dy[i] = ∂L/∂yₜ, dz[i] = ∂L/∂zₜ (readout), scored steps only */
  readonly dy: Float64Array[];
  readonly dz: Float64Array[];
  /** dh[i] = ∂L/∂hₜ and delta[i] = ∂L/∂aₜ, summed over sweeps */
  readonly dh: Float64Array[];
  readonly delta: Float64Array[];
  /** Scratch of one sweep: [H] each */
  readonly dhCur: Float64Array;
  readonly dhNext: Float64Array;
  readonly deltaCur: Float64Array;
}

/** Rows of `width` entries over one buffer, as views. */
function rows(count: number, width: number): Float64Array[] {
  const buffer = new Float64Array(count * width);
  return Array.from({ length: count }, (_, k) => buffer.subarray(k * width, (k + 1) * width));
}

export function createRnnCache(spec: RnnSpec, maxT: number): RnnCache {
  const { inputs: I, hidden: H, outputs: O } = spec;
  const h = rows(maxT + 1, H);
  return {
    maxT,
    T: 0,
    x: rows(maxT, I),
    a: rows(maxT, H),
    h,
    z: rows(maxT, O),
    y: spec.readout ? rows(maxT, O) : h.slice(1),
    target: rows(maxT, O),
    scored: new Uint8Array(maxT),
    stepLoss: new Float64Array(maxT),
    dy: rows(maxT, O),
    dz: rows(maxT, O),
    dh: rows(maxT, H),
    delta: rows(maxT, H),
    dhCur: new Float64Array(H),
    dhNext: new Float64Array(H),
    deltaCur: new Float64Array(H),
  };
}

/** The longest sequence of a data set (at least 1). */
export function longestSequence(data: SequenceDataset): number {
  let max = 1;
  for (let s = 0; s < data.n; s += 1) if (data.lengths[s] > max) max = data.lengths[s];
  return max;
}

/** Copies sequence `index` of `data` into the cache (mutates cache): inputs, targets, scored. */
export function loadSequence(cache: RnnCache, data: SequenceDataset, index: number): void {
  const T = data.lengths[index];
  if (T > cache.maxT)
    throw new RangeError(`sequence ${index} has ${T} steps; the cache ${cache.maxT}`);
  const { nIn, nOut, inputs, targets } = data;
  const start = data.starts[index];
  cache.T = T;
  cache.h[0].fill(0); // h₀ = 0 (a gradient check may have frozen another state here)
  for (let i = 0; i < T; i += 1) {
    const x = cache.x[i];
    for (let k = 0, o = (start + i) * nIn; k < nIn; k += 1) x[k] = inputs[o + k];
  }
  cache.scored.fill(0, 0, T);
  if (data.readout === 'every-step') {
    for (let i = 0; i < T; i += 1) {
      cache.scored[i] = 1;
      const t = cache.target[i];
      for (let k = 0, o = (start + i) * nOut; k < nOut; k += 1) t[k] = targets[o + k];
    }
  } else {
    cache.scored[T - 1] = 1;
    const t = cache.target[T - 1];
    for (let k = 0, o = index * nOut; k < nOut; k += 1) t[k] = targets[o + k];
  }
}
