// Parameters an example keeps fixed (today: the biases when a scenario sets trainBiases: false),
// and the words every view uses to say so: the worked-example table, the chain-rule panel's
// update and the graph's tooltip. Their gradients are computed as usual; the update skips them.
import { locate } from '../engine/layout';
import { mlpLayout } from '../engine/network';

/** The short mark, e.g. in the table's "change" column. */
export const FIXED_MARK = 'fixed: not trained';
/** The tooltip's words, split as label and value. */
export const FIXED_LABEL = 'fixed in this example';
export const FIXED_VALUE = 'not trained';

/** Is flat index `index` in a bias block of the MLP's layout? */
export function isBiasIndex(sizes: readonly number[], index: number): boolean {
  return locate(mlpLayout(sizes), index)?.block.role === 'bias';
}

/** Is parameter `index` fixed (not trained) in a run with these settings? */
export function isFixedParam(
  sizes: readonly number[],
  trainBiases: boolean,
  index: number,
): boolean {
  return !trainBiases && isBiasIndex(sizes, index);
}

/** Why a fixed parameter keeps its value, in one sentence for the chain-rule panel. */
export const FIXED_REASON =
  'Fixed in this example: not trained. The scenario sets trainBiases to false, so this gradient is computed but not applied, and the bias keeps its value.';

/** Under the update table when some parameters are fixed. */
export const FIXED_TABLE_NOTE =
  'The biases are fixed in this example: not trained (the scenario sets trainBiases to false). Their gradients are computed but not applied, so they keep their values.';
