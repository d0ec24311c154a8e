// The engine's public types: networks, data, training configuration, traces.
// Plain data and interfaces only; no behaviour lives here.
import type { FixedPointStepTrace } from './fixedpoint/types';
import type { GatedStepTrace } from './recurrent/gatedTypes';
import type { RnnStepTrace } from './recurrent/types';
import type { CnnStepTrace } from './conv/types';
import type { ParamLayout } from './layout';

export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'leaky-relu' | 'linear' | 'softmax';
export type LossName = 'squared-error' | 'mse' | 'cross-entropy';
export type InitName =
  'xavier-uniform' | 'xavier-normal' | 'he-uniform' | 'he-normal' | 'uniform' | 'zeros';

/** `clipNorm` (any optimizer): the batch gradient's global L2 norm is capped at it. */
export type OptimizerConfig = OptimizerRule & { readonly clipNorm?: number | undefined };
export type OptimizerRule =
  | { readonly kind: 'sgd'; readonly learningRate: number }
  | {
      readonly kind: 'momentum';
      readonly learningRate: number;
      readonly momentum: number;
      readonly nesterov: boolean;
    }
  | {
      readonly kind: 'rmsprop';
      readonly learningRate: number;
      readonly decay: number;
      readonly epsilon: number;
    }
  | {
      readonly kind: 'adam';
      readonly learningRate: number;
      readonly beta1: number;
      readonly beta2: number;
      readonly epsilon: number;
    };
export type OptimizerKind = OptimizerConfig['kind'];

export type BatchConfig =
  | { readonly mode: 'online' }
  | { readonly mode: 'minibatch'; readonly size: number }
  | { readonly mode: 'full' };

export type RegularizationConfig =
  | { readonly kind: 'none' }
  | { readonly kind: 'l2'; readonly rate: number }
  | { readonly kind: 'l1'; readonly rate: number };

/**
 * An activation: the function, its derivative and the TeX of both, side by side.
 * Elementwise activations also expose scalar f and df; softmax is vector-valued.
 */
export interface ActivationBase {
  readonly name: ActivationName;
  /** TeX of the function, e.g. `\sigma(z) = \frac{1}{1 + e^{-z}}`. */
  readonly tex: string;
  /** TeX of the derivative, e.g. `\sigma'(z) = \sigma(z)\,(1 - \sigma(z))`. */
  readonly dTex: string;
  /** a[k] = f(z)[k] for k < n. */
  forward(z: Float64Array, a: Float64Array, n: number): void;
  /** dz[k] = Σ_m da[m] · ∂a[m]/∂z[k] for k < n (the elementwise case: da[k] · f'(z[k])). */
  backward(z: Float64Array, a: Float64Array, da: Float64Array, dz: Float64Array, n: number): void;
}
export interface ElementwiseActivation extends ActivationBase {
  readonly kind: 'elementwise';
  f(z: number): number;
  /** f'(z), given z and a = f(z) (sigmoid uses a·(1−a), tanh 1−a²). */
  df(z: number, a: number): number;
}
export interface VectorActivation extends ActivationBase {
  readonly kind: 'vector';
}
export type Activation = ElementwiseActivation | VectorActivation;

/** A loss for one sample: its value, its gradient with respect to the output, and TeX. */
export interface Loss {
  readonly name: LossName;
  readonly tex: string;
  readonly dTex: string;
  /** L(y, t) for outputs y[0..n) and targets t[0..n). `outputActivation` picks binary vs categorical cross-entropy. */
  value(y: Float64Array, t: Float64Array, n: number, outputActivation: ActivationName): number;
  /** dy[k] = ∂L/∂y[k]. */
  grad(
    y: Float64Array,
    t: Float64Array,
    dy: Float64Array,
    n: number,
    outputActivation: ActivationName,
  ): void;
}

/**
 * Where one layer's parameters sit in the flat parameter vector.
 * W: [nOut, nIn] row-major at params[wOffset + j*nIn + i] — the weight from neuron i of the
 * previous layer to neuron j of this layer (the scenario's weights[l][j][i]).
 * b: [nOut] at params[bOffset + j].
 */
export interface LayerShape {
  readonly nIn: number;
  readonly nOut: number;
  readonly wOffset: number;
  readonly bOffset: number;
}

/** A fully connected network. `params` is mutated in place by training. */
export interface Network {
  /** Layer sizes, input layer first. */
  readonly sizes: readonly number[];
  /** One per non-input layer; may be replaced between updates (live activation change). */
  activations: Activation[];
  /** The named blocks W1, b1, W2, b2, … over `params` (see network.ts `mlpLayout`). */
  readonly layout: ParamLayout;
  /** One per non-input layer, in forward order: the layout's W and b offsets. */
  readonly layers: readonly LayerShape[];
  /** All weights and biases: W1, b1, W2, b2, … (see LayerShape). */
  readonly params: Float64Array;
}

/**
 * One reference type for "a thing on the screen", used by the store's selection, the graph,
 * the chain rule and the worked example. ONE layer numbering: layers count the input layer
 * as 0, so `sizes[layer]` is that layer's width. A unit (`neuron`) is unit j of `layer`; a
 * weight goes from unit i of `layer` to unit j of `layer + 1`; a bias belongs to unit j of
 * `layer + 1` (the weight from `layer`'s constant 1-unit). So an MLP parameter's `layer` is its
 * sending layer, and it lives in the blocks W{layer+1}, b{layer+1} of the layout. Families
 * with other blocks name an `entry` (block name and row-major position). `t` is the 0-based
 * time step where there is time (recurrent nets); absent otherwise.
 */
export type Ref =
  | {
      readonly kind: 'weight';
      readonly layer: number;
      readonly j: number;
      readonly i: number;
      readonly t?: number;
    }
  | { readonly kind: 'bias'; readonly layer: number; readonly j: number; readonly t?: number }
  | { readonly kind: 'neuron'; readonly layer: number; readonly j: number; readonly t?: number }
  | {
      readonly kind: 'entry';
      readonly block: string;
      readonly position: readonly number[];
      readonly t?: number;
    };

/** The references that name one MLP parameter (a weight or a bias). */
export type ParamRef = Extract<Ref, { readonly kind: 'weight' | 'bias' }>;

/** The references that name a unit. */
export type UnitRef = Extract<Ref, { readonly kind: 'neuron' }>;

/** Samples as flat rows. inputs: [n, nIn]; targets: [n, nOut] (class targets already one-hot). */
export interface Dataset {
  readonly n: number;
  readonly nIn: number;
  readonly nOut: number;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** 'classification' reports accuracy; 'regression' reports none. */
  readonly task: 'classification' | 'regression';
}

export interface TrainerConfig {
  readonly loss: LossName;
  readonly optimizer: OptimizerConfig;
  readonly batch: BatchConfig;
  readonly regularization: RegularizationConfig;
  /** Probability of dropping a hidden unit during training (inverted dropout); 0 = off. */
  readonly dropout: number;
  /** Reshuffle the training samples at each epoch (seeded). */
  readonly shuffle: boolean;
  /** false keeps every bias fixed: its gradient is computed and traced, but never applied. */
  readonly trainBiases: boolean;
}

/** One layer of one sample, forward and backward. All arrays have the layer's nOut entries. */
export interface LayerTrace {
  readonly z: Float64Array;
  /** Activation passed on to the next layer (after the dropout mask, when there is one). */
  readonly a: Float64Array;
  /** ∂L/∂a. */
  readonly dLda: Float64Array;
  /** δ = ∂L/∂z. */
  readonly delta: Float64Array;
  /** Inverted-dropout multipliers (0 or 1/(1−p)) of a hidden layer, or null when no dropout. */
  readonly mask: Float64Array | null;
}

export interface SampleTrace {
  /** The sample's index in the data set (before the train/test split). */
  readonly index: number;
  readonly input: Float64Array;
  readonly target: Float64Array;
  /** Non-input layers in forward order. */
  readonly layers: readonly LayerTrace[];
  readonly loss: number;
}

export interface OptimizerTrace {
  readonly config: OptimizerConfig;
  /** Number of optimizer steps taken, this one included (Adam's t). */
  readonly t: number;
  /**
   * The optimizer's state after the step, flat like params: sgd {} · momentum {velocity} ·
   * rmsprop {s} · adam {m, v, mHat, vHat}.
   */
  readonly state: Readonly<Record<string, Float64Array>>;
  /** The change applied to each parameter: after − before (0 where not trainable). */
  readonly change: Float64Array;
}

/** What the trace of one update holds for every network family; flat arrays in its layout. */
export interface UpdateTraceBase {
  /** 1-based number of this update. */
  readonly update: number;
  /** 1-based epoch this update belongs to. */
  readonly epoch: number;
  readonly loss: LossName;
  readonly regularization: RegularizationConfig;
  readonly trainBiases: boolean;
  /** Data-set indices of the batch's samples, in the order they were processed. */
  readonly batch: readonly number[];
  /** Mean of the samples' losses (regularization excluded). */
  readonly batchLoss: number;
  /** The regularization penalty at the parameters before the step (0 without). */
  readonly regularizationLoss: number;
  /** Batch-mean gradient including regularization (before any clipping). */
  readonly gradients: Float64Array;
  readonly before: Float64Array;
  readonly after: Float64Array;
  readonly optimizer: OptimizerTrace;
  /** With optimizer.clipNorm: the gradient's global norm before clipping and the factor applied. */
  readonly clip?: GradientClip;
}

/**
 * Everything one update of an MLP did (the `'mlp'` member of the trace union `Trace`).
 * Flat arrays use the params layout of the network.
 */
export interface StepTrace extends UpdateTraceBase {
  /** The trace union's discriminant. */
  readonly kind: 'mlp';
  readonly sizes: readonly number[];
  readonly activations: readonly ActivationName[];
  readonly dropout: number;
  readonly samples: readonly SampleTrace[];
}

/** What gradient clipping did: ‖g‖₂ before, and the factor min(1, clipNorm/‖g‖₂). */
export interface GradientClip {
  readonly norm: number;
  readonly factor: number;
}

/** The MLP member of the trace union, by its family's name. */
export type MlpStepTrace = StepTrace;

/**
 * The trace union: what one update did, one member per network family, discriminated by
 * `kind` (`'mlp'`, `'rnn'`, `'lstm'`, `'gru'`, `'fixed-point'`, `'cnn'`; a family adds its member
 * here). Code that serves every family takes a `Trace` and switches on `kind`; MLP-only code
 * takes `StepTrace`.
 */
export type Trace =
  | MlpStepTrace
  | RnnStepTrace
  | CnnStepTrace
  // LSTM and GRU (`'lstm'`, `'gru'`)
  | GatedStepTrace
  | FixedPointStepTrace;

/** Every family's trace (what explain's phases take): the same union as `Trace`. */
export type AnyTrace = Trace;

/** Narrows a trace to one family's member. */
export type TraceOfKind<K extends Trace['kind']> = Extract<Trace, { readonly kind: K }>;

/**
 * Per statistics group of the model (an MLP's non-input layers): ‖∇W‖₂ of the batch gradient
 * and ‖ΔW‖₂ / ‖W‖₂ of the step.
 */
export interface LayerStats {
  readonly gradNorm: Float64Array;
  readonly updateRatio: Float64Array;
}

export type DivergenceQuantity =
  | 'loss'
  | 'activation'
  | 'gradient'
  | 'weight'
  | 'bias'
  // a fixed-point net's relaxation that did not settle (fixedpoint/settle.ts)
  | 'relaxation';

/** Why an update was refused: the first non-finite number found, and where. */
export interface Divergence {
  /** The 1-based number the refused update would have had. */
  readonly update: number;
  readonly epoch: number;
  /** 1-based non-input layer (1 = first hidden layer); null for the loss itself. */
  readonly layer: number | null;
  readonly quantity: DivergenceQuantity;
  /** Data-set index of the sample, when the quantity belongs to one. */
  readonly sample: number | null;
  readonly value: number;
  readonly learningRate: number;
  /** One sentence a learner can read, e.g. "Update 12: the gradient of layer 2 is NaN …". */
  readonly message: string;
}

/** One update's outcome; `T` is the family's member of the trace union. */
export type StepResult<T = StepTrace> =
  | {
      readonly ok: true;
      readonly update: number;
      readonly epoch: number;
      readonly loss: number;
      readonly stats: LayerStats;
      readonly trace: T | null;
    }
  | { readonly ok: false; readonly divergence: Divergence };

export interface Metrics {
  /** Mean per-sample loss, regularization excluded. */
  readonly loss: number;
  /** Fraction correct for classification; null for regression. */
  readonly accuracy: number | null;
}
