// A dense layer's z = W·x + b over a block of rows stored feature-major (entry i of row r at
// i·count + r): for two outputs at a time and four inputs per pass, each row's four x values
// are loaded once for both outputs, and the weights sit in locals. Every z_j[r] is still
// b_j + W[j][0]·x_0 + W[j][1]·x_1 + … summed left to right, one rounding per step, as in the
// per-sample pass (dense.ts), so the bits are the same; the loops are long and independent
// instead of one short dependent sum per entry (2–3× faster on 8-wide layers). Also the
// activation over such a block (activateRows), for the grid's and the batch's passes alike.
import type { Activation, LayerShape } from './types';

/**
 * Rows ra and ra + nIn of W (outputs a and b): z_a = b_a + Σ_i W[a][i]·x_i and the same for b
 * over r < count, i in order (the first pass starts from the biases).
 */
function pairPass(
  p: Float64Array,
  ra: number,
  nIn: number,
  x: Float64Array,
  z: Float64Array,
  za: number,
  count: number,
  ba: number,
  bb: number,
): void {
  const rb = ra + nIn;
  const zb = za + count;
  let i: number;
  if (nIn >= 4) {
    const a0 = p[ra];
    const a1 = p[ra + 1];
    const a2 = p[ra + 2];
    const a3 = p[ra + 3];
    const b0 = p[rb];
    const b1 = p[rb + 1];
    const b2 = p[rb + 2];
    const b3 = p[rb + 3];
    for (let r = 0; r < count; r += 1) {
      const x0 = x[r];
      const x1 = x[count + r];
      const x2 = x[2 * count + r];
      const x3 = x[3 * count + r];
      z[za + r] = ba + a0 * x0 + a1 * x1 + a2 * x2 + a3 * x3;
      z[zb + r] = bb + b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3;
    }
    i = 4;
  } else {
    const a0 = p[ra];
    const b0 = p[rb];
    for (let r = 0; r < count; r += 1) {
      const x0 = x[r];
      z[za + r] = ba + a0 * x0;
      z[zb + r] = bb + b0 * x0;
    }
    i = 1;
  }
  for (; i + 3 < nIn; i += 4) {
    const a0 = p[ra + i];
    const a1 = p[ra + i + 1];
    const a2 = p[ra + i + 2];
    const a3 = p[ra + i + 3];
    const b0 = p[rb + i];
    const b1 = p[rb + i + 1];
    const b2 = p[rb + i + 2];
    const b3 = p[rb + i + 3];
    const o = i * count;
    for (let r = 0; r < count; r += 1) {
      const x0 = x[o + r];
      const x1 = x[o + count + r];
      const x2 = x[o + 2 * count + r];
      const x3 = x[o + 3 * count + r];
      z[za + r] = z[za + r] + a0 * x0 + a1 * x1 + a2 * x2 + a3 * x3;
      z[zb + r] = z[zb + r] + b0 * x0 + b1 * x1 + b2 * x2 + b3 * x3;
    }
  }
  for (; i < nIn; i += 1) {
    const a = p[ra + i];
    const b = p[rb + i];
    const o = i * count;
    for (let r = 0; r < count; r += 1) {
      const xi = x[o + r];
      z[za + r] = z[za + r] + a * xi;
      z[zb + r] = z[zb + r] + b * xi;
    }
  }
}

/** One output's row `ra` of W: z_a = b_a + Σ W[a][i]·x_i over r < count, i in order. */
function singlePass(
  p: Float64Array,
  ra: number,
  nIn: number,
  x: Float64Array,
  z: Float64Array,
  za: number,
  count: number,
  ba: number,
): void {
  let i: number;
  if (nIn >= 4) {
    const a0 = p[ra];
    const a1 = p[ra + 1];
    const a2 = p[ra + 2];
    const a3 = p[ra + 3];
    for (let r = 0; r < count; r += 1)
      z[za + r] =
        ba + a0 * x[r] + a1 * x[count + r] + a2 * x[2 * count + r] + a3 * x[3 * count + r];
    i = 4;
  } else {
    const a0 = p[ra];
    for (let r = 0; r < count; r += 1) z[za + r] = ba + a0 * x[r];
    i = 1;
  }
  for (; i + 3 < nIn; i += 4) {
    const a0 = p[ra + i];
    const a1 = p[ra + i + 1];
    const a2 = p[ra + i + 2];
    const a3 = p[ra + i + 3];
    const o = i * count;
    for (let r = 0; r < count; r += 1)
      z[za + r] =
        z[za + r] +
        a0 * x[o + r] +
        a1 * x[o + count + r] +
        a2 * x[o + 2 * count + r] +
        a3 * x[o + 3 * count + r];
  }
  for (; i < nIn; i += 1) {
    const a = p[ra + i];
    const o = i * count;
    for (let r = 0; r < count; r += 1) z[za + r] = z[za + r] + a * x[o + r];
  }
}

/**
 * z = W·x + b of layer `shape` for `count` rows: x feature-major [nIn, count], z feature-major
 * [nOut, count], both with stride count; W and b read from p.
 */
export function denseBlock(
  p: Float64Array,
  shape: LayerShape,
  x: Float64Array,
  z: Float64Array,
  count: number,
): void {
  const { nIn, nOut, wOffset, bOffset } = shape;
  let j = 0;
  for (; j + 1 < nOut; j += 2)
    pairPass(p, wOffset + j * nIn, nIn, x, z, j * count, count, p[bOffset + j], p[bOffset + j + 1]);
  if (j < nOut) singlePass(p, wOffset + j * nIn, nIn, x, z, j * count, count, p[bOffset + j]);
}

/**
 * The backward pass of layer `shape` for `count` rows, feature-major (stride count), as
 * dense.ts's backwardFromDelta sample by sample: grads b_j += δ_j[r] and W[j][i] += δ_j[r]·x_i[r],
 * each entry summing its rows in order (four entries at a time, in locals); dx_i[r] =
 * 0 + W[0][i]·δ_0[r], then + W[j][i]·δ_j[r] for j in order (dx null: the input layer).
 */
export function denseBackwardBlock(
  p: Float64Array,
  shape: LayerShape,
  dz: Float64Array,
  x: Float64Array,
  count: number,
  grads: Float64Array,
  dx: Float64Array | null,
): void {
  const { nIn, nOut, wOffset, bOffset } = shape;
  for (let j = 0; j < nOut; j += 1) {
    const jo = j * count;
    let gb = grads[bOffset + j];
    for (let r = 0; r < count; r += 1) gb += dz[jo + r];
    grads[bOffset + j] = gb;
    const row = wOffset + j * nIn;
    let i = 0;
    for (; i + 3 < nIn; i += 4) {
      const o = i * count;
      let g0 = grads[row + i];
      let g1 = grads[row + i + 1];
      let g2 = grads[row + i + 2];
      let g3 = grads[row + i + 3];
      for (let r = 0; r < count; r += 1) {
        const d = dz[jo + r];
        g0 += d * x[o + r];
        g1 += d * x[o + count + r];
        g2 += d * x[o + 2 * count + r];
        g3 += d * x[o + 3 * count + r];
      }
      grads[row + i] = g0;
      grads[row + i + 1] = g1;
      grads[row + i + 2] = g2;
      grads[row + i + 3] = g3;
    }
    for (; i < nIn; i += 1) {
      const o = i * count;
      let g = grads[row + i];
      for (let r = 0; r < count; r += 1) g += dz[jo + r] * x[o + r];
      grads[row + i] = g;
    }
    if (!dx) continue;
    for (let k = 0; k < nIn; k += 1) {
      const w = p[row + k];
      const o = k * count;
      if (j === 0) for (let r = 0; r < count; r += 1) dx[o + r] = 0 + w * dz[jo + r];
      else for (let r = 0; r < count; r += 1) dx[o + r] = dx[o + r] + w * dz[jo + r];
    }
  }
}

/**
 * a = f(z) for `count` rows of n (feature-major): elementwise activations in one call, vector
 * ones (softmax) row by row through the row buffers.
 */
export function activateRows(
  act: Activation,
  z: Float64Array,
  a: Float64Array,
  n: number,
  count: number,
  zRow: Float64Array,
  aRow: Float64Array,
): void {
  if (act.kind === 'elementwise') {
    act.forward(z, a, count * n);
    return;
  }
  for (let r = 0; r < count; r += 1) {
    for (let j = 0; j < n; j += 1) zRow[j] = z[j * count + r];
    act.forward(zRow, aRow, n);
    for (let j = 0; j < n; j += 1) a[j * count + r] = aRow[j];
  }
}
