// conv2d as a layer record: cross-correlation over the zero-padded input,
//   z[f][i][j] = b[f] + Σ_c Σ_m Σ_n K[f][c][m][n] · X̃[c][i·s+m][j·s+n],
// then the activation; backward: ∂K += Σ δ ⊙ patch, ∂b += Σ δ, and ∂L/∂X scattered back
// through K (the full convolution of δ with the flipped kernel). Whole batch per call.
import type { LayerRecord } from '../model';
import { activateBackward, activateForward } from './activate';
import { traceRow } from './traceRow';
import type { CnnCache, CnnLayer, CnnLayerTrace } from './types';

/** The conv spec of a layer (the record is only ever given conv2d layers). */
function convSpec(layer: CnnLayer): Extract<CnnLayer['spec'], { type: 'conv2d' }> {
  const spec = layer.spec;
  if (spec.type !== 'conv2d') throw new Error('not a conv2d layer');
  return spec;
}

export const convRecord: LayerRecord<CnnLayer, CnnCache, CnnLayerTrace> = {
  kind: 'conv2d',
  createCache() {
    throw new Error('conv caches come from createCnnCache (they need the batch capacity)');
  },
  forward(layer, cache, params, x) {
    const spec = convSpec(layer);
    const C = layer.inShape[0];
    const H = layer.inShape[1];
    const W = layer.inShape[2];
    const F = layer.outShape[0];
    const OH = layer.outShape[1];
    const OW = layer.outShape[2];
    const k = spec.size;
    const st = spec.stride;
    const p = spec.padding;
    const nIn = layer.nIn;
    const nOut = layer.nOut;
    const z = cache.z;
    const kk = k * k;
    for (let s = 0; s < cache.count; s += 1) {
      const xs = s * nIn;
      let o = s * nOut;
      for (let f = 0; f < F; f += 1) {
        const bias = params[layer.b + f];
        const kf = layer.w + f * C * kk;
        for (let i = 0; i < OH; i += 1) {
          for (let j = 0; j < OW; j += 1) {
            let sum = bias;
            for (let c = 0; c < C; c += 1) {
              const kc = kf + c * kk;
              const xc = xs + c * H * W;
              for (let m = 0; m < k; m += 1) {
                const y = i * st + m - p;
                if (y < 0 || y >= H) continue;
                const km = kc + m * k;
                const xr = xc + y * W;
                for (let n = 0; n < k; n += 1) {
                  const xx = j * st + n - p;
                  if (xx >= 0 && xx < W) sum += params[km + n] * x[xr + xx];
                }
              }
            }
            z[o] = sum;
            o += 1;
          }
        }
      }
    }
    activateForward(layer, cache);
  },
  backward(layer, cache, params, x, grads, dx) {
    activateBackward(layer, cache);
    const spec = convSpec(layer);
    const C = layer.inShape[0];
    const H = layer.inShape[1];
    const W = layer.inShape[2];
    const F = layer.outShape[0];
    const OH = layer.outShape[1];
    const OW = layer.outShape[2];
    const k = spec.size;
    const st = spec.stride;
    const p = spec.padding;
    const nIn = layer.nIn;
    const nOut = layer.nOut;
    const dz = cache.dz;
    const kk = k * k;
    if (dx) dx.fill(0, 0, cache.count * nIn);
    for (let s = 0; s < cache.count; s += 1) {
      const xs = s * nIn;
      let o = s * nOut;
      for (let f = 0; f < F; f += 1) {
        const kf = layer.w + f * C * kk;
        for (let i = 0; i < OH; i += 1) {
          for (let j = 0; j < OW; j += 1) {
            const g = dz[o];
            o += 1;
            if (g === 0) continue;
            if (grads) grads[layer.b + f] += g;
            for (let c = 0; c < C; c += 1) {
              const kc = kf + c * kk;
              const xc = xs + c * H * W;
              for (let m = 0; m < k; m += 1) {
                const y = i * st + m - p;
                if (y < 0 || y >= H) continue;
                const km = kc + m * k;
                const xr = xc + y * W;
                for (let n = 0; n < k; n += 1) {
                  const xx = j * st + n - p;
                  if (xx < 0 || xx >= W) continue;
                  if (grads) grads[km + n] += g * x[xr + xx];
                  if (dx) dx[xr + xx] += g * params[km + n];
                }
              }
            }
          }
        }
      }
    }
  },
  trace(layer, cache, t) {
    return traceRow(layer, cache, t);
  },
};
