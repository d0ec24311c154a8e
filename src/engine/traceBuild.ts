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

/**
 * The same trace from row r of a batch-major chunk (mlpRows.ts, no dropout: no masks) of a net
 * of `sizes`, for sample `index` whose loss was `loss`.
 */
export function buildRowTrace(
  index: number,
  ws: RowsWorkspace,
  r: number,
  sizes: readonly number[],
  loss: number,
): SampleTrace {
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  const layers: LayerTrace[] = [];
  for (let l = 0; l < ws.z.length; l += 1) {
    const o = r * sizes[l + 1];
    const end = o + sizes[l + 1];
    layers.push({
      z: ws.z[l].slice(o, end),
      a: ws.a[l].slice(o, end),
      dLda: ws.da[l].slice(o, end),
      delta: ws.dz[l].slice(o, end),
      mask: null,
    });
  }
  return {
    index,
    input: ws.x.slice(r * nIn, r * nIn + nIn),
    target: ws.t.slice(r * nOut, r * nOut + nOut),
    layers,
    loss,
  };
}
