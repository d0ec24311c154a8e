// The trainer's public shapes: options, snapshot and the trainer interfaces. Types only.
import type { Model } from './model';
import type { RngState } from './random';
import type {
  ActivationName,
  Dataset,
  Network,
  SampleTrace,
  StepResult,
  StepTrace,
  TrainerConfig,
} from './types';

/** What the trainer needs besides the model: which samples it trains on, how, and the seed. */
export interface ModelTrainerOptions {
  /** Data-set indices of the training samples, in their first-epoch order before shuffling. */
  readonly trainIndices: Uint32Array;
  readonly config: TrainerConfig;
  readonly seed: number;
}

/** An MLP trainer's options: the network and its data, from which it builds its model. */
export interface TrainerOptions extends ModelTrainerOptions {
  readonly net: Network;
  readonly data: Dataset;
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

/** The one trainer, over any family's model (`Sample`/`Step`: its traces). */
export interface ModelTrainer<Sample = unknown, Step = unknown> {
  readonly model: Model<Sample, Step>;
  readonly trainIndices: Uint32Array;
  readonly config: TrainerConfig;
  /** Updates applied so far. */
  readonly updates: number;
  /** 1-based epoch the next update belongs to. */
  readonly epoch: number;
  /** Training samples of the current epoch already used. */
  readonly positionInEpoch: number;
  /** One update. Untraced, the result object is reused: valid until the next call. */
  step(trace?: boolean): StepResult<Step>;
  /** Takes effect at the next update. */
  configure(patch: Partial<TrainerConfig>): void;
  setActivations(names: readonly ActivationName[]): void;
  optimizerState(): Readonly<Record<string, Float64Array>>;
  /** A traced forward and backward pass of one data-set sample, without dropout or update. */
  inspect(index: number): Sample;
  snapshot(): TrainerSnapshot;
  restore(snapshot: TrainerSnapshot): void;
}

/** The MLP trainer: the one trainer over an MLP model, with its network and data at hand. */
export interface Trainer extends ModelTrainer<SampleTrace, StepTrace> {
  readonly net: Network;
  readonly data: Dataset;
}
