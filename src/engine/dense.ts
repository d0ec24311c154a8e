// The dense (fully connected) layer as a record: z = W·x + b, a = f(z) (· dropout mask),
// and its derivatives, over caches allocated up front. Allocates nothing per pass.
import type { LayerRecord } from './model';
import type { Activation, LayerShape, LayerTrace } from './types';

/** One dense layer: where W [nOut, nIn] and b [nOut] sit, and its activation. */
export interface DenseLayer {
  readonly shape: LayerShape;
  /** Read at every pass; its owner may swap it between passes (a live activation change). */
  activation: Activation;
}

/** A dense layer's buffers, each of nOut entries. */
export interface DenseCache {
  readonly z: Float64Array;
  /** f(z) before the dropout mask (the same array as `a` without one). */
  readonly aPre: Float64Array;
  /** The activation passed on: f(z) · mask. */
  readonly a: Float64Array;
  /** ∂L/∂a */
  readonly da: Float64Array;
  /** δ = ∂L/∂z */
  readonly dz: Float64Array;
  /** Inverted-dropout multipliers, or null on a layer without dropout. */
  readonly mask: Float64Array | null;
  /** Scratch for da · mask. */
  readonly masked: Float64Array;
}

/**
 * The dense record. `backward` expects ∂L/∂a in cache.da — or, with `cache.dz` already set by
 * the model (a fused output delta such as y − t), call `backwardFromDelta` instead.
 */
export interface DenseRecord extends LayerRecord<DenseLayer, DenseCache, LayerTrace> {
  /** δ = f′(z) ⊙ (∂L/∂a ⊙ mask): cache.dz from cache.da. */
  delta(layer: DenseLayer, cache: DenseCache): void;
  /** The parameter gradient and ∂L/∂x from cache.dz (see `LayerRecord.backward`). */
  backwardFromDelta(
    layer: DenseLayer,
    cache: DenseCache,
    params: Float64Array,
    x: Float64Array,
    grads: Float64Array | null,
    dx: Float64Array | null,
  ): void;
}

export const DENSE: DenseRecord = {
  kind: 'dense',

  createCache(layer, { dropout }) {
    const n = layer.shape.nOut;
    const a = new Float64Array(n);
    const mask = dropout ? new Float64Array(n) : null;
    return {
      z: new Float64Array(n),
      aPre: mask ? new Float64Array(n) : a,
      a,
      da: new Float64Array(n),
      dz: new Float64Array(n),
      mask,
      masked: new Float64Array(n),
    };
  },

  // z_j = b_j + Σ_i W[j][i]·x_i; a = f(z); with a mask, each unit is kept with probability
  // 1 − p and scaled by 1/(1 − p) (inverted dropout), drawn in unit order from noise.rng.
  forward(layer, cache, p, x, noise) {
    const { nIn, nOut, wOffset, bOffset } = layer.shape;
    const z = cache.z;
    for (let j = 0; j < nOut; j += 1) {
      let s = p[bOffset + j];
      const row = wOffset + j * nIn;
      for (let i = 0; i < nIn; i += 1) s += p[row + i] * x[i];
      z[j] = s;
    }
    layer.activation.forward(z, cache.aPre, nOut);
    const mask = cache.mask;
    if (mask) {
      const { dropout, rng } = noise;
      const keep = 1 - dropout;
      for (let j = 0; j < nOut; j += 1) {
        const m = rng && dropout > 0 ? (rng.next() < dropout ? 0 : 1 / keep) : 1;
        mask[j] = m;
        cache.a[j] = cache.aPre[j] * m;
      }
    }
  },

  delta(layer, cache) {
    const n = layer.shape.nOut;
    const mask = cache.mask;
    let upstream = cache.da;
    if (mask) {
      // a = f(z)·m, so ∂L/∂f(z) = ∂L/∂a · m
      upstream = cache.masked;
      for (let j = 0; j < n; j += 1) upstream[j] = cache.da[j] * mask[j];
    }
    layer.activation.backward(cache.z, cache.aPre, upstream, cache.dz, n);
  },

  // ∂L/∂W[j][i] += δ_j · x_i,  ∂L/∂b_j += δ_j,  ∂L/∂x_i = Σ_j W[j][i] · δ_j: one pass per
  // weight row for both. dx starts at 0 + W[0][i]·δ_0 (the bits of zero-filling, then adding).
  backwardFromDelta(layer, cache, p, x, grads, dx) {
    const { nIn, nOut, wOffset, bOffset } = layer.shape;
    const dz = cache.dz;
    if (dx && nOut === 0) dx.fill(0);
    for (let j = 0; j < nOut; j += 1) {
      const d = dz[j];
      const row = wOffset + j * nIn;
      if (grads && dx) {
        grads[bOffset + j] += d;
        if (j === 0) {
          for (let i = 0; i < nIn; i += 1) {
            grads[row + i] += d * x[i];
            dx[i] = 0 + p[row + i] * d;
          }
        } else {
          for (let i = 0; i < nIn; i += 1) {
            grads[row + i] += d * x[i];
            dx[i] += p[row + i] * d;
          }
        }
      } else if (grads) {
        grads[bOffset + j] += d;
        for (let i = 0; i < nIn; i += 1) grads[row + i] += d * x[i];
      } else if (dx) {
        if (j === 0) for (let i = 0; i < nIn; i += 1) dx[i] = 0 + p[row + i] * d;
        else for (let i = 0; i < nIn; i += 1) dx[i] += p[row + i] * d;
      }
    }
  },

  backward(layer, cache, p, x, grads, dx) {
    DENSE.delta(layer, cache);
    DENSE.backwardFromDelta(layer, cache, p, x, grads, dx);
  },

  trace(_layer, cache) {
    return {
      z: cache.z.slice(),
      a: cache.a.slice(),
      dLda: cache.da.slice(),
      delta: cache.dz.slice(),
      mask: cache.mask ? cache.mask.slice() : null,
    };
  },
};
