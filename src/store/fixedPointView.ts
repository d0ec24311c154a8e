// The fixed-point views' model from the store: the shown update's trace and cursor (which
// sample, which relaxation, which iteration), else the frame's live relaxation of the shown
// sample; ρ(D·W) at that sample's fixed point; the chosen parameter's chain rule. Pure but for
// a one-entry memo (React needs a stable object). Maths in src/explain and the engine.
import { blockOf, type ParamLayout } from '../engine/layout';
import { relaxationRadius } from '../engine/fixedpoint/spectral';
import type {
  FixedPointSampleTrace,
  FixedPointSpec,
  FixedPointStepTrace,
} from '../engine/fixedpoint/types';
import type { Ref } from '../engine/types';
import {
  fixedPointParamRule,
  relaxationStage,
  type FixedPointBlockName,
  type FixedPointParamRule,
  type RelaxationStage,
} from '../explain/fixedPointRule';
import type { Phase } from '../explain/phases';
import type { FixedPointSummary } from '../protocol/messages';
import { phasesFor, selectTrace } from './selectors';
import type { AppStoreState } from './types';

/** What the fixed-point views are given. */
export interface FixedPointViewModel {
  readonly spec: FixedPointSpec;
  readonly layout: ParamLayout;
  /** The weights the shown relaxations used (before the update while stepping through one). */
  readonly params: Float64Array;
  /** The update being stepped through, or null between updates. */
  readonly trace: FixedPointStepTrace | null;
  /** The shown sample relaxed forward and back (trace's, or the frame's live one). */
  readonly sample: FixedPointSampleTrace | null;
  /** Index into `trace.samples` of the sample shown (0 when there is no trace). */
  readonly sampleIndex: number;
  readonly phase: Phase | null;
  /** What the cursor shows of the relaxations (null when there is no sample yet). */
  readonly stage: RelaxationStage | null;
  /** ρ(D·W) at the shown sample's fixed point (NaN when there is no sample). */
  readonly radius: number;
  /** The chosen parameter's gradient (W[last output ← first unit] until one is picked). */
  readonly rule: FixedPointParamRule | null;
}

/** The parameter a selection names (a block entry of W, V or b), or null. */
export function chosenParam(
  selection: Ref | null,
  spec: FixedPointSpec,
): { readonly block: FixedPointBlockName; readonly position: readonly number[] } | null {
  if (selection?.kind !== 'entry') return null;
  const { block, position } = selection;
  const N = spec.units;
  const within = (k: number | undefined, n: number): boolean =>
    k !== undefined && Number.isInteger(k) && k >= 0 && k < n;
  if (block === 'W' && within(position[0], N) && within(position[1], N)) return { block, position };
  if (block === 'V' && within(position[0], N) && within(position[1], spec.inputs))
    return { block, position };
  if (block === 'b' && within(position[0], N)) return { block, position };
  return null;
}

/** What is explained until the learner picks a parameter: W from unit 1 into the first output. */
export function defaultParam(spec: FixedPointSpec): {
  readonly block: FixedPointBlockName;
  readonly position: readonly number[];
} {
  return { block: 'W', position: [spec.outputUnits[0] ?? 0, 0] };
}

function build(s: AppStoreState, summary: FixedPointSummary): FixedPointViewModel | null {
  const shown = selectTrace(s);
  const trace = shown?.kind === 'fixed-point' ? shown : null;
  const phase = trace ? (phasesFor(trace)[s.cursor] ?? null) : null;
  const sampleIndex = phase && 'sample' in phase ? phase.sample : 0;
  if (!trace && !s.frame) return null;
  const spec = trace?.spec ?? summary.spec;
  const layout = trace?.layout ?? summary.layout;
  const params = trace ? trace.before : s.frame!.params;
  const sample = trace ? (trace.samples[sampleIndex] ?? null) : (s.frame?.relaxation ?? null);
  const param = chosenParam(s.selection, spec) ?? defaultParam(spec);
  return {
    spec,
    layout,
    params,
    trace,
    sample,
    sampleIndex,
    phase,
    stage: sample ? relaxationStage(sample, phase) : null,
    radius: sample
      ? relaxationRadius(params, blockOf(layout, 'W').offset, sample.d, spec.units)
      : NaN,
    rule: sample
      ? fixedPointParamRule(layout, param.block, param.position, trace, sample, sampleIndex)
      : null,
  };
}

let memo: { readonly inputs: readonly unknown[]; readonly model: FixedPointViewModel | null } = {
  inputs: [],
  model: null,
};

/** The fixed-point views' model, or null when the run is not a fixed-point net's. */
export function selectFixedPointView(s: AppStoreState): FixedPointViewModel | null {
  const summary = s.summary?.fixedPoint;
  if (!summary) return null;
  const inputs = [summary, s.traces, s.traceIndex, s.cursor, s.frame, s.selection];
  if (memo.inputs.length === inputs.length && inputs.every((x, k) => x === memo.inputs[k]))
    return memo.model;
  memo = { inputs, model: build(s, summary) };
  return memo.model;
}

/** True when the loaded run is a fixed-point net's. */
export const selectIsFixedPoint = (s: AppStoreState): boolean =>
  s.summary?.fixedPoint !== undefined;
