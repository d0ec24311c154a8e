// An independent reference for the engine tests: forward pass, per-sample loss and penalty
// written from the formulas of contracts.md with plain Math. Shares no code with src/engine.
import type { ActivationName, LossName, RegularizationConfig } from '../../../src/engine/types';

/** A net as plain data: params in the documented layout W0 [n1×n0] row-major, b0, W1, b1, … */
export interface RefNet {
  readonly sizes: readonly number[];
  readonly activations: readonly ActivationName[];
  readonly params: Float64Array;
}

const LEAK = 0.01; // contracts.md: leaky-relu slope 0.01

function activate(name: ActivationName, z: number[]): number[] {
  switch (name) {
    case 'sigmoid':
      return z.map((v) => 1 / (1 + Math.exp(-v)));
    case 'tanh':
      return z.map(Math.tanh);
    case 'relu':
      return z.map((v) => (v > 0 ? v : 0));
    case 'leaky-relu':
      return z.map((v) => (v > 0 ? v : LEAK * v));
    case 'linear':
      return z.slice();
    case 'softmax': {
      const max = Math.max(...z);
      const e = z.map((v) => Math.exp(v - max));
      const sum = e.reduce((s, v) => s + v, 0);
      return e.map((v) => v / sum);
    }
  }
}

/** Pre-activations z and activations a of every non-input layer for input x. */
export function refForward(net: RefNet, x: readonly number[]): { z: number[][]; a: number[][] } {
  const zs: number[][] = [];
  const as: number[][] = [];
  let prev = [...x];
  let o = 0;
  for (let l = 0; l + 1 < net.sizes.length; l += 1) {
    const nIn = net.sizes[l];
    const nOut = net.sizes[l + 1];
    const z: number[] = [];
    for (let j = 0; j < nOut; j += 1) {
      let s = net.params[o + nIn * nOut + j];
      for (let i = 0; i < nIn; i += 1) s += net.params[o + j * nIn + i] * prev[i];
      z.push(s);
    }
    o += nIn * nOut + nOut;
    prev = activate(net.activations[l], z);
    zs.push(z);
    as.push(prev);
  }
  return { z: zs, a: as };
}

/** Per-sample loss of contracts.md: ½Σ(y−t)², (1/K)Σ(y−t)², binary or categorical CE. */
export function refLoss(
  loss: LossName,
  output: ActivationName,
  y: readonly number[],
  t: readonly number[],
): number {
  let s = 0;
  for (let k = 0; k < y.length; k += 1) {
    if (loss === 'squared-error') s += 0.5 * (y[k] - t[k]) ** 2;
    else if (loss === 'mse') s += (y[k] - t[k]) ** 2 / y.length;
    else if (output === 'softmax') s -= t[k] === 0 ? 0 : t[k] * Math.log(y[k]);
    else s -= t[k] * Math.log(y[k]) + (1 - t[k]) * Math.log(1 - y[k]);
  }
  return s;
}

/** Whether params[k] is a weight (biases are never regularized). */
export function refIsWeight(sizes: readonly number[]): boolean[] {
  const out: boolean[] = [];
  for (let l = 0; l + 1 < sizes.length; l += 1) {
    for (let k = 0; k < sizes[l] * sizes[l + 1]; k += 1) out.push(true);
    for (let k = 0; k < sizes[l + 1]; k += 1) out.push(false);
  }
  return out;
}

/** L2 adds (rate/2)·Σw², L1 adds rate·Σ|w|, over weights only. */
export function refPenalty(net: RefNet, reg: RegularizationConfig): number {
  if (reg.kind === 'none') return 0;
  const isWeight = refIsWeight(net.sizes);
  let s = 0;
  net.params.forEach((w, k) => {
    if (isWeight[k]) s += reg.kind === 'l2' ? 0.5 * reg.rate * w * w : reg.rate * Math.abs(w);
  });
  return s;
}

/** The training objective of one batch: mean per-sample loss plus the penalty. */
export function refObjective(
  net: RefNet,
  loss: LossName,
  reg: RegularizationConfig,
  xs: readonly (readonly number[])[],
  ts: readonly (readonly number[])[],
): number {
  const output = net.activations[net.activations.length - 1];
  let sum = 0;
  xs.forEach((x, s) => {
    const { a } = refForward(net, x);
    sum += refLoss(loss, output, a[a.length - 1], ts[s]);
  });
  return sum / xs.length + refPenalty(net, reg);
}
