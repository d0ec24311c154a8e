// What truncated BPTT does to "the gradient through time" of one sequence: the last scored
// step's loss is carried back only over the steps of its sweep, so before that window its
// gradient is cut (exactly 0), not vanished. The window, the steps any loss reaches, the
// ratio within the window and the highway's product cut at it. Pure: numbers and words.
import type { BpttConfig, SweepTrace } from '../engine/recurrent/types';
import type { Highway } from './gatedHighway';
import {
  EVERY_STEP_NOTE,
  EXPLODING_ABOVE,
  VANISHING_BELOW,
  gradientRatio,
  powerOfTen,
  type GradientRatio,
  type StepNorm,
} from './gradientThroughTime';

type Sweeps = readonly SweepTrace[] | null;

const range = (a: number, b: number): string => (a === b ? `step ${a}` : `steps ${a}–${b}`);

/** The steps the sweep that injects the last scored step goes back over (null: full BPTT). */
export function lastWindow(sweeps: Sweeps): { readonly from: number; readonly to: number } | null {
  const last = sweeps?.filter((w) => w.injected.length > 0).at(-1);
  if (!last || last.swept.length === 0) return null;
  return { from: last.swept[0], to: last.swept[last.swept.length - 1] };
}

/** Steps some loss is carried back to (the sweeps that inject one), or null for full BPTT. */
export function reachedSteps(sweeps: Sweeps): ReadonlySet<number> | null {
  if (!sweeps) return null;
  return new Set(sweeps.filter((w) => w.injected.length > 0).flatMap((w) => w.swept));
}

/**
 * The sentence under the strip. Full BPTT: gradientRatio's. Truncated: what the last sweep
 * reaches, that the steps before it are cut rather than vanished, and the ratio within it.
 */
export function truncatedRatio(
  norms: readonly StepNorm[],
  sweeps: Sweeps,
  bptt: BpttConfig,
  everyStep: boolean,
): GradientRatio {
  const window = lastWindow(sweeps);
  if (bptt.mode !== 'truncated' || !window) return gradientRatio(norms, everyStep);
  const { from, to } = window;
  const at = (t: number) => norms.find((n) => n.t === t)?.norm ?? NaN;
  const head =
    `Truncated BPTT(${bptt.k1}, ${bptt.k2}): the loss at t = ${to} is carried back over ${range(from, to)} only` +
    (from > 1
      ? everyStep
        ? `; ${range(1, from - 1)} get only the gradients of their own sweeps.`
        : `; ${range(1, from - 1)} get none of it: cut by truncation, not vanished.`
      : '.');
  const first = at(from);
  const last = at(to);
  if (from === to || !(last > 0) || !Number.isFinite(first))
    return { ratio: null, trend: 'unknown', sentence: head };
  const ratio = first / last;
  const trend =
    ratio < VANISHING_BELOW ? 'vanishing' : ratio > EXPLODING_ABOVE ? 'exploding' : 'steady';
  const verdict =
    trend === 'vanishing' ? 'vanishing' : trend === 'exploding' ? 'exploding' : 'it keeps its size';
  return {
    ratio,
    trend,
    // every step scored: the steps of the sweep also collect its later losses (as untruncated)
    sentence: `${head} Within that sweep the gradient at t = ${from} is ${powerOfTen(ratio)} of that at t = ${to}: ${verdict}.${everyStep ? EVERY_STEP_NOTE : ''}`,
  };
}

/** "Sweep at t = 8: injects the losses of 5, 6, 7, 8, goes back over steps 5–8." */
export function sweepSentence(sweep: SweepTrace): string {
  const injected = sweep.injected.length ? `the losses of ${sweep.injected.join(', ')}` : 'no loss';
  const lo = sweep.swept[0] ?? sweep.at;
  return `Sweep at t = ${sweep.at}: injects ${injected}, goes back over ${range(lo, sweep.at)}.`;
}

/**
 * The highway under truncation: a gradient at the last step travels back only through the
 * last sweep, so the running product is cut (null) before the sweep's first step.
 */
export function cutHighway(highway: Highway, sweeps: Sweeps): Highway {
  const window = lastWindow(sweeps);
  if (!window || window.from <= 1) return highway;
  const { from, to } = window;
  const steps = highway.steps.map((s) => (s.t < from ? { ...s, product: null } : s));
  const kept = steps.find((s) => s.t === from)?.product ?? 1;
  const gates =
    from < to ? ` (the product of the ${highway.gateName} gates of ${range(from + 1, to)})` : '';
  return {
    ...highway,
    steps,
    sentence: `Along the ${highway.gateName === 'f' ? 'cell-state' : 'update-gate'} highway of unit ${highway.j + 1}, a gradient at t = ${to} keeps ${powerOfTen(kept)} of its size on reaching t = ${from}${gates}; truncation cuts it there: ${range(1, from - 1)} get none of it.`,
  };
}
