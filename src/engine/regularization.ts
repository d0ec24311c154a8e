// L1/L2 penalties on weights only (never biases): their value and their gradient.
import type { RegularizationConfig } from './types';

/** L2: (rate/2)·Σw² · L1: rate·Σ|w| — over the entries with isWeight[k] = 1. */
export function penalty(
  params: Float64Array,
  isWeight: Uint8Array,
  reg: RegularizationConfig,
): number {
  if (reg.kind === 'none') return 0;
  let sum = 0;
  for (let k = 0; k < params.length; k += 1) {
    if (!isWeight[k]) continue;
    sum += reg.kind === 'l2' ? params[k] * params[k] : Math.abs(params[k]);
  }
  return reg.kind === 'l2' ? 0.5 * reg.rate * sum : reg.rate * sum;
}

/** Adds the penalty's gradient to grads (mutates grads): L2 rate·w, L1 rate·sign(w). */
export function addPenaltyGradient(
  grads: Float64Array,
  params: Float64Array,
  isWeight: Uint8Array,
  reg: RegularizationConfig,
): void {
  if (reg.kind === 'none') return;
  const rate = reg.rate;
  for (let k = 0; k < params.length; k += 1) {
    if (!isWeight[k]) continue;
    grads[k] += reg.kind === 'l2' ? rate * params[k] : rate * Math.sign(params[k]);
  }
}
