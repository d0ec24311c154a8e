// The per-update statistics of one group of blocks (LayerStats): ‖∇W‖₂ and ‖ΔW‖₂/‖W‖₂ over its
// weight blocks, and whether every proposed entry of the group is finite. Allocation-free.
import type { ParamBlock } from './layout';
import type { TrainerConfig } from './types';

/** Data-set samples per update in this batch mode (the whole training set for 'full'). */
export function batchSize(config: TrainerConfig, trainCount: number): number {
  switch (config.batch.mode) {
    case 'online':
      return 1;
    case 'minibatch':
      return Math.max(1, Math.min(config.batch.size, trainCount));
    case 'full':
      return trainCount;
  }
}

/**
 * Σ over the weight blocks of ∇², θ² and (θ' − θ)², written to out[0..2]; returns false when
 * any proposed entry θ' (of `weights` or `others`) is not finite. Sums run in locals.
 */
export function groupSums(
  weights: readonly ParamBlock[],
  others: readonly ParamBlock[],
  grads: Float64Array,
  params: Float64Array,
  next: Float64Array,
  out: Float64Array,
): boolean {
  let finite = true;
  let g2 = 0;
  let w2 = 0;
  let d2 = 0;
  for (let b = 0; b < weights.length; b += 1) {
    const end = weights[b].offset + weights[b].size;
    for (let k = weights[b].offset; k < end; k += 1) {
      const w = next[k];
      finite &&= Number.isFinite(w);
      g2 += grads[k] * grads[k];
      w2 += params[k] * params[k];
      d2 += (w - params[k]) * (w - params[k]);
    }
  }
  for (let b = 0; b < others.length; b += 1) {
    const end = others[b].offset + others[b].size;
    for (let k = others[b].offset; k < end; k += 1) finite &&= Number.isFinite(next[k]);
  }
  out[0] = g2;
  out[1] = w2;
  out[2] = d2;
  return finite;
}

/** Fresh copies of an optimizer's state arrays (for snapshots and traces). */
export function copyState(
  state: Readonly<Record<string, Float64Array>>,
): Record<string, Float64Array> {
  const copy: Record<string, Float64Array> = {};
  for (const [name, arr] of Object.entries(state)) copy[name] = arr.slice();
  return copy;
}
