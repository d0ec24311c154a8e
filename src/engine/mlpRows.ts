// The MLP's training pass over a whole mini-batch, layer by layer (batch-major): each layer's
// z = W·x + b for a chunk of rows, its activation over the chunk in one call, then the
// backward pass layer by layer over the same rows. The chunk's buffers are feature-major
// (entry j of row r at j·rows + r, rows = the chunk's size) so that the dense loops run over
// rows with the weights in locals (denseBlock.ts). Every number takes the same operations in
// the same order as the per-sample pass (propagate.ts, dense.ts) — each gradient entry still
// sums its samples in batch order — so the bits are the same; what goes is the per-sample
// dispatch (a call per layer and record for every sample), which dominates tiny nets.
// Allocates nothing per pass.
import { activateRows, denseBackwardBlock, denseBlock } from './denseBlock';
import { crossEntropyFromLogits, getLoss, hasFusedDelta } from './losses';
import type { Activation, Dataset, LossName, Network } from './types';

/** Rows per chunk: a 2-8-8-1 chunk's buffers stay in the first-level cache. */
const CHUNK = 64;

/** Buffers for one chunk of rows, each [n, rows] feature-major (rows ≤ CHUNK). */
export interface RowsWorkspace {
  readonly sizes: string;
  readonly x: Float64Array;
  readonly t: Float64Array;
  /** Per non-input layer. */
  readonly z: Float64Array[];
  readonly a: Float64Array[];
  readonly da: Float64Array[];
  readonly dz: Float64Array[];
  /** One row of the widest layer, for the per-row loss and vector activations. */
  readonly row: readonly [Float64Array, Float64Array, Float64Array, Float64Array];
}

export function createRowsWorkspace(sizes: readonly number[]): RowsWorkspace {
  const widest = Math.max(...sizes);
  const per = () => sizes.slice(1).map((m) => new Float64Array(CHUNK * m));
  const row = () => new Float64Array(widest);
  return {
    sizes: sizes.join('-'),
    x: new Float64Array(CHUNK * sizes[0]),
    t: new Float64Array(CHUNK * sizes[sizes.length - 1]),
    z: per(),
    a: per(),
    da: per(),
    dz: per(),
    row: [row(), row(), row(), row()],
  };
}

/** δ = f′(z) ⊙ ∂L/∂a for `count` rows of n (as activateRows). */
function deltaRows(act: Activation, ws: RowsWorkspace, l: number, n: number, count: number): void {
  const { z, a, da, dz } = ws;
  if (act.kind === 'elementwise') {
    act.backward(z[l], a[l], da[l], dz[l], count * n);
    return;
  }
  // (indexed, not destructured: destructuring goes through an iterator)
  const zRow = ws.row[0];
  const aRow = ws.row[1];
  const daRow = ws.row[2];
  const dzRow = ws.row[3];
  for (let r = 0; r < count; r += 1) {
    for (let j = 0; j < n; j += 1) {
      zRow[j] = z[l][j * count + r];
      aRow[j] = a[l][j * count + r];
      daRow[j] = da[l][j * count + r];
    }
    act.backward(zRow, aRow, daRow, dzRow, n);
    for (let j = 0; j < n; j += 1) dz[l][j * count + r] = dzRow[j];
  }
}

/**
 * losses[c0 + r] = the loss of row r < count of the last forward pass (propagate.ts's
 * sampleLoss on that row); stops at the first non-finite one and returns its r, else −1.
 */
function rowLosses(
  net: Network,
  ws: RowsWorkspace,
  loss: LossName,
  count: number,
  losses: Float64Array,
  c0: number,
): number {
  const L = net.layers.length;
  const n = net.sizes[L];
  const act = net.activations[L - 1].name;
  const fused = hasFusedDelta(loss, act);
  const value = getLoss(loss).value;
  const yRow = ws.row[0];
  const tRow = ws.row[1];
  const y = fused ? ws.z[L - 1] : ws.a[L - 1];
  for (let r = 0; r < count; r += 1) {
    for (let k = 0; k < n; k += 1) {
      yRow[k] = y[k * count + r];
      tRow[k] = ws.t[k * count + r];
    }
    const v = fused ? crossEntropyFromLogits(yRow, tRow, n, act) : value(yRow, tRow, n, act);
    losses[c0 + r] = v;
    if (!Number.isFinite(v)) return r;
  }
  return -1;
}

/**
 * The output layer's δ for `count` rows (propagate.ts's backward, before the layer loop); with
 * `traced`, also ∂L/∂a where a fused δ does not need it (the per-sample pass always has it).
 */
function outputDelta(
  net: Network,
  ws: RowsWorkspace,
  loss: LossName,
  count: number,
  traced: boolean,
): void {
  const last = net.layers.length - 1;
  const n = net.sizes[last + 1];
  const act = net.activations[last];
  const a = ws.a[last];
  const t = ws.t;
  const fused = hasFusedDelta(loss, act.name);
  if (fused) {
    const dz = ws.dz[last];
    for (let k = 0; k < count * n; k += 1) dz[k] = a[k] - t[k];
    if (!traced) return;
  }
  const grad = getLoss(loss).grad;
  const yRow = ws.row[0];
  const tRow = ws.row[1];
  const dRow = ws.row[2];
  const da = ws.da[last];
  for (let r = 0; r < count; r += 1) {
    for (let k = 0; k < n; k += 1) {
      yRow[k] = a[k * count + r];
      tRow[k] = t[k * count + r];
    }
    grad(yRow, tRow, dRow, n, act.name);
    for (let k = 0; k < n; k += 1) da[k * count + r] = dRow[k];
  }
  if (!fused) deltaRows(act, ws, last, n, count);
}

/**
 * Called for each row r of a chunk of `rows` (the buffers' stride) after its backward pass,
 * with the row's sample s.
 */
export type RowVisitor = (ws: RowsWorkspace, r: number, rows: number, s: number) => void;

/**
 * Samples order[start … start+count) without dropout, as the per-sample pass gives them:
 * losses[s] = sample s's loss, and its gradient added into grads (mutates grads). Stops at
 * the first non-finite loss and returns its position s (grads then hold a part of the batch);
 * −1 when every loss is finite. With `visit`, each row's buffers (x, t, z, a, da, dz, as the
 * per-sample pass leaves them, ∂L/∂a of the output included) are shown to it in order.
 */
export function accumulateRows(
  net: Network,
  ws: RowsWorkspace,
  data: Dataset,
  order: Uint32Array,
  start: number,
  count: number,
  loss: LossName,
  grads: Float64Array,
  losses: Float64Array,
  visit: RowVisitor | null = null,
): number {
  const p = net.params;
  const L = net.layers.length;
  const { nIn, nOut, inputs, targets } = data;
  for (let c0 = 0; c0 < count; c0 += CHUNK) {
    const rows = Math.min(CHUNK, count - c0);
    for (let r = 0; r < rows; r += 1) {
      const index = order[start + c0 + r];
      for (let i = 0, o = index * nIn; i < nIn; i += 1) ws.x[i * rows + r] = inputs[o + i];
      for (let k = 0, o = index * nOut; k < nOut; k += 1) ws.t[k * rows + r] = targets[o + k];
    }
    for (let l = 0; l < L; l += 1) {
      denseBlock(p, net.layers[l], l === 0 ? ws.x : ws.a[l - 1], ws.z[l], rows);
      const act = net.activations[l];
      activateRows(act, ws.z[l], ws.a[l], net.sizes[l + 1], rows, ws.row[0], ws.row[1]);
    }
    const bad = rowLosses(net, ws, loss, rows, losses, c0);
    if (bad >= 0) return c0 + bad;
    outputDelta(net, ws, loss, rows, visit !== null);
    for (let l = L - 1; l >= 0; l -= 1) {
      const x = l === 0 ? ws.x : ws.a[l - 1];
      denseBackwardBlock(p, net.layers[l], ws.dz[l], x, rows, grads, l === 0 ? null : ws.da[l - 1]);
      if (l > 0) deltaRows(net.activations[l - 1], ws, l - 1, net.sizes[l], rows);
    }
    if (visit) for (let r = 0; r < rows; r += 1) visit(ws, r, rows, c0 + r);
  }
  return -1;
}
