// The recurrent views' model from the store: the shown update's trace and cursor, else the
// frame's live inspection; the per-block gradient norms of the recent updates. Pure but for a
// one-entry memo (React needs a stable object). The views (components/Recurrent) take these
// types as their props' model.
import type { ParamLayout } from '../engine/layout';
import type {
  RnnSampleTrace,
  RnnSpec,
  RnnStepTrace,
  SequenceConfig,
} from '../engine/recurrent/types';
import { isGatedSample } from '../engine/recurrent/gatedTypes';
import type { Phase } from '../explain/phases';
import type { Frame, RecurrentSummary } from '../protocol/messages';
import { phasesFor, selectTrace } from './selectors';
import type { AppStoreState } from './types';

/** The gradient's L2 norm per weight block (Wxh, Whh, Why) after one update. */
export interface BlockNormPoint {
  readonly update: number;
  readonly norms: Readonly<Record<string, number>>;
}

/** What the recurrent views are given. */
export interface RecurrentViewModel {
  readonly spec: RnnSpec;
  readonly sequence: SequenceConfig;
  readonly layout: ParamLayout;
  /** The weights the shown pass used (before the update while stepping through one). */
  readonly params: Float64Array;
  /** The update being stepped through, or null between updates (playing, paused). */
  readonly trace: RnnStepTrace | null;
  /**
   * The shown sequence, forward and backward: `trace.samples[sampleIndex]` while stepping,
   * otherwise a live inspection of the shown sequence with the current weights.
   */
  readonly sample: RnnSampleTrace | null;
  /** Index into `trace.samples` of the sequence shown (0 when there is no trace). */
  readonly sampleIndex: number;
  /** The cursor inside the update; null when not stepping through one. */
  readonly phase: Phase | null;
  /** Per-block gradient norms over the recent updates, oldest first. */
  readonly blockNorms: readonly BlockNormPoint[];
  /** True when the biases are fixed (not trained) in this scenario. */
  readonly fixedBiases: boolean;
}

/** How many updates of per-block gradient norms the store keeps. */
export const BLOCK_NORM_UPDATES = 200;

/** The norms after `frame`'s update appended (a new array), at most BLOCK_NORM_UPDATES kept. */
export function appendBlockNorms(
  kept: readonly BlockNormPoint[],
  frame: Frame,
  groups: readonly string[] | undefined,
): readonly BlockNormPoint[] {
  if (!groups || frame.update === 0) return kept;
  if (!Array.from(frame.gradNorm).some(Number.isFinite)) return kept;
  const last = kept.at(-1);
  if (last && last.update >= frame.update) {
    // a step back (or a reload's replay) rewinds: drop the updates after this one
    if (last.update === frame.update) return kept;
    return appendBlockNorms(
      kept.filter((p) => p.update < frame.update),
      frame,
      groups,
    );
  }
  const norms: Record<string, number> = {};
  groups.forEach((name, g) => {
    norms[name] = frame.gradNorm[g];
  });
  return [...kept, { update: frame.update, norms }].slice(-BLOCK_NORM_UPDATES);
}

/** Whether the scenario shown keeps its biases fixed (`network.trainBiases: false`). */
function biasesFixed(scenario: unknown): boolean {
  const network = (scenario as { network?: { trainBiases?: unknown } } | null)?.network;
  return network?.trainBiases === false;
}

function build(
  s: AppStoreState,
  recurrent: RecurrentSummary & { readonly spec: RnnSpec },
): RecurrentViewModel | null {
  const shown = selectTrace(s);
  const trace = shown?.kind === 'rnn' ? shown : null;
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
  return {
    spec: recurrent.spec,
    sequence: recurrent.sequence,
    layout: recurrent.layout,
    params: s.frame.params,
    trace: null,
    sample: s.frame.sequence && !isGatedSample(s.frame.sequence) ? s.frame.sequence : null,
    sampleIndex: 0,
    phase: null,
    blockNorms: s.blockNorms,
    fixedBiases: biasesFixed(s.shareable?.scenario ?? s.scenario),
  };
}

let memo: { readonly inputs: readonly unknown[]; readonly model: RecurrentViewModel | null } = {
  inputs: [],
  model: null,
};

/** The recurrent views' model, or null when the run is not recurrent (or nothing is loaded). */
export function selectRecurrentView(s: AppStoreState): RecurrentViewModel | null {
  const recurrent = s.summary?.recurrent;
  // an LSTM's or GRU's views have their own model (store/gatedView.ts)
  if (!recurrent || 'cell' in recurrent.spec) return null;
  const inputs = [
    recurrent,
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
  memo = { inputs, model: build(s, recurrent) };
  return memo.model;
}

/** True when the loaded run is a recurrent net's. */
export const selectIsRecurrent = (s: AppStoreState): boolean => s.summary?.recurrent !== undefined;
