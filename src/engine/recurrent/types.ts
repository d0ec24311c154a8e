// The Elman RNN's public shapes: its spec, the sequence settings, sequence data and the
// per-step trace of contracts.md ("Recurrent networks"). Plain data only.
import type { ParamLayout } from '../layout';
import type { LossName, UpdateTraceBase } from '../types';

export type RecurrentActivationName = 'tanh' | 'relu' | 'sigmoid' | 'linear';
export type ReadoutActivationName = 'linear' | 'sigmoid' | 'tanh' | 'softmax';

/** One recurrent layer of `hidden` units, then (with `readout`) a dense readout per step. */
export interface RnnSpec {
  readonly inputs: number;
  readonly hidden: number;
  /** Equals `hidden` when there is no readout (hₜ itself is compared with the target). */
  readonly outputs: number;
  readonly activation: RecurrentActivationName;
  readonly outputActivation: ReadoutActivationName;
  readonly readout: boolean;
}

export type BpttConfig =
  | { readonly mode: 'full' }
  /** Sutskever's BPTT(k1, k2): a sweep every k1 steps, each over k2 steps (1 ≤ k1 ≤ k2). */
  | { readonly mode: 'truncated'; readonly k1: number; readonly k2: number };

export interface SequenceConfig {
  /** every-step: a target row per step · last-step: only the last step is scored. */
  readonly readout: 'every-step' | 'last-step';
  /** A sequence's loss: the sum or the mean of its scored steps' losses. */
  readonly lossOverTime: 'sum' | 'mean';
  readonly bptt: BpttConfig;
}

/** What the recurrent forward and backward passes need besides the parameters. */
export interface RnnProblem {
  readonly spec: RnnSpec;
  readonly sequence: SequenceConfig;
  readonly loss: LossName;
}

/**
 * Sequences as flat rows. Sequence s has `lengths[s]` steps; its step t (0-based) is
 * inputs[(starts[s] + t)·nIn …]. Targets: every-step rows at the same step index
 * (targets[(starts[s] + t)·nOut …]); last-step one row at targets[s·nOut …].
 * Class targets are already one-hot.
 */
export interface SequenceDataset {
  readonly n: number;
  readonly nIn: number;
  readonly nOut: number;
  readonly readout: 'every-step' | 'last-step';
  readonly starts: Uint32Array;
  readonly lengths: Uint32Array;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly task: 'classification' | 'regression';
}

/** One time step of one sample, forward and backward (contracts.md, 1-based t). */
export interface RnnTimeStepTrace {
  readonly t: number;
  readonly x: Float64Array;
  /** aₜ = Wxh·xₜ + Whh·hₜ₋₁ + bh */
  readonly a: Float64Array;
  readonly h: Float64Array;
  /** The readout yₜ (hₜ itself without a readout). */
  readonly y: Float64Array;
  /** null on steps that are not scored. */
  readonly target: Float64Array | null;
  /** This step's own loss ℓₜ (before the mean over time), or null when not scored. */
  readonly loss: number | null;
  /** ∂L/∂yₜ of the sequence's loss L, or null when not scored. */
  readonly dLdy: Float64Array | null;
  /** The total ∂L/∂hₜ (from this step's output and from step t+1), summed over sweeps. */
  readonly dLdh: Float64Array;
  /** ∂L/∂aₜ, summed over sweeps. */
  readonly delta: Float64Array;
}

/** One truncated-BPTT sweep: its step, the steps injected and the steps swept (1-based). */
export interface SweepTrace {
  readonly at: number;
  readonly injected: readonly number[];
  readonly swept: readonly number[];
}

export interface RnnSampleTrace {
  /** The sequence's index in the data set. */
  readonly index: number;
  readonly steps: readonly RnnTimeStepTrace[];
  /** The sequence's loss L. */
  readonly loss: number;
  /** The sweeps of truncated BPTT; null for full BPTT. */
  readonly sweeps: readonly SweepTrace[] | null;
}

/** Everything one update of an RNN did: the `'rnn'` member of the trace union `Trace`. */
export interface RnnStepTrace extends UpdateTraceBase {
  readonly kind: 'rnn';
  readonly spec: RnnSpec;
  readonly sequence: SequenceConfig;
  /** The blocks (Wxh Whh bh Why by) the flat arrays are laid out in. */
  readonly layout: ParamLayout;
  /** One per sequence of the batch, in the order they were processed. */
  readonly samples: readonly RnnSampleTrace[];
}
