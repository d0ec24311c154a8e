// Gradient check of a CNN: backpropagation against central finite differences of the batch's
// mean loss (training mode: batch norm with the batch's statistics, so its coupling across the
// batch is checked too), for every parameter and every input entry. Works on copies; the CNN
// passed in (parameters and running statistics) is left exactly as it was.
import { GRADCHECK_FLOOR } from '../gradcheck';
import { roleMask } from '../layout';
import { addPenaltyGradient, penalty } from '../regularization';
import type { Dataset, LossName, RegularizationConfig } from '../types';
import { cnnBackward, cnnForward, cnnLoss, createCnnBatch, loadBatch, type Cnn } from './cnn';

export interface CnnBlockCheck {
  readonly block: string;
  /** The largest relative error over the block's entries. */
  readonly worst: number;
}

export interface CnnGradientCheck {
  readonly blocks: readonly CnnBlockCheck[];
  /** The largest relative error over ∂L/∂input of every sample. */
  readonly input: number;
  readonly worst: number;
  readonly analytic: Float64Array;
  readonly numeric: Float64Array;
  readonly analyticInput: Float64Array;
  readonly numericInput: Float64Array;
}

const relative = (a: number, n: number): number =>
  Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), GRADCHECK_FLOOR);

/**
 * For the batch `indices` and every parameter θₖ (and input entry), the fourth-order central
 * difference nₖ = [8(L(θ+h) − L(θ−h)) − (L(θ+2h) − L(θ−2h))] / (12h) against backprop's aₖ,
 * by |aₖ − nₖ| / max(|aₖ|, |nₖ|, 1e-4). L = mean loss over the batch (+ the penalty).
 */
export function cnnGradientCheck(
  cnn: Cnn,
  data: Dataset,
  indices: readonly number[],
  options: {
    readonly loss: LossName;
    readonly epsilon?: number;
    readonly regularization?: RegularizationConfig;
  },
): CnnGradientCheck {
  const h = options.epsilon ?? 1e-4;
  const reg = options.regularization ?? { kind: 'none' as const };
  const { layout } = cnn;
  const isWeight = roleMask(layout, 'weight');
  const probe = cnn.params.slice();
  const B = indices.length;
  const batch = createCnnBatch(cnn, B, data.nOut);
  loadBatch(batch, data, indices, 0, B);

  cnnForward(cnn, probe, batch, true);
  cnnLoss(cnn, batch, options.loss);
  const analytic = new Float64Array(layout.size);
  cnnBackward(cnn, probe, batch, analytic, true);
  for (let k = 0; k < analytic.length; k += 1) analytic[k] /= B;
  addPenaltyGradient(analytic, probe, isWeight, reg);
  const analyticInput = batch.dx.slice(0, B * data.nIn).map((v) => v / B);

  const lossAt = (): number => {
    cnnForward(cnn, probe, batch, true);
    return cnnLoss(cnn, batch, options.loss) / B + penalty(probe, isWeight, reg);
  };
  const central = (target: Float64Array, k: number): number => {
    const original = target[k];
    const at = (offset: number): number => {
      target[k] = original + offset;
      return lossAt();
    };
    const d1 = at(h) - at(-h);
    const d2 = at(2 * h) - at(-2 * h);
    target[k] = original;
    return (8 * d1 - d2) / (12 * h);
  };

  const numeric = new Float64Array(layout.size);
  for (let k = 0; k < numeric.length; k += 1) numeric[k] = central(probe, k);
  const numericInput = new Float64Array(B * data.nIn);
  for (let k = 0; k < numericInput.length; k += 1) numericInput[k] = central(batch.x, k);

  let worst = 0;
  const blocks = layout.blocks.map((block) => {
    let w = 0;
    for (let k = block.offset; k < block.offset + block.size; k += 1)
      w = Math.max(w, relative(analytic[k], numeric[k]));
    worst = Math.max(worst, w);
    return { block: block.name, worst: w };
  });
  let input = 0;
  for (let k = 0; k < numericInput.length; k += 1)
    input = Math.max(input, relative(analyticInput[k], numericInput[k]));
  return {
    blocks,
    input,
    worst: Math.max(worst, input),
    analytic,
    numeric,
    analyticInput,
    numericInput,
  };
}
