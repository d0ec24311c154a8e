// Many inputs through the net layer by layer (batch-major): a block of rows at a time, each
// layer's z = W·x + b for the whole block, then its activation over the block in one call.
// Each entry takes the same operations in the same order as the per-sample forward pass
// (dense.ts), so the bits are the same; the loops run long and each activation runs once per
// layer and block instead of once per layer and row (grids of 10 000 points and more).
import type { Network } from './types';

/** Rows per block: a 2-8-8-1 block's buffers stay in the first-level cache. */
const BLOCK = 128;

interface BlockBuffers {
  readonly sizes: string;
  /** z and a of each non-input layer for one block, [BLOCK, n_l] row-major. */
  readonly z: Float64Array[];
  readonly a: Float64Array[];
  /** One row's z and a, for vector activations (softmax works row by row). */
  readonly zRow: Float64Array;
  readonly aRow: Float64Array;
}

const buffers = new WeakMap<Network, BlockBuffers>();

function buffersFor(net: Network): BlockBuffers {
  const sizes = net.sizes.join('-');
  let b = buffers.get(net);
  if (!b || b.sizes !== sizes) {
    const widest = Math.max(...net.sizes);
    b = {
      sizes,
      z: net.sizes.slice(1).map((m) => new Float64Array(BLOCK * m)),
      a: net.sizes.slice(1).map((m) => new Float64Array(BLOCK * m)),
      zRow: new Float64Array(widest),
      aRow: new Float64Array(widest),
    };
    buffers.set(net, b);
  }
  return b;
}

/**
 * The forward pass (no dropout) of rows 0 … n−1 of inputs [n, nIn]: for each non-input layer
 * l with outs[l] given, outs[l][r·n_l + j] = activation j of layer l+1 for row r.
 */
export function forwardBlocks(
  net: Network,
  inputs: Float64Array,
  n: number,
  outs: readonly (Float64Array | null)[],
): void {
  const { z, a, zRow, aRow } = buffersFor(net);
  const p = net.params;
  const L = net.layers.length;
  for (let r0 = 0; r0 < n; r0 += BLOCK) {
    const count = Math.min(BLOCK, n - r0);
    for (let l = 0; l < L; l += 1) {
      const { nIn, nOut, wOffset, bOffset } = net.layers[l];
      const x = l === 0 ? inputs : a[l - 1];
      const x0 = l === 0 ? r0 * nIn : 0;
      const zl = z[l];
      // Row-major [count, nOut]: z_j = b_j + Σ_i W[j][i]·x_i, i in order, as in dense.ts.
      for (let r = 0; r < count; r += 1) {
        const xo = x0 + r * nIn;
        const zo = r * nOut;
        for (let j = 0; j < nOut; j += 1) {
          let s = p[bOffset + j];
          const row = wOffset + j * nIn;
          for (let i = 0; i < nIn; i += 1) s += p[row + i] * x[xo + i];
          zl[zo + j] = s;
        }
      }
      const act = net.activations[l];
      const al = a[l];
      if (act.kind === 'elementwise') act.forward(zl, al, count * nOut);
      else {
        for (let r = 0; r < count; r += 1) {
          for (let j = 0; j < nOut; j += 1) zRow[j] = zl[r * nOut + j];
          act.forward(zRow, aRow, nOut);
          for (let j = 0; j < nOut; j += 1) al[r * nOut + j] = aRow[j];
        }
      }
      const out = outs[l];
      if (out) for (let k = 0, o = r0 * nOut; k < count * nOut; k += 1) out[o + k] = al[k];
    }
  }
}
