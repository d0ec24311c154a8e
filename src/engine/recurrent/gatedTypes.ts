// The gated cells' public shapes (LSTM and GRU, contracts.md "Recurrent networks"): their
// spec, problem and the per-step trace with the gates' values and deltas. Plain data only.
import type { ParamLayout } from '../layout';
import type { LossName, UpdateTraceBase } from '../types';
import type { RnnSpec, SequenceConfig, SweepTrace } from './types';

export type GatedKind = 'lstm' | 'gru';

/**
 * Where a GRU's reset gate acts. reset-after (PyTorch's, cuDNN's and Keras' reset_after=True):
 * nₜ = tanh(Wxn·xₜ + bxn + rₜ⊙(Whn·hₜ₋₁ + bhn)). reset-before (Cho et al. 2014):
 * nₜ = tanh(Wxn·xₜ + bxn + Whn·(rₜ⊙hₜ₋₁) + bhn).
 */
export type GruConvention = 'reset-after' | 'reset-before';

/** The gates in the order of the layout's blocks: LSTM i f g o, GRU r z n. */
export const GATES = {
  lstm: ['i', 'f', 'g', 'o'],
  gru: ['r', 'z', 'n'],
} as const satisfies Record<GatedKind, readonly string[]>;

export type LstmGate = (typeof GATES)['lstm'][number];
export type GruGate = (typeof GATES)['gru'][number];

/**
 * One gated layer of `hidden` units, then (with `readout`) a dense readout per step. The
 * gates are sigmoids and the candidate a tanh; `activation` is always "tanh" (what hₜ's range
 * is, for the loss without a readout).
 */
export interface GatedSpec extends RnnSpec {
  readonly cell: GatedKind;
  readonly activation: 'tanh';
  /** Only meaningful for GRU. */
  readonly gru: GruConvention;
}

export interface GatedProblem {
  readonly spec: GatedSpec;
  readonly sequence: SequenceConfig;
  readonly loss: LossName;
}

/** One time step of one sample (1-based t), forward and backward. */
export interface GatedTimeStepTrace {
  readonly t: number;
  readonly x: Float64Array;
  readonly h: Float64Array;
  /** The readout yₜ (hₜ itself without a readout). */
  readonly y: Float64Array;
  readonly target: Float64Array | null;
  readonly loss: number | null;
  readonly dLdy: Float64Array | null;
  /** The total ∂L/∂hₜ (from this step's output and from step t+1), summed over sweeps. */
  readonly dLdh: Float64Array;
  /** Gate values by name, in GATES order (i f g o, or r z n). */
  readonly gates: Readonly<Record<string, Float64Array>>;
  /** ∂L/∂(each gate's pre-activation), summed over sweeps. */
  readonly dGates: Readonly<Record<string, Float64Array>>;
  /** LSTM: the cell state cₜ and the total ∂L/∂cₜ; null for GRU. */
  readonly c: Float64Array | null;
  readonly dLdc: Float64Array | null;
}

export interface GatedSampleTrace {
  readonly index: number;
  readonly steps: readonly GatedTimeStepTrace[];
  readonly loss: number;
  readonly sweeps: readonly SweepTrace[] | null;
}

/** Everything one update of an LSTM or GRU did: the `'lstm'` / `'gru'` members of the union. */
export interface GatedStepTrace<K extends GatedKind = GatedKind> extends UpdateTraceBase {
  readonly kind: K;
  readonly spec: GatedSpec;
  readonly sequence: SequenceConfig;
  /** The cell's blocks, then Why and by, as the flat arrays are laid out. */
  readonly layout: ParamLayout;
  readonly samples: readonly GatedSampleTrace[];
}

export type LstmStepTrace = GatedStepTrace<'lstm'>;
export type GruStepTrace = GatedStepTrace<'gru'>;

/** True for an LSTM's or GRU's sample (its steps carry gates), false for an Elman RNN's. */
export function isGatedSample(sample: {
  readonly steps: readonly object[];
}): sample is GatedSampleTrace {
  const first = sample.steps[0];
  return first !== undefined && 'gates' in first;
}
