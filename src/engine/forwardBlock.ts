// Many inputs through the net layer by layer (batch-major), a block of rows at a time, with
// the block's buffers feature-major: entry j of row r at j·count + r. Each layer's
// z_j = b_j + Σ_i W[j][i]·x_i runs over the whole block with the weight in a local (long
// independent loops instead of an 8-step dependent sum per entry), and each activation runs
// once per layer and block; neighbouring grid points then sit side by side, so tanh's
// branches follow each other. Every entry takes the same operations in the same order as the
// per-sample forward pass (dense.ts: b first, then + w_i·x_i for i in order), so the bits are
// the same (tests/engine/forwardBlock.test.ts). For a grid (forwardGridBlocks), the first
// layer's b_j + w_j0·x is computed once per column and + w_j1·y once per row: the same two
// roundings per point, in the same order.
import { activateRows, denseBlock } from './denseBlock';
import type { Network } from './types';

/** Rows per block: a 2-8-8-1 block's buffers stay in the first-level cache. */
const BLOCK = 256;

interface BlockBuffers {
  readonly sizes: string;
  /** The block's inputs, feature-major [nIn, count]. */
  readonly x: Float64Array;
  /** z of the current layer, feature-major [n_l, count] (one buffer, the widest layer). */
  readonly z: Float64Array;
  /** a of each non-input layer, feature-major [n_l, count]. */
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
      x: new Float64Array(BLOCK * net.sizes[0]),
      z: new Float64Array(BLOCK * widest),
      a: net.sizes.slice(1).map((m) => new Float64Array(BLOCK * m)),
      zRow: new Float64Array(widest),
      aRow: new Float64Array(widest),
    };
    buffers.set(net, b);
  }
  return b;
}

/** out[(r0 + r)·n + j] = a[j·count + r] (feature-major block to row-major rows). */
function writeRows(a: Float64Array, out: Float64Array, r0: number, n: number, count: number): void {
  if (n === 1) {
    for (let r = 0; r < count; r += 1) out[r0 + r] = a[r];
    return;
  }
  // sequential writes (the block's reads stay in the first-level cache)
  for (let r = 0, o = r0 * n; r < count; r += 1)
    for (let ao = r; ao < n * count; ao += count, o += 1) out[o] = a[ao];
}

/**
 * The layers after the first one's z (in b.z) for one block of `count` rows starting at row
 * r0: activations, the later layers, and the rows of every layer with outs[l] given.
 */
function finishBlock(
  net: Network,
  b: BlockBuffers,
  r0: number,
  count: number,
  outs: readonly (Float64Array | null)[],
): void {
  const p = net.params;
  const L = net.layers.length;
  for (let l = 0; l < L; l += 1) {
    const nOut = net.sizes[l + 1];
    if (l > 0) denseBlock(p, net.layers[l], b.a[l - 1], b.z, count);
    activateRows(net.activations[l], b.z, b.a[l], nOut, count, b.zRow, b.aRow);
    const out = outs[l];
    if (out) writeRows(b.a[l], out, r0, nOut, count);
  }
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
  const b = buffersFor(net);
  const nIn = net.sizes[0];
  for (let r0 = 0; r0 < n; r0 += BLOCK) {
    const count = Math.min(BLOCK, n - r0);
    for (let i = 0; i < nIn; i += 1) {
      const xo = i * count;
      for (let r = 0, o = r0 * nIn + i; r < count; r += 1, o += nIn) b.x[xo + r] = inputs[o];
    }
    denseBlock(net.params, net.layers[0], b.x, b.z, count);
    finishBlock(net, b, r0, count, outs);
  }
}

/**
 * forwardBlocks over the grid of points (xs[col], ys[row]), row-major (point row·nx + col), for
 * a net with 2 inputs: the first layer's z_j = (b_j + w_j0·x) + w_j1·y from a per-column and a
 * per-row part, the same numbers as forwardBlocks on those points.
 */
export function forwardGridBlocks(
  net: Network,
  xs: Float64Array,
  ys: Float64Array,
  outs: readonly (Float64Array | null)[],
): void {
  const b = buffersFor(net);
  const p = net.params;
  const { nOut, wOffset, bOffset } = net.layers[0];
  const nx = xs.length;
  const n = nx * ys.length;
  // cols[j·nx + col] = b_j + w_j0·x_col
  const cols = new Float64Array(nOut * nx);
  for (let j = 0; j < nOut; j += 1) {
    const bj = p[bOffset + j];
    const w = p[wOffset + 2 * j];
    for (let c = 0; c < nx; c += 1) cols[j * nx + c] = bj + w * xs[c];
  }
  const z = b.z;
  for (let r0 = 0; r0 < n; r0 += BLOCK) {
    const count = Math.min(BLOCK, n - r0);
    for (let j = 0; j < nOut; j += 1) {
      const w = p[wOffset + 2 * j + 1];
      const zo = j * count;
      // the block's points, one grid row's stretch at a time
      for (let r = 0, row = Math.floor(r0 / nx), col = r0 - row * nx; r < count; row += 1) {
        const len = Math.min(nx - col, count - r);
        const wy = w * ys[row];
        const co = j * nx + col - r;
        for (let end = r + len; r < end; r += 1) z[zo + r] = cols[co + r] + wy;
        col = 0;
      }
    }
    finishBlock(net, b, r0, count, outs);
  }
}
