// Divergence reports: the readable record of a refused update. Builds data only; the
// trainer decides when an update is refused and keeps its state untouched.
import type { Divergence, DivergenceQuantity } from './types';

export interface DivergenceWhere {
  /** The 1-based number the refused update would have had. */
  readonly update: number;
  readonly epoch: number;
  readonly learningRate: number;
}

/**
 * The record of a refused update, with a sentence such as
 * "Update 3: the gradient in layer 2 became Infinity (sample 7) with learning rate 10; …".
 */
export function describeDivergence(
  at: DivergenceWhere,
  quantity: DivergenceQuantity,
  layer: number | null,
  sample: number | null,
  value: number,
): Divergence {
  const where = layer === null ? '' : ` in layer ${layer}`;
  const of = sample === null ? '' : ` (sample ${sample})`;
  return {
    update: at.update,
    epoch: at.epoch,
    layer,
    quantity,
    sample,
    value,
    learningRate: at.learningRate,
    message:
      `Update ${at.update}: the ${quantity}${where} became ${String(value)}${of} ` +
      `with learning rate ${at.learningRate}; the update was not applied.`,
  };
}

/** Index of the first NaN or ±Infinity in arr, or −1 when every entry is finite. */
export function firstNonFinite(arr: Float64Array): number {
  for (let k = 0; k < arr.length; k += 1) if (!Number.isFinite(arr[k])) return k;
  return -1;
}
