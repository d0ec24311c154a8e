// What the unrolled graph paints: the cursor's step and pass, each unit's value (hₜ forward,
// δₜ backward), the shared weights' colours (one scale for every step, so a weight is the same
// colour wherever it is drawn), the δ arrows flowing back through time, and the current
// truncation sweep. Pure: numbers in, numbers and colours out.
import { blockOf, indexIn, type ParamLayout } from '../engine/layout';
import type { RnnSampleTrace, SweepTrace } from '../engine/recurrent/types';
import type { Phase } from '../explain/phases';
import { divergingColor, signStyle } from './colors';
import type { EdgeBlock, UnitGroup } from './unrolledLayout';

export type Pass = 'forward' | 'backward' | 'idle';

export interface Cursor {
  /** 0-based step the cursor is on, or null (between updates, accumulate, update). */
  readonly t: number | null;
  readonly pass: Pass;
  readonly kind: Phase['kind'] | null;
}

/** The cursor's step and pass, when the phase is about the shown sample. */
export function cursorOf(phase: Phase | null, sampleIndex: number): Cursor {
  if (!phase) return { t: null, pass: 'idle', kind: null };
  if (phase.kind === 'accumulate' || phase.kind === 'update')
    return { t: null, pass: 'idle', kind: phase.kind };
  if (phase.sample !== sampleIndex) return { t: null, pass: 'idle', kind: phase.kind };
  return {
    t: phase.t ?? null,
    pass: phase.kind === 'backward' ? 'backward' : 'forward',
    kind: phase.kind,
  };
}

/** Is step t's value known at this cursor (forward: steps ≤ t; backward: δ of steps ≥ t)? */
export function stepComputed(cursor: Cursor, t: number): boolean {
  if (cursor.t === null) return true;
  if (cursor.kind === 'forward') return t <= cursor.t;
  if (cursor.pass === 'backward') return t >= cursor.t;
  return true;
}

/** A unit's shown value: x, y as is; h as hₜ, or δₜ in the backward pass. */
export function unitValue(
  sample: RnnSampleTrace,
  group: UnitGroup,
  t: number,
  j: number,
  pass: Pass,
): number {
  const st = sample.steps[t];
  if (!st) return NaN;
  if (group === 'x') return st.x[j];
  if (group === 'y') return st.y[j];
  return pass === 'backward' ? st.delta[j] : st.h[j];
}

export interface WeightPaint {
  readonly value: number;
  readonly stroke: string;
  readonly dash: string | null;
  readonly width: number;
}

/**
 * One paint per weight entry of Wxh, Whh and Why, on one colour scale for all of them. Each
 * entry's paint is worked out once and kept: the graph draws it at every shown step.
 */
export function weightPainter(
  layout: ParamLayout,
  params: ArrayLike<number>,
): (block: EdgeBlock, j: number, i: number) => WeightPaint {
  const names: EdgeBlock[] = ['Wxh', 'Whh', 'Why'];
  const blocks = names.map((n) => layout.blocks.find((b) => b.name === n)).filter((b) => !!b);
  let maxAbs = 0;
  for (const b of blocks)
    for (let k = b.offset; k < b.offset + b.size; k += 1)
      if (Number.isFinite(params[k])) maxAbs = Math.max(maxAbs, Math.abs(params[k]));
  const kept: (WeightPaint | undefined)[] = [];
  return (block, j, i) => {
    const k = indexIn(blockOf(layout, block), [j, i]);
    const known = kept[k];
    if (known) return known;
    const value = params[k];
    const magnitude = maxAbs > 0 && Number.isFinite(value) ? Math.abs(value) / maxAbs : 0;
    const paint = {
      value,
      stroke: divergingColor(value, maxAbs),
      dash: signStyle(value).dash,
      width: 0.75 + 3.25 * magnitude,
    };
    kept[k] = paint;
    return paint;
  };
}

/** The largest |value| of a group over the given steps (for the node fill scale). */
export function groupMaxAbs(
  sample: RnnSampleTrace,
  group: UnitGroup,
  steps: readonly number[],
  pass: Pass,
): number {
  let m = 0;
  for (const t of steps) {
    const st = sample.steps[t];
    if (!st) continue;
    const values =
      group === 'x' ? st.x : group === 'y' ? st.y : pass === 'backward' ? st.delta : st.h;
    for (const v of values) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v));
  }
  return m;
}

export interface DeltaArrow {
  /** δ flows from step `from` (= to + 1) back to step `to`. */
  readonly from: number;
  readonly to: number;
  /** ‖δ_from‖₂ */
  readonly norm: number;
  /** 0…1 of the largest arrow, for the stroke width. */
  readonly size: number;
  /** The arrow the cursor is on (δ arriving at the cursor's step). */
  readonly current: boolean;
}

/** δ arrows from t+1 to t over the shown steps, for the steps the backward pass has reached. */
export function deltaArrows(
  sample: RnnSampleTrace,
  steps: readonly number[],
  cursor: Cursor,
): DeltaArrow[] {
  if (cursor.pass === 'forward') return [];
  const norm = (t: number): number =>
    Math.sqrt(sample.steps[t].delta.reduce((s, v) => s + v * v, 0));
  const out: { from: number; to: number; norm: number }[] = [];
  for (const to of steps) {
    const from = to + 1;
    if (from >= sample.steps.length || !steps.includes(from)) continue;
    if (cursor.pass === 'backward' && cursor.t !== null && to < cursor.t) continue;
    out.push({ from, to, norm: norm(from) });
  }
  const max = Math.max(0, ...out.map((a) => (Number.isFinite(a.norm) ? a.norm : 0)));
  return out.map((a) => ({
    ...a,
    size: max > 0 && Number.isFinite(a.norm) ? a.norm / max : Number.isFinite(a.norm) ? 0 : 1,
    current: cursor.pass === 'backward' && cursor.t === a.to,
  }));
}

/**
 * The truncation sweep to shade: in the backward pass, the latest sweep that swept the cursor's
 * step; otherwise the last sweep. null for full BPTT.
 */
export function currentSweep(
  sweeps: readonly SweepTrace[] | null,
  cursor: Cursor,
): SweepTrace | null {
  if (!sweeps || sweeps.length === 0) return null;
  if (cursor.pass === 'backward' && cursor.t !== null) {
    const step = cursor.t + 1;
    const hit = [...sweeps].reverse().find((w) => w.swept.includes(step));
    if (hit) return hit;
  }
  return sweeps[sweeps.length - 1];
}
