// Gradient check of a fixed-point net: recurrent backpropagation (the adjoint relaxation)
// against central finite differences of the loss through the whole forward relaxation. Works
// on a copy of the parameters; the net passed in is left exactly as it was.
import { GRADCHECK_FLOOR } from '../gradcheck';
import { roleMask } from '../layout';
import { addPenaltyGradient, penalty } from '../regularization';
import type { Dataset, LossName, RegularizationConfig } from '../types';
import { fixedPointPass, type FixedPointNet } from './net';
import { createFixedPointCache, loadSample, outputLoss, relaxForward } from './relax';
import type { RelaxationPhase } from './types';

export interface FixedPointBlockCheck {
  readonly block: string;
  /** The largest relative error over the block's entries. */
  readonly worst: number;
}

export interface FixedPointGradientCheck {
  readonly blocks: readonly FixedPointBlockCheck[];
  readonly worst: number;
  readonly analytic: Float64Array;
  readonly numeric: Float64Array;
  /** A relaxation that did not settle (at θ or at a probe); the check is then meaningless. */
  readonly unsettled: RelaxationPhase | null;
}

export interface FixedPointCheckOptions {
  readonly epsilon?: number;
  readonly regularization?: RegularizationConfig;
  /**
   * The relaxations' tolerance for the check (default: the net's, at most 1e-13), so that x*
   * and v* are exact to well below what the finite differences resolve.
   */
  readonly tolerance?: number;
}

/**
 * For sample `index` and every parameter θₖ, the fourth-order central difference
 *   nₖ = [8(L(θ+h) − L(θ−h)) − (L(θ+2h) − L(θ−2h))] / (12h),
 * each L(·) a full forward relaxation from `start` to x* and the loss of x*, against the
 * adjoint gradient aₖ by |aₖ − nₖ| / max(|aₖ|, |nₖ|, 1e-4). L includes the regularization
 * penalty when one is given.
 */
export function fixedPointGradientCheck(
  net: FixedPointNet,
  data: Dataset,
  index: number,
  loss: LossName,
  options: FixedPointCheckOptions = {},
): FixedPointGradientCheck {
  const h = options.epsilon ?? 1e-4;
  const reg = options.regularization ?? { kind: 'none' as const };
  const relaxation = net.spec.relaxation;
  const tolerance = options.tolerance ?? Math.min(relaxation.tolerance, 1e-13);
  const maxIterations = Math.max(relaxation.maxIterations, 10_000);
  const spec = { ...net.spec, relaxation: { ...relaxation, tolerance, maxIterations } };
  const tight: FixedPointNet = { ...net, spec };
  const { layout, offsets } = net;
  const isWeight = roleMask(layout, 'weight');
  const probe = net.params.slice();
  const cache = createFixedPointCache(spec);
  loadSample(cache, data, index);

  const analytic = new Float64Array(layout.size);
  let unsettled = fixedPointPass(tight, loss, cache, analytic, probe);
  addPenaltyGradient(analytic, probe, isWeight, reg);

  const lossAt = (): number => {
    if (!relaxForward(spec, offsets, probe, cache)) unsettled ??= 'forward';
    return outputLoss(spec, loss, cache) + penalty(probe, isWeight, reg);
  };

  const P = probe.length;
  const numeric = new Float64Array(P);
  const errors = new Float64Array(P);
  for (let k = 0; k < P; k += 1) {
    const original = probe[k];
    const at = (offset: number): number => {
      probe[k] = original + offset;
      return lossAt();
    };
    const d1 = at(h) - at(-h);
    const d2 = at(2 * h) - at(-2 * h);
    probe[k] = original;
    numeric[k] = (8 * d1 - d2) / (12 * h);
    const a = analytic[k];
    const n = numeric[k];
    errors[k] = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), GRADCHECK_FLOOR);
  }
  let worst = 0;
  const blocks = layout.blocks.map((block) => {
    let w = 0;
    for (let k = block.offset; k < block.offset + block.size; k += 1) w = Math.max(w, errors[k]);
    worst = Math.max(worst, w);
    return { block: block.name, worst: w };
  });
  return { blocks, worst, analytic, numeric, unsettled };
}
