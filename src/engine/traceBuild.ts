// Copies of an MLP workspace into a SampleTrace (the step trace is built by mlp.ts).
// Only called for traced passes; every array is a fresh copy the caller may keep.
import type { Workspace } from './propagate';
import type { SampleTrace } from './types';

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
