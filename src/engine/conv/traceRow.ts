// Sample t's row of a layer cache as its trace: fresh copies of a and ∂L/∂a, z and δ where the
// layer has an activation, the statistics and x̂ for batch norm.
import type { CnnCache, CnnLayer, CnnLayerTrace } from './types';

export function traceRow(layer: CnnLayer, cache: CnnCache, t: number): CnnLayerTrace {
  const n = layer.nOut;
  const row = (a: Float64Array): Float64Array => a.slice(t * n, (t + 1) * n);
  const base = {
    type: layer.spec.type,
    shape: [...layer.outShape],
    a: row(cache.a),
    dLda: row(cache.da),
  };
  if (layer.activation) return { ...base, z: row(cache.z), delta: row(cache.dz) };
  if (layer.spec.type === 'batchnorm')
    return {
      ...base,
      mean: cache.mean.slice(),
      variance: cache.variance.slice(),
      xhat: row(cache.xhat),
    };
  return base;
}
