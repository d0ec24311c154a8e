// The model seam: what the one trainer needs from a network family (MLP today, RNN next,
// LSTM/GRU/conv later). Types only: a family implements `Model` in its own file
// (`mlp.ts`, `rnn.ts`, …); batching, the batch mean, regularization, optimizers,
// divergence checks and snapshots stay in `trainer.ts` and never see the family.
import type { ParamBlock, ParamLayout } from './layout';
import type { Rng } from './random';
import type {
  ActivationName,
  GradientClip,
  LossName,
  Metrics,
  OptimizerConfig,
  RegularizationConfig,
} from './types';

/** The network families. A family adds its name here and its `Model` in its own file. */
export type ModelKind =
  | 'mlp'
  | 'rnn'
  // Almeida–Pineda fixed-point nets (fixedpoint/)
  | 'fixed-point'
  // convolutional nets (conv/)
  | 'cnn'
  // the gated recurrent cells (recurrent/gatedModel.ts)
  | 'lstm'
  | 'gru';

/** What one sample's pass needs besides the parameters. */
export interface PassOptions {
  readonly loss: LossName;
  /** Inverted-dropout rate of hidden units; families without dropout ignore it. */
  readonly dropout: number;
  /** The dropout stream; null = no dropout (inspection, evaluation, gradient check). */
  readonly rng: Rng | null;
}

/** The first non-finite activation met when a sample is replayed with checks. */
export interface NonFiniteActivation {
  /** 1-based layer as the learner counts it (1 = first hidden layer of an MLP). */
  readonly layer: number;
  readonly value: number;
}

/** Whose parameter a flat index is, in the words of a divergence message. */
export interface ParamOwner {
  /** 1-based layer, as in `NonFiniteActivation`. */
  readonly layer: number;
  readonly quantity: 'weight' | 'bias';
}

/**
 * One group of the per-update statistics (`LayerStats`): the norm ‖∇W‖₂ and the ratio
 * ‖ΔW‖₂/‖W‖₂ are taken over `weights`, and every proposed entry of `blocks` is checked for
 * finiteness. MLP: one group per non-input layer, {W_l} and {W_l, b_l}.
 */
export interface StatGroup {
  readonly weights: readonly ParamBlock[];
  readonly blocks: readonly ParamBlock[];
}

/** The parts of one traced update the trainer hands to the family's step-trace builder. */
export interface StepParts<Sample> {
  /** 1-based number of this update. */
  readonly update: number;
  readonly epoch: number;
  readonly loss: LossName;
  readonly regularization: RegularizationConfig;
  readonly trainBiases: boolean;
  readonly dropout: number;
  /** Data-set indices of the batch's samples, in the order they were processed. */
  readonly batch: number[];
  readonly samples: Sample[];
  /** Mean of the samples' losses (regularization excluded). */
  readonly batchLoss: number;
  readonly regularizationLoss: number;
  /** Batch-mean gradient including regularization, flat in layout order (a fresh copy). */
  readonly gradients: Float64Array;
  readonly before: Float64Array;
  readonly after: Float64Array;
  readonly optimizer: {
    readonly config: OptimizerConfig;
    readonly t: number;
    readonly state: Readonly<Record<string, Float64Array>>;
    readonly change: Float64Array;
  };
  /** With optimizer.clipNorm: the gradient's norm before clipping and the factor applied. */
  readonly clip?: GradientClip;
}

/**
 * A network family bound to its parameters and its data set. The trainer drives it sample by
 * sample and never asks which family it is:
 *
 *   grads ← 0
 *   for each sample s of the batch:   loss_s = model.accumulate(s, grads, pass)
 *   grads ← grads / |batch| + ∂R/∂θ   (R over the layout's 'weight' blocks)
 *   θ ← optimizer(θ, grads)           (entries of 'bias' blocks frozen when trainBiases = false)
 *
 * A *sample* is whatever one data-set index names: one input row for an MLP (a sequence of
 * length 1), a whole sequence for a recurrent net. Its loss is the family's per-sample loss
 * (for a sequence: the sum or mean over its scored steps); its gradient is the full gradient of
 * that loss (BPTT, full or truncated, is inside `accumulate`).
 *
 * Contract:
 * - `params` is the one flat vector, in `layout` order; the trainer mutates it in place
 *   (optimizer step, restore) and the model reads it at every pass.
 * - `accumulate` and `evaluate` allocate nothing: caches are allocated up front (a family may
 *   reallocate when a setting that shapes them changes, e.g. dropout on/off).
 * - `traceSample` copies (fresh arrays) what the last `accumulate` computed.
 * - Numbers depend only on params, the data and `pass.rng`; the same calls give the same bits.
 */
export interface Model<Sample = unknown, Step = unknown> {
  readonly kind: ModelKind;
  readonly layout: ParamLayout;
  /** All parameters, flat in `layout` order. Mutated in place by the trainer. */
  readonly params: Float64Array;
  /** Statistics groups, in the order of `LayerStats` entries. */
  readonly statGroups: readonly StatGroup[];
  /**
   * Forward and backward pass of data-set sample `index`. Returns the sample's loss; when it is
   * finite and `grads` is given, adds ∂loss/∂θ into `grads` (mutates grads). A non-finite loss
   * returns before the backward pass (grads untouched by this sample's gradient).
   */
  accumulate(index: number, grads: Float64Array | null, pass: PassOptions): number;
  /**
   * Optional untraced fast path: `accumulate` of order[start … start+count) in turn, with the
   * same bits (each gradient entry sums its samples in order), writing each loss into
   * losses[s] (s from 0). Stops at the first non-finite loss and returns its position s (grads
   * then hold part of the batch); −1 when every loss is finite. The trainer uses it for
   * untraced steps, so a family may run the batch layer by layer.
   */
  accumulateMany?(
    order: Uint32Array,
    start: number,
    count: number,
    grads: Float64Array,
    pass: PassOptions,
    losses: Float64Array,
  ): number;
  /**
   * Optional traced fast path: `accumulateMany` that also pushes each sample's trace (what
   * `traceSample` would give after its `accumulate`) onto `samples`, in order. The trainer
   * uses it for traced steps when present.
   */
  accumulateManyTraced?(
    order: Uint32Array,
    start: number,
    count: number,
    grads: Float64Array,
    pass: PassOptions,
    losses: Float64Array,
    samples: Sample[],
  ): number;
  /**
   * Optional, for families whose samples are coupled within a batch (batch norm): called by
   * the trainer once before a training batch's `accumulate` calls, with the batch's data-set
   * indices `order[start … start+count)` in the order they will be accumulated. Such a family
   * runs the whole batch here (and updates its running statistics); `accumulate` then returns
   * each sample's loss from that pass and the first call adds the gradient of the batch's
   * summed loss (through every coupling). Families with independent samples leave it out.
   */
  prepareBatch?(order: Uint32Array, start: number, count: number, pass: PassOptions): void;
  /** Fresh copies of what the last `accumulate` computed, as this family's sample trace. */
  traceSample(index: number, loss: number): Sample;
  /** This family's step trace (one member of the trace union) from the trainer's parts. */
  traceStep(parts: StepParts<Sample>): Step;
  /**
   * A traced forward and backward pass of sample `index` without dropout, whatever its loss,
   * touching no gradient buffer (the learner inspecting a sample between updates).
   */
  inspect(index: number, loss: LossName): Sample;
  /** Replays sample `index` forward without dropout, checking every activation. */
  findNonFinite(index: number): NonFiniteActivation | null;
  /** Whose parameter flat index `k` is (for divergence messages). */
  ownerOf(k: number): ParamOwner;
  /** Mean per-sample loss (no regularization) and accuracy over `indices`, forward only. */
  evaluate(loss: LossName, indices: ArrayLike<number>): Metrics;
  /** The activations a learner may change live, in the family's order. */
  activationNames(): readonly ActivationName[];
  /** Takes effect at the next pass; throws RangeError when the count is wrong. */
  setActivations(names: readonly ActivationName[]): void;
}

/** The layer operations. A kind adds its name here and its record in its own file. */
export type LayerKind =
  | 'dense'
  | 'rnn'
  // the convolutional net's layers (conv/)
  | 'conv2d'
  | 'maxpool'
  | 'avgpool'
  | 'batchnorm'
  | 'flatten'
  // the gated recurrent cells (recurrent/gatedRecord.ts)
  | 'lstm'
  | 'gru';

/** Randomness of one forward pass: inverted dropout with rate `dropout` from `rng`. */
export interface Noise {
  readonly dropout: number;
  readonly rng: Rng | null;
}

/**
 * A layer operation as a record, like the activation records: stateless functions over the
 * layer's description (`Layer`: its shape, its blocks in the layout, its activation) and a
 * cache (`Cache`) allocated once by `createCache`, so untraced passes allocate nothing.
 * `t` is the time step (0-based) for layers inside time; layers outside time ignore it.
 *
 * A model drives its records: forward in order (layer by layer, step by step), then backward
 * in reverse. The record only knows its own maths:
 * - `forward`: output of step t from input `x`, written into the cache;
 * - `backward`: from ∂L/∂output already in the cache, adds this layer's parameter gradient
 *   into `grads` (mutates grads, skipped when null) and writes ∂L/∂x into `dx` (null when x
 *   is the network's input, so nothing flows further);
 * - `trace`: fresh copies of the cache for step t, as the family's trace shows them.
 */
export interface LayerRecord<Layer, Cache, Trace> {
  readonly kind: LayerKind;
  createCache(layer: Layer, options: { readonly dropout: boolean }): Cache;
  forward(
    layer: Layer,
    cache: Cache,
    params: Float64Array,
    x: Float64Array,
    noise: Noise,
    t: number,
  ): void;
  backward(
    layer: Layer,
    cache: Cache,
    params: Float64Array,
    x: Float64Array,
    grads: Float64Array | null,
    dx: Float64Array | null,
    t: number,
  ): void;
  trace(layer: Layer, cache: Cache, t: number): Trace;
}
