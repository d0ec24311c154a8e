// The flat layers as records: flatten (a copy: maps channel by channel, row by row) and
// dense (z = W·x + b, then the activation), whole batch per call.
import type { LayerRecord } from '../model';
import { activateBackward, activateForward } from './activate';
import { traceRow } from './traceRow';
import type { CnnCache, CnnLayer, CnnLayerTrace } from './types';

const noCache = (): never => {
  throw new Error('CNN caches come from createCnnCache (they need the batch capacity)');
};

export const flattenRecord: LayerRecord<CnnLayer, CnnCache, CnnLayerTrace> = {
  kind: 'flatten',
  createCache: noCache,
  forward(layer, cache, _params, x) {
    const end = cache.count * layer.nOut;
    for (let k = 0; k < end; k += 1) cache.a[k] = x[k];
  },
  backward(layer, cache, _params, _x, _grads, dx) {
    if (!dx) return;
    const end = cache.count * layer.nOut;
    for (let k = 0; k < end; k += 1) dx[k] = cache.da[k];
  },
  trace: traceRow,
};

export const cnnDenseRecord: LayerRecord<CnnLayer, CnnCache, CnnLayerTrace> = {
  kind: 'dense',
  createCache: noCache,
  forward(layer, cache, params, x) {
    const { nIn, nOut } = layer;
    for (let s = 0; s < cache.count; s += 1) {
      const xs = s * nIn;
      for (let u = 0; u < nOut; u += 1) {
        const wu = layer.w + u * nIn;
        let sum = params[layer.b + u];
        for (let i = 0; i < nIn; i += 1) sum += params[wu + i] * x[xs + i];
        cache.z[s * nOut + u] = sum;
      }
    }
    activateForward(layer, cache);
  },
  backward(layer, cache, params, x, grads, dx) {
    activateBackward(layer, cache);
    const { nIn, nOut } = layer;
    if (dx) dx.fill(0, 0, cache.count * nIn);
    for (let s = 0; s < cache.count; s += 1) {
      const xs = s * nIn;
      for (let u = 0; u < nOut; u += 1) {
        const g = cache.dz[s * nOut + u];
        if (g === 0) continue;
        const wu = layer.w + u * nIn;
        if (grads) {
          grads[layer.b + u] += g;
          for (let i = 0; i < nIn; i += 1) grads[wu + i] += g * x[xs + i];
        }
        if (dx) for (let i = 0; i < nIn; i += 1) dx[xs + i] += g * params[wu + i];
      }
    }
  },
  trace: traceRow,
};
