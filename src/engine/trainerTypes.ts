// The trainer's public shapes: options, snapshot and the Trainer interface. Types only.
import type { RngState } from './random';
import type {
  ActivationName,
  Dataset,
  Network,
  SampleTrace,
  StepResult,
  TrainerConfig,
} from './types';

export interface TrainerOptions {
  readonly net: Network;
  readonly data: Dataset;
  /** Data-set indices of the training samples, in their first-epoch order before shuffling. */
  readonly trainIndices: Uint32Array;
  readonly config: TrainerConfig;
  readonly seed: number;
}

/** Everything needed to resume exactly: plain, structured-cloneable data. */
export interface TrainerSnapshot {
  readonly params: Float64Array;
  readonly optimizer: {
    readonly t: number;
    readonly state: Readonly<Record<string, Float64Array>>;
  };
  readonly config: TrainerConfig;
  readonly activations: readonly ActivationName[];
  readonly updates: number;
  readonly epochsCompleted: number;
  readonly position: number;
  readonly order: Uint32Array;
  readonly rng: { readonly shuffle: RngState; readonly dropout: RngState };
}

export interface Trainer {
  readonly net: Network;
  readonly data: Dataset;
  readonly trainIndices: Uint32Array;
  readonly config: TrainerConfig;
  /** Updates applied so far. */
  readonly updates: number;
  /** 1-based epoch the next update belongs to. */
  readonly epoch: number;
  /** Training samples of the current epoch already used. */
  readonly positionInEpoch: number;
  /** One update. Untraced, the result object is reused: valid until the next call. */
  step(trace?: boolean): StepResult;
  /** Takes effect at the next update. */
  configure(patch: Partial<TrainerConfig>): void;
  setActivations(names: readonly ActivationName[]): void;
  optimizerState(): Readonly<Record<string, Float64Array>>;
  /** A traced forward and backward pass of one data-set sample, without dropout or update. */
  inspect(index: number): SampleTrace;
  snapshot(): TrainerSnapshot;
  restore(snapshot: TrainerSnapshot): void;
}
