// Demo data (not shipped): the 2-2-1 worked example computed by hand, and a seeded 64-32-10 net.
import { createRng } from '../../../src/engine/random';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

export function twoTwoOne() {
  const params = new Float64Array([0.15, 0.2, 0.25, 0.3, 0.35, 0.35, 0.4, 0.45, 0.6]);
  const x = new Float64Array([0.05, 0.1]);
  const t = 0.01;
  const h = new Float64Array(2);
  for (let j = 0; j < 2; j += 1)
    h[j] = sig(params[j * 2] * x[0] + params[j * 2 + 1] * x[1] + params[4 + j]);
  const y = new Float64Array([sig(params[6] * h[0] + params[7] * h[1] + params[8])]);
  const dOut = new Float64Array([(y[0] - t) * y[0] * (1 - y[0])]);
  const dHid = new Float64Array(2);
  for (let j = 0; j < 2; j += 1) dHid[j] = dOut[0] * params[6 + j] * h[j] * (1 - h[j]);
  const g = new Float64Array(9);
  for (let j = 0; j < 2; j += 1) for (let i = 0; i < 2; i += 1) g[j * 2 + i] = dHid[j] * x[i];
  g[4] = dHid[0];
  g[5] = dHid[1];
  g[6] = dOut[0] * h[0];
  g[7] = dOut[0] * h[1];
  g[8] = dOut[0];
  return { sizes: [2, 2, 1], params, activations: [x, h, y], deltas: [dHid, dOut], gradients: g };
}

export function digitsNet() {
  const sizes = [64, 32, 10];
  const rng = createRng(3);
  let n = 0;
  for (let l = 1; l < sizes.length; l += 1) n += sizes[l - 1] * sizes[l] + sizes[l];
  const params = new Float64Array(n);
  for (let k = 0; k < n; k += 1) params[k] = rng.normal() * 0.3;
  const x = new Float64Array(64);
  // A rough "0": a ring of ink.
  for (let r = 0; r < 8; r += 1)
    for (let c = 0; c < 8; c += 1) {
      const d = Math.hypot(r - 3.5, c - 3.5);
      x[r * 8 + c] = d > 1.6 && d < 3.4 ? 16 * (1 - Math.abs(d - 2.5) / 1.2) : 0;
    }
  const acts = [x];
  let off = 0;
  for (let l = 1; l < sizes.length; l += 1) {
    const nIn = sizes[l - 1];
    const a = new Float64Array(sizes[l]);
    for (let j = 0; j < sizes[l]; j += 1) {
      let z = params[off + nIn * sizes[l] + j];
      for (let i = 0; i < nIn; i += 1)
        z += params[off + j * nIn + i] * acts[l - 1][i] * (l === 1 ? 1 / 16 : 1);
      a[j] = Math.max(0, z);
    }
    acts.push(a);
    off += nIn * sizes[l] + sizes[l];
  }
  const grads = new Float64Array(n);
  for (let k = 0; k < n; k += 1) grads[k] = rng.normal() * 0.01;
  const deltas = acts.slice(1).map((a) => a.map(() => rng.normal() * 0.05));
  return { sizes, params, activations: acts, deltas, gradients: grads };
}

/** A loss history with noise, decimated into {x, y, min, max} points after 200. */
export function lossHistory(n: number, seed: number, decimate: number) {
  const rng = createRng(seed);
  const pts: { x: number; y: number; min: number; max: number }[] = [];
  for (let k = 1; k <= n; k += decimate) {
    const base = 0.7 * Math.exp(-k / (n / 4)) + 0.02;
    let min = Infinity;
    let max = -Infinity;
    let sum = 0;
    for (let m = 0; m < decimate; m += 1) {
      const v = base * (1 + 0.4 * (rng.next() - 0.5));
      min = Math.min(min, v);
      max = Math.max(max, v);
      sum += v;
    }
    pts.push({ x: k + decimate - 1, y: sum / decimate, min, max });
  }
  return pts;
}
