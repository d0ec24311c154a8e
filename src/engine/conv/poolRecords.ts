// maxpool and avgpool as layer records (size, stride, no padding), whole batch per call.
// Max routes each output's gradient to the first maximum of its window in row-major order
// (PyTorch's and TensorFlow's rule); average splits it equally; overlapping windows add up.
import type { LayerRecord } from '../model';
import { traceRow } from './traceRow';
import type { CnnCache, CnnLayer, CnnLayerTrace } from './types';

/** The pooling spec of a layer (the records are only ever given pooling layers). */
function poolSpec(layer: CnnLayer): Extract<CnnLayer['spec'], { type: 'maxpool' | 'avgpool' }> {
  const spec = layer.spec;
  if (spec.type !== 'maxpool' && spec.type !== 'avgpool') throw new Error('not a pooling layer');
  return spec;
}

const noCache = (): never => {
  throw new Error('pooling caches come from createCnnCache (they need the batch capacity)');
};

export const maxPoolRecord: LayerRecord<CnnLayer, CnnCache, CnnLayerTrace> = {
  kind: 'maxpool',
  createCache: noCache,
  forward(layer, cache, _params, x) {
    const spec = poolSpec(layer);
    const k = spec.size;
    const st = spec.stride;
    const C = layer.inShape[0];
    const H = layer.inShape[1];
    const W = layer.inShape[2];
    const OH = layer.outShape[1];
    const OW = layer.outShape[2];
    const { a, argmax } = cache;
    let o = 0;
    for (let s = 0; s < cache.count; s += 1) {
      const xs = s * layer.nIn;
      for (let c = 0; c < C; c += 1) {
        const xc = c * H * W;
        for (let i = 0; i < OH; i += 1) {
          for (let j = 0; j < OW; j += 1) {
            let at = xc + i * st * W + j * st;
            let best = x[xs + at];
            for (let m = 0; m < k; m += 1) {
              for (let n = 0; n < k; n += 1) {
                const q = xc + (i * st + m) * W + j * st + n;
                // strictly greater: a tie keeps the first maximum in row-major order
                if (x[xs + q] > best) {
                  best = x[xs + q];
                  at = q;
                }
              }
            }
            a[o] = best;
            argmax[o] = at;
            o += 1;
          }
        }
      }
    }
  },
  backward(layer, cache, _params, _x, _grads, dx) {
    if (!dx) return;
    const nIn = layer.nIn;
    const nOut = layer.nOut;
    dx.fill(0, 0, cache.count * nIn);
    for (let s = 0; s < cache.count; s += 1) {
      for (let o = s * nOut; o < (s + 1) * nOut; o += 1)
        dx[s * nIn + cache.argmax[o]] += cache.da[o];
    }
  },
  trace: traceRow,
};

export const avgPoolRecord: LayerRecord<CnnLayer, CnnCache, CnnLayerTrace> = {
  kind: 'avgpool',
  createCache: noCache,
  forward(layer, cache, _params, x) {
    const spec = poolSpec(layer);
    const k = spec.size;
    const st = spec.stride;
    const C = layer.inShape[0];
    const H = layer.inShape[1];
    const W = layer.inShape[2];
    const OH = layer.outShape[1];
    const OW = layer.outShape[2];
    const scale = 1 / (k * k);
    let o = 0;
    for (let s = 0; s < cache.count; s += 1) {
      const xs = s * layer.nIn;
      for (let c = 0; c < C; c += 1) {
        const xc = xs + c * H * W;
        for (let i = 0; i < OH; i += 1) {
          for (let j = 0; j < OW; j += 1) {
            let sum = 0;
            for (let m = 0; m < k; m += 1) {
              const r = xc + (i * st + m) * W + j * st;
              for (let n = 0; n < k; n += 1) sum += x[r + n];
            }
            cache.a[o] = sum * scale;
            o += 1;
          }
        }
      }
    }
  },
  backward(layer, cache, _params, _x, _grads, dx) {
    if (!dx) return;
    const spec = poolSpec(layer);
    const k = spec.size;
    const st = spec.stride;
    const C = layer.inShape[0];
    const H = layer.inShape[1];
    const W = layer.inShape[2];
    const OH = layer.outShape[1];
    const OW = layer.outShape[2];
    const scale = 1 / (k * k);
    dx.fill(0, 0, cache.count * layer.nIn);
    let o = 0;
    for (let s = 0; s < cache.count; s += 1) {
      const xs = s * layer.nIn;
      for (let c = 0; c < C; c += 1) {
        const xc = xs + c * H * W;
        for (let i = 0; i < OH; i += 1) {
          for (let j = 0; j < OW; j += 1) {
            const g = cache.da[o] * scale;
            o += 1;
            for (let m = 0; m < k; m += 1) {
              const r = xc + (i * st + m) * W + j * st;
              for (let n = 0; n < k; n += 1) dx[r + n] += g;
            }
          }
        }
      }
    }
  },
  trace: traceRow,
};
