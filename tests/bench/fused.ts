// A hand-fused training loop for one kind of net (tanh hidden + sigmoid/squared error, or
// ReLU hidden + softmax/cross-entropy), mini-batch SGD: no abstraction, the practical limit.
import type { Workload } from './workloads';

export interface FusedState {
  readonly W: Float64Array[]; // W[l]: [nOut, nIn]
  readonly b: Float64Array[];
  readonly gW: Float64Array[];
  readonly gb: Float64Array[];
  readonly a: Float64Array[]; // a[0] = input
  readonly d: Float64Array[]; // δ per layer (index l+1)
}

export function createFusedState(w: Workload): FusedState {
  const W: Float64Array[] = [];
  const b: Float64Array[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < w.sizes.length; l += 1) {
    const n = w.sizes[l] * w.sizes[l + 1];
    W.push(w.initial.slice(offset, offset + n));
    b.push(w.initial.slice(offset + n, offset + n + w.sizes[l + 1]));
    offset += n + w.sizes[l + 1];
  }
  return {
    W,
    b,
    gW: W.map((m) => new Float64Array(m.length)),
    gb: b.map((v) => new Float64Array(v.length)),
    a: w.sizes.map((n) => new Float64Array(n)),
    d: w.sizes.map((n) => new Float64Array(n)),
  };
}

export function fusedEpoch(s: FusedState, w: Workload): number {
  const { W, b, gW, gb, a, d } = s;
  const sizes = w.sizes;
  const L = sizes.length - 1;
  const relu = w.hidden === 'relu';
  const softmax = w.output === 'softmax';
  for (let start = 0; start < w.n; start += w.batch) {
    const end = Math.min(w.n, start + w.batch);
    for (let l = 0; l < L; l += 1) {
      gW[l].fill(0);
      gb[l].fill(0);
    }
    for (let r = start; r < end; r += 1) {
      const x = a[0];
      for (let i = 0; i < w.nIn; i += 1) x[i] = w.inputs[r * w.nIn + i];
      for (let l = 0; l < L; l += 1) {
        const nIn = sizes[l];
        const nOut = sizes[l + 1];
        const Wl = W[l];
        const prev = a[l];
        const out = a[l + 1];
        for (let j = 0; j < nOut; j += 1) {
          let z = b[l][j];
          for (let i = 0; i < nIn; i += 1) z += Wl[j * nIn + i] * prev[i];
          out[j] =
            l < L - 1
              ? relu
                ? z > 0
                  ? z
                  : 0
                : Math.tanh(z)
              : softmax
                ? z
                : 1 / (1 + Math.exp(-z));
        }
      }
      const y = a[L];
      const dL = d[L];
      if (softmax) {
        let max = -Infinity;
        for (let k = 0; k < w.nOut; k += 1) if (y[k] > max) max = y[k];
        let sum = 0;
        for (let k = 0; k < w.nOut; k += 1) sum += y[k] = Math.exp(y[k] - max);
        for (let k = 0; k < w.nOut; k += 1) dL[k] = y[k] / sum - w.targets[r * w.nOut + k];
      } else {
        for (let k = 0; k < w.nOut; k += 1)
          dL[k] = (y[k] - w.targets[r * w.nOut + k]) * y[k] * (1 - y[k]);
      }
      for (let l = L - 1; l >= 0; l -= 1) {
        const nIn = sizes[l];
        const nOut = sizes[l + 1];
        const Wl = W[l];
        const g = gW[l];
        const prev = a[l];
        const dl = d[l + 1];
        const dPrev = d[l];
        if (l > 0) dPrev.fill(0);
        for (let j = 0; j < nOut; j += 1) {
          const dj = dl[j];
          gb[l][j] += dj;
          const row = j * nIn;
          for (let i = 0; i < nIn; i += 1) {
            g[row + i] += dj * prev[i];
            if (l > 0) dPrev[i] += Wl[row + i] * dj;
          }
        }
        if (l > 0) {
          for (let i = 0; i < nIn; i += 1) {
            const av = prev[i];
            dPrev[i] *= relu ? (av > 0 ? 1 : 0) : 1 - av * av;
          }
        }
      }
    }
    const scale = w.learningRate / (end - start);
    for (let l = 0; l < L; l += 1) {
      const Wl = W[l];
      const g = gW[l];
      for (let k = 0; k < Wl.length; k += 1) Wl[k] -= scale * g[k];
      for (let k = 0; k < b[l].length; k += 1) b[l][k] -= scale * gb[l][k];
    }
  }
  return w.n;
}
