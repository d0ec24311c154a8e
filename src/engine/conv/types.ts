// The convolutional family's public shapes (contracts.md "Convolutional networks"): the layer
// specs, the layer descriptions the records read, their batch caches and the per-sample trace.
// Plain data only.
import type { ParamLayout } from '../layout';
import type { Activation, UpdateTraceBase } from '../types';

export type CnnActivationName = 'relu' | 'leaky-relu' | 'sigmoid' | 'tanh' | 'linear' | 'softmax';

export type CnnLayerSpec =
  | {
      readonly type: 'conv2d';
      readonly filters: number;
      readonly size: number;
      readonly stride: number;
      readonly padding: number;
      readonly activation: CnnActivationName;
    }
  | { readonly type: 'maxpool'; readonly size: number; readonly stride: number }
  | { readonly type: 'avgpool'; readonly size: number; readonly stride: number }
  | { readonly type: 'batchnorm'; readonly epsilon: number; readonly momentum: number }
  | { readonly type: 'flatten' }
  | { readonly type: 'dense'; readonly units: number; readonly activation: CnnActivationName };

export type CnnLayerType = CnnLayerSpec['type'];

/** A network: `input` is [channels, height, width]; layers in forward order. */
export interface CnnSpec {
  readonly input: readonly [number, number, number];
  readonly layers: readonly CnnLayerSpec[];
}

/**
 * One layer as its record reads it. Shapes are [C, H, W] (maps) or [n] (flat); `nIn`/`nOut`
 * are their products. `w` is the flat offset of the layer's first block (kernels, W or γ) and
 * `b` of its second (biases or β), −1 when absent. Batch norm's running mean and variance live
 * in `state` (the model's, not a parameter) at `stateOffset` (C means, then C variances).
 */
export interface CnnLayer {
  /** 1-based, as the learner counts layers (the input is layer 0). */
  readonly index: number;
  readonly spec: CnnLayerSpec;
  readonly inShape: readonly number[];
  readonly outShape: readonly number[];
  readonly nIn: number;
  readonly nOut: number;
  readonly activation: Activation | null;
  readonly w: number;
  readonly b: number;
  readonly state: Float64Array;
  readonly stateOffset: number;
}

/**
 * A layer's batch cache, allocated once for `capacity` samples (sample-major rows of nOut).
 * The model sets `count` (samples in this batch) and `training` (batch statistics and running
 * updates, or running statistics) before a pass. Fields a record does not use are empty.
 */
export interface CnnCache {
  count: number;
  training: boolean;
  /** The model already wrote δ (cross-entropy from the logits): backward skips f′. */
  deltaReady: boolean;
  readonly capacity: number;
  /** Pre-activations (conv2d, dense). */
  readonly z: Float64Array;
  /** Outputs: activations, pooled maps, normalized values, the flattened copy. */
  readonly a: Float64Array;
  /** ∂L/∂a. */
  readonly da: Float64Array;
  /** δ = ∂L/∂z (conv2d, dense). */
  readonly dz: Float64Array;
  /** Per-sample views of z, a, da, dz (vector activations and losses work on one row). */
  readonly zRows: readonly Float64Array[];
  readonly aRows: readonly Float64Array[];
  readonly daRows: readonly Float64Array[];
  readonly dzRows: readonly Float64Array[];
  /** maxpool: the input index (within the sample) each output took its maximum from. */
  readonly argmax: Int32Array;
  /** batchnorm: x̂, and per channel μ, σ², 1/√(σ²+ε) of this pass, and two backward sums. */
  readonly xhat: Float64Array;
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  readonly invStd: Float64Array;
  readonly sum1: Float64Array;
  readonly sum2: Float64Array;
}

/** One layer of one sample, forward and backward (contracts.md's trace fields). */
export interface CnnLayerTrace {
  readonly type: CnnLayerType;
  readonly shape: readonly number[];
  readonly a: Float64Array;
  readonly dLda: Float64Array;
  /** Present where the layer has an activation (conv2d, dense). */
  readonly z?: Float64Array;
  readonly delta?: Float64Array;
  /** batchnorm: the batch's (training) or the running (evaluation) statistics, and x̂. */
  readonly mean?: Float64Array;
  readonly variance?: Float64Array;
  readonly xhat?: Float64Array;
}

export interface CnnSampleTrace {
  readonly index: number;
  readonly input: Float64Array;
  readonly target: Float64Array;
  readonly layers: readonly CnnLayerTrace[];
  /** ∂L/∂input, in the input row's layout. */
  readonly inputGradient: Float64Array;
  readonly loss: number;
}

/** Everything one update of a CNN did: the `'cnn'` member of the trace union. */
export interface CnnStepTrace extends UpdateTraceBase {
  readonly kind: 'cnn';
  readonly spec: CnnSpec;
  readonly layout: ParamLayout;
  /** Batch norm normalized with batch statistics (a training update) or running ones. */
  readonly training: boolean;
  readonly samples: readonly CnnSampleTrace[];
}
