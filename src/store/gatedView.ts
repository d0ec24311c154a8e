// The LSTM/GRU views' model from the store: the shown update's trace and cursor, else the
// frame's live inspection of the shown sequence; the per-gate gradient norms of the recent
// updates. The gated sibling of recurrentView.ts. Pure but for a one-entry memo.
import type { ParamLayout } from '../engine/layout';
import {
  isGatedSample,
  type GatedSampleTrace,
  type GatedSpec,
  type GatedStepTrace,
} from '../engine/recurrent/gatedTypes';
import type { SequenceConfig } from '../engine/recurrent/types';
import type { Phase } from '../explain/phases';
import type { RecurrentSummary } from '../protocol/messages';
import type { BlockNormPoint } from './recurrentView';
import { phasesFor, selectTrace } from './selectors';
import type { AppStoreState } from './types';

/** What the gated views are given (the fields the recurrent views' model has, gated). */
export interface GatedViewModel {
  readonly spec: GatedSpec;
  readonly sequence: SequenceConfig;
  readonly layout: ParamLayout;
  /** The weights the shown pass used (before the update while stepping through one). */
  readonly params: Float64Array;
  /** The update being stepped through, or null between updates. */
  readonly trace: GatedStepTrace | null;
  /** The shown sequence forward and backward (the trace's, or a live inspection). */
  readonly sample: GatedSampleTrace | null;
  readonly sampleIndex: number;
  readonly phase: Phase | null;
  readonly blockNorms: readonly BlockNormPoint[];
  readonly fixedBiases: boolean;
}

const isGatedSpec = (spec: RecurrentSummary['spec']): spec is GatedSpec => 'cell' in spec;

function biasesFixed(scenario: unknown): boolean {
  const network = (scenario as { network?: { trainBiases?: unknown } } | null)?.network;
  return network?.trainBiases === false;
}

function build(
  s: AppStoreState,
  spec: GatedSpec,
  summary: RecurrentSummary,
): GatedViewModel | null {
  const shown = selectTrace(s);
  const trace = shown?.kind === 'lstm' || shown?.kind === 'gru' ? shown : null;
  if (trace) {
    const phase = phasesFor(trace)[s.cursor] ?? null;
    const sampleIndex = phase && 'sample' in phase ? phase.sample : 0;
    return {
      spec: trace.spec,
      sequence: trace.sequence,
      layout: trace.layout,
      params: trace.before,
      trace,
      sample: trace.samples[sampleIndex] ?? null,
      sampleIndex,
      phase,
      blockNorms: s.blockNorms,
      fixedBiases: !trace.trainBiases,
    };
  }
  if (!s.frame) return null;
  const live = s.frame.sequence;
  return {
    spec,
    sequence: summary.sequence,
    layout: summary.layout,
    params: s.frame.params,
    trace: null,
    sample: live && isGatedSample(live) ? live : null,
    sampleIndex: 0,
    phase: null,
    blockNorms: s.blockNorms,
    fixedBiases: biasesFixed(s.shareable?.scenario ?? s.scenario),
  };
}

let memo: { readonly inputs: readonly unknown[]; readonly model: GatedViewModel | null } = {
  inputs: [],
  model: null,
};

/** The gated views' model, or null when the run is not an LSTM's or GRU's. */
export function selectGatedView(s: AppStoreState): GatedViewModel | null {
  const summary = s.summary?.recurrent;
  if (!summary || !isGatedSpec(summary.spec)) return null;
  const inputs = [
    summary,
    s.traces,
    s.traceIndex,
    s.cursor,
    s.frame,
    s.blockNorms,
    s.shareable,
    s.scenario,
  ];
  if (memo.inputs.length === inputs.length && inputs.every((x, k) => x === memo.inputs[k]))
    return memo.model;
  memo = { inputs, model: build(s, summary.spec, summary) };
  return memo.model;
}

/** True when the loaded run is an LSTM's or GRU's. */
export const selectIsGated = (s: AppStoreState): boolean => {
  const spec = s.summary?.recurrent?.spec;
  return spec !== undefined && isGatedSpec(spec);
};
