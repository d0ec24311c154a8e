// Copies of an MLP workspace, or of one row of a batch-major chunk, into a SampleTrace (the
// step trace is built by mlp.ts).
// Only called for traced passes; every array is a fresh copy the caller may keep.
import type { RowsWorkspace } from './mlpRows';
import type { Workspace } from './propagate';
import type { LayerTrace, SampleTrace } from './types';

// slice() copies a typed array far faster than Float64Array.from (no iterator protocol).
const copy = (a: Float64Array): Float64Array => a.slice();

/** The trace of the sample last propagated through `ws`, whose loss was `loss`. */
export function buildSampleTrace(
  index: number,
  ws: Workspace,
  withMasks: boolean,
  loss: number,
): SampleTrace {
  return {
    index,
    input: copy(ws.x),
    target: copy(ws.t),
    layers: ws.z.map((z, l) => {
      const mask = ws.mask[l];
      return {
        z: copy(z),
        a: copy(ws.a[l]),
        dLda: copy(ws.da[l]),
        delta: copy(ws.dz[l]),
        mask: withMasks && mask ? copy(mask) : null,
      };
    }),
    loss,
  };
}

/** A copy of row r of a feature-major buffer of n entries per row and `rows` rows. */
function rowOf(a: Float64Array, r: number, n: number, rows: number): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k += 1) out[k] = a[k * rows + r];
  return out;
}

/**
 * The same trace from row r of a batch-major chunk of `rows` rows (mlpRows.ts, feature-major;
 * no dropout: no masks) of a net of `sizes`, for sample `index` whose loss was `loss`.
 */
export function buildRowTrace(
  index: number,
  ws: RowsWorkspace,
  r: number,
  rows: number,
  sizes: readonly number[],
  loss: number,
): SampleTrace {
  const layers: LayerTrace[] = [];
  for (let l = 0; l < ws.z.length; l += 1) {
    const n = sizes[l + 1];
    layers.push({
      z: rowOf(ws.z[l], r, n, rows),
      a: rowOf(ws.a[l], r, n, rows),
      dLda: rowOf(ws.da[l], r, n, rows),
      delta: rowOf(ws.dz[l], r, n, rows),
      mask: null,
    });
  }
  return {
    index,
    input: rowOf(ws.x, r, sizes[0], rows),
    target: rowOf(ws.t, r, sizes[sizes.length - 1], rows),
    layers,
    loss,
  };
}
