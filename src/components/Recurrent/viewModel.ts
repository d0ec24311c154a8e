// What the recurrent views (unrolled graph, chain rule through time, worked example per step,
// gradient through time) are given: plain data the store assembles from the worker's frames
// and traces. The views read this and nothing else, so they are tested without a worker.
import type { ParamLayout } from '../../engine/layout';
import type {
  RnnSampleTrace,
  RnnSpec,
  RnnStepTrace,
  SequenceConfig,
} from '../../engine/recurrent/types';
import type { Ref } from '../../engine/types';
import type { Phase } from '../../explain/phases';

/** The gradient's L2 norm per weight block (Wxh, Whh, Why) after one update. */
export interface BlockNormPoint {
  readonly update: number;
  readonly norms: Readonly<Record<string, number>>;
}

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

/** The props every recurrent view takes. */
export interface RecurrentViewProps {
  readonly model: RecurrentViewModel;
  readonly selection: Ref | null;
  readonly onSelect: (ref: Ref | null) => void;
}
