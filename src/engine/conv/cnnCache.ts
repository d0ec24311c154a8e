// A CNN layer's batch cache: every buffer a pass writes, allocated once for `capacity`
// samples, with per-sample row views made up front (no allocation per pass).
import type { CnnCache, CnnLayer } from './types';

const EMPTY = new Float64Array(0);

function rows(buffer: Float64Array, n: number, capacity: number): Float64Array[] {
  if (buffer.length === 0) return [];
  const out: Float64Array[] = [];
  for (let s = 0; s < capacity; s += 1) out.push(buffer.subarray(s * n, (s + 1) * n));
  return out;
}

export function createCnnCache(layer: CnnLayer, capacity: number): CnnCache {
  const n = layer.nOut;
  const type = layer.spec.type;
  const activated = type === 'conv2d' || type === 'dense';
  const channels = type === 'batchnorm' ? layer.outShape[0] : 0;
  const buffer = (on: boolean): Float64Array => (on ? new Float64Array(capacity * n) : EMPTY);
  const z = buffer(activated);
  const a = buffer(true);
  const da = buffer(true);
  const dz = buffer(activated);
  return {
    count: 0,
    training: true,
    deltaReady: false,
    capacity,
    z,
    a,
    da,
    dz,
    zRows: rows(z, n, capacity),
    aRows: rows(a, n, capacity),
    daRows: rows(da, n, capacity),
    dzRows: rows(dz, n, capacity),
    argmax: new Int32Array(type === 'maxpool' ? capacity * n : 0),
    xhat: buffer(type === 'batchnorm'),
    mean: new Float64Array(channels),
    variance: new Float64Array(channels),
    invStd: new Float64Array(channels),
    sum1: new Float64Array(channels),
    sum2: new Float64Array(channels),
  };
}
