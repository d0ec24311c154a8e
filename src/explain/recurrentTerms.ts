// The per-step pieces of an Elman RNN's gradient, read off a sample's trace: ∂L/∂zₜ of the
// readout, f′(aₜ), and each step's term of a shared parameter's gradient. Pure maths on the
// trace's arrays; no text (recurrentChainRule.ts writes it), no allocation beyond the results.
import { getActivation } from '../engine/activations';
import { blockOf, indexIn, type ParamLayout } from '../engine/layout';
import { hasFusedDelta } from '../engine/losses';
import type {
  RnnSampleTrace,
  RnnSpec,
  RnnTimeStepTrace,
  SequenceConfig,
} from '../engine/recurrent/types';
import type { LossName } from '../engine/types';

/** The recurrent blocks: input → hidden, hidden → hidden, hidden bias, hidden → output, output bias. */
export type RecurrentBlockName = 'Wxh' | 'Whh' | 'bh' | 'Why' | 'by';

export const RECURRENT_BLOCKS: readonly RecurrentBlockName[] = ['Wxh', 'Whh', 'bh', 'Why', 'by'];

export function isRecurrentBlock(name: string): name is RecurrentBlockName {
  return (RECURRENT_BLOCKS as readonly string[]).includes(name);
}

/** What the readout's gradient needs beyond the trace: the loss, when known (fused δ). */
export interface ReadoutContext {
  readonly spec: RnnSpec;
  readonly sequence: SequenceConfig;
  /** null when unknown (a live inspection): the chain through g′ is used, equal up to rounding. */
  readonly loss: LossName | null;
}

/** What the readout's terms read of a sample: every recurrent kind's (RNN, LSTM, GRU) has it. */
export interface ReadoutSample {
  readonly steps: readonly Pick<RnnTimeStepTrace, 'y' | 'target' | 'loss' | 'dLdy'>[];
}

/** Number of scored steps of a sample (steps with a loss). */
export function scoredCount(sample: ReadoutSample): number {
  return sample.steps.reduce((n, s) => n + (s.loss === null ? 0 : 1), 0);
}

/**
 * dzₜ = ∂L/∂zₜ of the readout's pre-activation at every step (null where the step is not
 * scored or there is no readout): c·(yₜ − targetₜ) for cross-entropy after softmax/sigmoid
 * (c = 1 for a sum over time, 1/#scored for a mean), else g′ applied to ∂L/∂yₜ.
 */
export function readoutDeltas(ctx: ReadoutContext, sample: ReadoutSample): (Float64Array | null)[] {
  const { spec } = ctx;
  if (!spec.readout) return sample.steps.map(() => null);
  const fused = ctx.loss !== null && hasFusedDelta(ctx.loss, spec.outputActivation);
  const c = ctx.sequence.lossOverTime === 'mean' ? 1 / Math.max(1, scoredCount(sample)) : 1;
  const g = getActivation(spec.outputActivation);
  return sample.steps.map((st) => {
    if (!st.dLdy || !st.target) return null;
    const dz = new Float64Array(spec.outputs);
    if (fused) {
      for (let k = 0; k < spec.outputs; k += 1) dz[k] = c * (st.y[k] - st.target[k]);
    } else {
      // the readout activations (linear, sigmoid, tanh, softmax) need only y = g(z): z = y here
      g.backward(st.y, st.y, st.dLdy, dz, spec.outputs);
    }
    return dz;
  });
}

/** f′(aₜ) of hidden unit j at each step, from aₜ and hₜ = f(aₜ). */
export function hiddenSlopes(spec: RnnSpec, sample: RnnSampleTrace, j: number): number[] {
  const f = getActivation(spec.activation);
  return sample.steps.map((st) => {
    if (f.kind === 'elementwise') return f.df(st.a[j], st.h[j]);
    const dz = new Float64Array(spec.hidden);
    const da = new Float64Array(spec.hidden);
    da[j] = 1;
    f.backward(st.a, st.h, da, dz, spec.hidden);
    return dz[j];
  });
}

/** One step's term of a parameter's gradient: ∂L/∂θ|ₜ = left · right. */
export interface StepTermValue {
  /** 0-based step. */
  readonly t: number;
  /** δₜ[j] (hidden blocks) or ∂L/∂zₜ[k] (readout blocks); 0 where a readout step is not scored. */
  readonly left: number;
  /** xₜ[i], hₜ₋₁[i] (h₀ = 0), hₜ[j], or 1 for a bias. */
  readonly right: number;
  readonly value: number;
  /** False on readout steps that are not scored (they contribute nothing). */
  readonly scored: boolean;
}

/**
 * Each step's term of ∂L/∂θ for the entry `position` of block `block`:
 *   Wxh[j,i]: δₜ[j]·xₜ[i] · Whh[j,i]: δₜ[j]·hₜ₋₁[i] · bh[j]: δₜ[j]
 *   Why[k,j]: dzₜ[k]·hₜ[j] · by[k]: dzₜ[k]
 * Summed over t they are the sample's gradient (truncated BPTT too: δ is summed over sweeps).
 */
export function stepTerms(
  ctx: ReadoutContext,
  sample: RnnSampleTrace,
  block: RecurrentBlockName,
  position: readonly number[],
): StepTermValue[] {
  const [r, c = 0] = position;
  const dz = block === 'Why' || block === 'by' ? readoutDeltas(ctx, sample) : null;
  return sample.steps.map((st, t) => {
    let left: number;
    let right: number;
    let scored = true;
    switch (block) {
      case 'Wxh':
        [left, right] = [st.delta[r], st.x[c]];
        break;
      case 'Whh':
        [left, right] = [st.delta[r], t === 0 ? 0 : sample.steps[t - 1].h[c]];
        break;
      case 'bh':
        [left, right] = [st.delta[r], 1];
        break;
      case 'Why':
      case 'by': {
        const d = dz?.[t] ?? null;
        scored = d !== null;
        left = d ? d[r] : 0;
        right = block === 'by' ? 1 : st.h[c];
        break;
      }
    }
    return { t, left, right, value: left * right, scored };
  });
}

/** The sum of a sample's step terms: that sample's ∂L/∂θ. */
export function sampleGradient(
  ctx: ReadoutContext,
  sample: RnnSampleTrace,
  block: RecurrentBlockName,
  position: readonly number[],
): number {
  return stepTerms(ctx, sample, block, position).reduce((s, term) => s + term.value, 0);
}

/** The value of one parameter entry in a flat vector laid out by `layout`. */
export function entryValue(
  layout: ParamLayout,
  flat: ArrayLike<number>,
  block: string,
  position: readonly number[],
): number {
  return flat[indexIn(blockOf(layout, block), position)];
}
