// Batch normalization as a layer record. Training: per channel c (over the batch and, after a
// conv, all positions; m values) μ = mean, σ² = biased variance, x̂ = (x − μ)/√(σ² + ε),
// y = γx̂ + β. Backward through x̂, μ and σ²:
//   ∂L/∂x = (1/√(σ²+ε))/m · (m·g − Σg − x̂·Σ(g·x̂)),  g = γ·∂L/∂y,
//   ∂L/∂γ = Σ ∂L/∂y·x̂,  ∂L/∂β = Σ ∂L/∂y.
// Evaluation: the running μ and σ² (a fixed affine map). Running statistics are updated by
// `updateRunningStats` after a training pass: r ← (1−m)·r + m·stat, the unbiased variance.
import type { LayerRecord } from '../model';
import { traceRow } from './traceRow';
import type { CnnCache, CnnLayer, CnnLayerTrace } from './types';

function settings(layer: CnnLayer): { epsilon: number; momentum: number } {
  const spec = layer.spec;
  if (spec.type !== 'batchnorm') throw new Error('not a batchnorm layer');
  return spec;
}

export const batchNormRecord: LayerRecord<CnnLayer, CnnCache, CnnLayerTrace> = {
  kind: 'batchnorm',
  createCache() {
    throw new Error('batchnorm caches come from createCnnCache (they need the batch capacity)');
  },
  forward(layer, cache, params, x) {
    const { epsilon } = settings(layer);
    const n = layer.nIn;
    const C = layer.inShape[0];
    const P = n / C;
    const B = cache.count;
    const m = B * P;
    const { mean, variance, invStd, xhat, a } = cache;
    for (let c = 0; c < C; c += 1) {
      if (cache.training) {
        let sum = 0;
        for (let s = 0; s < B; s += 1) {
          const base = s * n + c * P;
          for (let q = 0; q < P; q += 1) sum += x[base + q];
        }
        const mu = sum / m;
        let sq = 0;
        for (let s = 0; s < B; s += 1) {
          const base = s * n + c * P;
          for (let q = 0; q < P; q += 1) sq += (x[base + q] - mu) * (x[base + q] - mu);
        }
        mean[c] = mu;
        variance[c] = sq / m;
      } else {
        mean[c] = layer.state[layer.stateOffset + c];
        variance[c] = layer.state[layer.stateOffset + C + c];
      }
      invStd[c] = 1 / Math.sqrt(variance[c] + epsilon);
      const gamma = params[layer.w + c];
      const beta = params[layer.b + c];
      for (let s = 0; s < B; s += 1) {
        const base = s * n + c * P;
        for (let q = 0; q < P; q += 1) {
          const h = (x[base + q] - mean[c]) * invStd[c];
          xhat[base + q] = h;
          a[base + q] = gamma * h + beta;
        }
      }
    }
  },
  backward(layer, cache, params, _x, grads, dx) {
    const n = layer.nIn;
    const C = layer.inShape[0];
    const P = n / C;
    const B = cache.count;
    const m = B * P;
    const { invStd, xhat, da, sum1, sum2 } = cache;
    for (let c = 0; c < C; c += 1) {
      const gamma = params[layer.w + c];
      let dy = 0;
      let dyx = 0;
      for (let s = 0; s < B; s += 1) {
        const base = s * n + c * P;
        for (let q = 0; q < P; q += 1) {
          dy += da[base + q];
          dyx += da[base + q] * xhat[base + q];
        }
      }
      if (grads) {
        grads[layer.w + c] += dyx;
        grads[layer.b + c] += dy;
      }
      // Σg = γ·Σ∂L/∂y and Σ(g·x̂) = γ·Σ(∂L/∂y·x̂)
      sum1[c] = gamma * dy;
      sum2[c] = gamma * dyx;
      if (!dx) continue;
      const r = invStd[c];
      for (let s = 0; s < B; s += 1) {
        const base = s * n + c * P;
        for (let q = 0; q < P; q += 1) {
          const g = gamma * da[base + q];
          dx[base + q] = cache.training
            ? (r / m) * (m * g - sum1[c] - xhat[base + q] * sum2[c])
            : g * r;
        }
      }
    }
  },
  trace: traceRow,
};

/** r ← (1−m)·r + m·stat for the mean and the unbiased variance of the last training pass. */
export function updateRunningStats(layer: CnnLayer, cache: CnnCache): void {
  const { momentum } = settings(layer);
  const C = layer.inShape[0];
  const count = cache.count * (layer.nIn / C);
  const unbias = count > 1 ? count / (count - 1) : 1;
  const { state, stateOffset } = layer;
  for (let c = 0; c < C; c += 1) {
    state[stateOffset + c] = (1 - momentum) * state[stateOffset + c] + momentum * cache.mean[c];
    state[stateOffset + C + c] =
      (1 - momentum) * state[stateOffset + C + c] + momentum * cache.variance[c] * unbias;
  }
}
