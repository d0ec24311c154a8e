// How the gradient fares going back through time: ‖∂L/∂hₜ‖ per step of the shown sequence, the
// ratio of the first step's to the last's, and a sentence naming it vanishing, exploding or
// steady. Also the per-block norm series over updates. Pure: numbers and words.
import type { RnnTimeStepTrace } from '../engine/recurrent/types';
import { formatNumber } from '../viz/format';
import { subscript } from '../viz/names';

export interface StepNorm {
  /** 1-based step, as on screen. */
  readonly t: number;
  readonly norm: number;
}

/** ‖∂L/∂hₜ‖₂ of every step of a sample (of any recurrent kind). */
export function dLdhNorms(sample: {
  readonly steps: readonly Pick<RnnTimeStepTrace, 't' | 'dLdh'>[];
}): StepNorm[] {
  return sample.steps.map((st) => ({
    t: st.t,
    norm: Math.sqrt(st.dLdh.reduce((s, v) => s + v * v, 0)),
  }));
}

export type GradientTrend = 'vanishing' | 'exploding' | 'steady' | 'unknown';

export interface GradientRatio {
  /** ‖∂L/∂h₁‖ / ‖∂L/∂h_T‖, or null when it cannot be formed. */
  readonly ratio: number | null;
  readonly trend: GradientTrend;
  readonly sentence: string;
}

/** Ratios beyond these (a factor of 10 either way) name the trend. */
export const VANISHING_BELOW = 0.1;
export const EXPLODING_ABOVE = 10;

const SUPERSCRIPTS: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/** 1e-4 → "10⁻⁴"; between 0.01 and 100 the number itself (0.52). */
export function powerOfTen(x: number): string {
  if (!(x > 0) || !Number.isFinite(x)) return formatNumber(x, 'short');
  if (x >= 0.01 && x < 100) return formatNumber(x, 'short');
  const e = Math.round(Math.log10(x));
  return `10${[...String(e)].map((c) => SUPERSCRIPTS[c] ?? c).join('')}`;
}

/** Said when every step is scored: step 1's gradient then also sums the later steps' losses. */
export const EVERY_STEP_NOTE =
  ' Every step is scored here, so the early steps also collect the gradients of all later losses.';

/**
 * "The gradient at t=1 is 10⁻⁴ of that at t=8: vanishing." With `everyStep` scoring the
 * sentence adds EVERY_STEP_NOTE (a sum of many paths, not one path through time).
 */
export function gradientRatio(norms: readonly StepNorm[], everyStep = false): GradientRatio {
  const r = ratioOf(norms);
  return everyStep && r.ratio !== null ? { ...r, sentence: r.sentence + EVERY_STEP_NOTE } : r;
}

function ratioOf(norms: readonly StepNorm[]): GradientRatio {
  const T = norms.length;
  if (T === 0) return { ratio: null, trend: 'unknown', sentence: 'No sequence is shown.' };
  if (T === 1)
    return {
      ratio: null,
      trend: 'unknown',
      sentence: 'A sequence of one step: the gradient has no time to travel.',
    };
  const first = norms[0].norm;
  const last = norms[T - 1].norm;
  const at = (t: number): string => `t${subscript(t)}`;
  if (!Number.isFinite(first) || !Number.isFinite(last))
    return { ratio: null, trend: 'exploding', sentence: 'The gradient has overflowed: exploding.' };
  if (last === 0)
    return {
      ratio: null,
      trend: 'unknown',
      sentence: `The gradient at t = ${T} is 0, so there is nothing to compare the earlier steps with.`,
    };
  const ratio = first / last;
  const trend: GradientTrend =
    ratio < VANISHING_BELOW ? 'vanishing' : ratio > EXPLODING_ABOVE ? 'exploding' : 'steady';
  const how =
    ratio === 0
      ? `The gradient at t = 1 is 0: it has vanished before reaching the first step (at ${at(T)} it is ${formatNumber(last, 'short')}).`
      : `The gradient at t = 1 is ${powerOfTen(ratio)} of that at t = ${T}`;
  const verdict =
    trend === 'vanishing'
      ? ': vanishing.'
      : trend === 'exploding'
        ? ': exploding.'
        : ': it keeps its size through time.';
  return { ratio, trend, sentence: ratio === 0 ? how : `${how}${verdict}` };
}

export interface BlockSeries {
  readonly block: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

/** One series per block (in first-seen order) of ‖∇block‖₂ by update. */
export function blockNormSeries(
  points: readonly { readonly update: number; readonly norms: Readonly<Record<string, number>> }[],
): BlockSeries[] {
  const series = new Map<string, { x: number; y: number }[]>();
  for (const p of points)
    for (const [block, norm] of Object.entries(p.norms)) {
      const list = series.get(block) ?? [];
      list.push({ x: p.update, y: norm });
      series.set(block, list);
    }
  return [...series].map(([block, pts]) => ({ block, points: pts }));
}
