// Gradient check of any recurrent family (RNN, LSTM, GRU): BPTT against central finite
// differences of one sequence's loss (full BPTT), or of the frozen-state surrogate truncated
// BPTT is the exact gradient of. Works on a copy of the parameters.
import { GRADCHECK_FLOOR } from '../gradcheck';
import { roleMask, type ParamLayout } from '../layout';
import { addPenaltyGradient, penalty } from '../regularization';
import type { RegularizationConfig } from '../types';
import { listSweeps } from './bptt';
import type { RnnCache } from './rnnCache';
import { rnnLoss } from './rnnForward';
import type { RnnProblem, SequenceDataset } from './types';

export interface BlockCheck {
  readonly block: string;
  /** The largest relative error over the block's entries. */
  readonly worst: number;
}

export interface RecurrentGradientCheck {
  readonly blocks: readonly BlockCheck[];
  readonly worst: number;
  readonly analytic: Float64Array;
  readonly numeric: Float64Array;
}

/** What the check needs of a family: its tape, passes and the state a sweep starts from. */
export interface CheckedFamily<C extends RnnCache> {
  readonly problem: RnnProblem;
  readonly layout: ParamLayout;
  readonly params: Float64Array;
  createCache(maxT: number): C;
  load(cache: C, data: SequenceDataset, index: number): void;
  forward(p: Float64Array, cache: C, from?: number, to?: number): void;
  backward(p: Float64Array, cache: C, grads: Float64Array): void;
  /** The rows of the state after step t (h[t], and c[t] for an LSTM), as views. */
  state(cache: C, t: number): readonly Float64Array[];
}

/**
 * For sequence `index` and every parameter θₖ, the fourth-order central difference
 *   nₖ = [8(L(θ+h) − L(θ−h)) − (L(θ+2h) − L(θ−2h))] / (12h)
 * against BPTT's aₖ by |aₖ − nₖ| / max(|aₖ|, |nₖ|, 1e-4). With truncation, L is the
 * surrogate Σ over sweeps of c·Σ_{injected s} ℓₛ, each sweep run forward from the state before
 * its first swept step, that state computed at the unperturbed θ and held constant.
 * L includes the regularization penalty when one is given.
 */
export function recurrentGradientCheck<C extends RnnCache>(
  family: CheckedFamily<C>,
  data: SequenceDataset,
  index: number,
  options: { readonly epsilon?: number; readonly regularization?: RegularizationConfig } = {},
): RecurrentGradientCheck {
  const h = options.epsilon ?? 1e-3;
  const reg = options.regularization ?? { kind: 'none' as const };
  const { problem, layout } = family;
  const isWeight = roleMask(layout, 'weight');
  const probe = family.params.slice();
  const cache = family.createCache(data.lengths[index]);

  family.load(cache, data, index);
  family.forward(probe, cache);
  rnnLoss(problem, cache);
  const analytic = new Float64Array(layout.size);
  family.backward(probe, cache, analytic);
  addPenaltyGradient(analytic, probe, isWeight, reg);

  // The frozen states: the state before each sweep's first swept step, at the unperturbed θ.
  const sweeps = listSweeps(problem, cache);
  const frozen = (sweeps ?? []).map((w) =>
    family.state(cache, w.swept[0] - 1).map((row) => row.slice()),
  );
  let scoredCount = 0;
  for (let i = 0; i < cache.T; i += 1) scoredCount += cache.scored[i];
  const c = problem.sequence.lossOverTime === 'mean' ? 1 / scoredCount : 1;

  const lossAt = (): number => {
    let L: number;
    if (!sweeps) {
      family.forward(probe, cache);
      L = rnnLoss(problem, cache);
    } else {
      L = 0;
      sweeps.forEach((w, k) => {
        const lo = w.swept[0];
        family.state(cache, lo - 1).forEach((row, r) => row.set(frozen[k][r]));
        family.forward(probe, cache, lo, w.at);
        rnnLoss(problem, cache);
        for (const s of w.injected) L += c * cache.stepLoss[s - 1];
      });
    }
    return L + penalty(probe, isWeight, reg);
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
  return { blocks, worst, analytic, numeric };
}
