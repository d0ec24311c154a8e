// The convolutional views' model from the store: the shown update's trace and cursor (its
// batch, for batch norm's statistics), else the frame's live inspection of the shown image;
// the layers' shapes and blocks; the gradient norm per layer. Pure but for a one-entry memo
// per store (React needs a stable object). The views (components/Conv) take it as props.
import type { CnnSampleTrace, CnnSpec, CnnStepTrace } from '../engine/conv/types';
import type { ParamLayout } from '../engine/layout';
import { blockGradientNorms, convLayers, type ConvLayerInfo } from '../explain/convLayers';
import type { Phase } from '../explain/phases';
import type { CnnSummary } from '../protocol/messages';
import { phasesFor, selectTrace } from './selectors';
import type { AppStoreState } from './types';

export interface ConvViewModel {
  readonly spec: CnnSpec;
  readonly layout: ParamLayout;
  readonly layers: readonly ConvLayerInfo[];
  /** The weights the shown pass used (before the update while stepping through one). */
  readonly params: Float64Array;
  /** The update being stepped through, or null (playing, paused between updates). */
  readonly trace: CnnStepTrace | null;
  /** The image shown, forward and backward. */
  readonly sample: CnnSampleTrace;
  /** The batch the shown pass belongs to (the trace's samples, or the one image). */
  readonly batch: readonly CnnSampleTrace[];
  /** Index of `sample` in `batch`. */
  readonly sampleIndex: number;
  readonly phase: Phase | null;
  /** Batch norm used batch statistics (a traced training update) or running ones. */
  readonly training: boolean;
  /** Statistics groups' first blocks (K1, W4, …) and their gradient norms (NaN: none yet). */
  readonly groups: readonly string[];
  readonly gradNorms: readonly number[];
  /** Images in the data set, and the data-set index of the image the frames inspect. */
  readonly samples: number;
  readonly shown: number;
}

function build(s: AppStoreState, cnn: CnnSummary): ConvViewModel | null {
  const shown = selectTrace(s);
  const trace = shown?.kind === 'cnn' ? shown : null;
  if (trace) {
    const phase = phasesFor(trace)[s.cursor] ?? null;
    const sampleIndex = phase && 'sample' in phase ? phase.sample : 0;
    const sample = trace.samples[sampleIndex];
    if (!sample) return null;
    return {
      spec: trace.spec,
      layout: trace.layout,
      layers: convLayers(trace.spec, trace.layout, sample),
      params: trace.before,
      trace,
      sample,
      batch: trace.samples,
      sampleIndex,
      phase,
      training: trace.training,
      groups: cnn.groups,
      gradNorms: blockGradientNorms(trace.layout, trace.gradients, cnn.groups),
      samples: cnn.samples,
      shown: sample.index,
    };
  }
  const image = s.frame?.image;
  if (!s.frame || !image) return null;
  return {
    spec: cnn.spec,
    layout: cnn.layout,
    layers: convLayers(cnn.spec, cnn.layout, image),
    params: s.frame.params,
    trace: null,
    sample: image,
    batch: [image],
    sampleIndex: 0,
    phase: null,
    training: false,
    groups: cnn.groups,
    gradNorms: Array.from(s.frame.gradNorm),
    samples: cnn.samples,
    shown: image.index,
  };
}

interface Memo {
  readonly inputs: readonly unknown[];
  readonly model: ConvViewModel | null;
}
const memos = new WeakMap<object, Memo>();

/** The convolutional views' model, or null when the run is not a CNN (or nothing is shown). */
export function selectConvView(s: AppStoreState): ConvViewModel | null {
  const cnn = s.summary?.cnn;
  if (!cnn) return null;
  const inputs = [cnn, s.traces, s.traceIndex, s.cursor, s.frame];
  // keyed by the store's actions object: one memo per app instance (two embeds never share)
  const memo = memos.get(s.actions);
  if (memo && inputs.every((x, k) => x === memo.inputs[k])) return memo.model;
  const model = build(s, cnn);
  memos.set(s.actions, { inputs, model });
  return model;
}

/** True when the loaded run is a convolutional net's. */
export const selectIsConv = (s: AppStoreState): boolean => s.summary?.cnn !== undefined;
