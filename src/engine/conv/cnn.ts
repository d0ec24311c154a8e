// A CNN: its spec, layout, flat parameters, running statistics and layer descriptions, and
// the batch pass the model, the gradient check and the tests share: load rows, forward layer
// by layer through the records, the loss per sample, backward in reverse. Pure; passes over
// a batch allocate nothing.
import { getActivation } from '../activations';
import { crossEntropyFromLogits, getLoss, hasFusedDelta } from '../losses';
import type { LayerRecord, Noise } from '../model';
import type { Rng } from '../random';
import type { ActivationName, Dataset, InitName, LossName } from '../types';
import { batchNormRecord, updateRunningStats } from './batchNormRecord';
import { createCnnCache } from './cnnCache';
import { blockNames, cnnLayout, cnnShapes, initCnnParams, type CnnGivenWeights } from './cnnLayout';
import { convRecord } from './convRecord';
import { cnnDenseRecord, flattenRecord } from './denseRecords';
import { avgPoolRecord, maxPoolRecord } from './poolRecords';
import type { CnnCache, CnnLayer, CnnLayerTrace, CnnLayerType, CnnSpec } from './types';
import type { ParamLayout } from '../layout';

export const CNN_RECORDS: Readonly<
  Record<CnnLayerType, LayerRecord<CnnLayer, CnnCache, CnnLayerTrace>>
> = {
  conv2d: convRecord,
  maxpool: maxPoolRecord,
  avgpool: avgPoolRecord,
  batchnorm: batchNormRecord,
  flatten: flattenRecord,
  dense: cnnDenseRecord,
};

const NO_NOISE: Noise = { dropout: 0, rng: null };

export interface Cnn {
  readonly spec: CnnSpec;
  readonly layout: ParamLayout;
  /** All parameters in layout order; mutated in place by training. */
  readonly params: Float64Array;
  /** Batch norm's running means and variances (not parameters: no gradient, no optimizer). */
  readonly state: Float64Array;
  /** One per layer; replaced when the activations change. */
  layers: CnnLayer[];
}

/** Running statistics given per layer (batchnorm `runningMean`/`runningVariance`). */
export type CnnGivenState = readonly ({
  readonly runningMean?: readonly number[] | undefined;
  readonly runningVariance?: readonly number[] | undefined;
} | null)[];

/** The layer descriptions over a layout and a state vector, with these activations. */
export function describeLayers(
  spec: CnnSpec,
  layout: ParamLayout,
  state: Float64Array,
  activations: readonly (ActivationName | null)[],
): CnnLayer[] {
  const shapes = cnnShapes(spec);
  let stateOffset = 0;
  return spec.layers.map((layerSpec, i) => {
    const names = blockNames(layerSpec, i + 1);
    const at = (name: string | undefined): number =>
      layout.blocks.find((b) => b.name === name)?.offset ?? -1;
    const { inShape, outShape } = shapes[i];
    const act = activations[i];
    const layer: CnnLayer = {
      index: i + 1,
      spec: layerSpec,
      inShape,
      outShape,
      nIn: inShape.reduce((a, d) => a * d, 1),
      nOut: outShape.reduce((a, d) => a * d, 1),
      activation: act ? getActivation(act) : null,
      w: at(names?.[0]),
      b: at(names?.[1]),
      state,
      stateOffset,
    };
    if (layerSpec.type === 'batchnorm') stateOffset += 2 * outShape[0];
    return layer;
  });
}

/** The activation of each layer as the spec names it (null for layers without one). */
export function specActivations(spec: CnnSpec): (ActivationName | null)[] {
  return spec.layers.map((l) => (l.type === 'conv2d' || l.type === 'dense' ? l.activation : null));
}

export function createCnn(
  spec: CnnSpec,
  init: InitName,
  given: CnnGivenWeights | undefined,
  rng: Rng,
): Cnn {
  const layout = cnnLayout(spec);
  const params = initCnnParams(spec, layout, init, given, rng);
  const size = spec.layers.reduce((n, l, i) => {
    if (l.type !== 'batchnorm') return n;
    return n + 2 * cnnShapes(spec)[i].outShape[0];
  }, 0);
  const state = new Float64Array(size);
  const layers = describeLayers(spec, layout, state, specActivations(spec));
  // running variance starts at 1, or as given
  for (const layer of layers) {
    if (layer.spec.type !== 'batchnorm') continue;
    const C = layer.outShape[0];
    state.fill(1, layer.stateOffset + C, layer.stateOffset + 2 * C);
    const g = given?.[layer.index - 1] as
      { runningMean?: readonly number[]; runningVariance?: readonly number[] } | null | undefined;
    g?.runningMean?.forEach((v, c) => {
      if (c < C) state[layer.stateOffset + c] = v;
    });
    g?.runningVariance?.forEach((v, c) => {
      if (c < C) state[layer.stateOffset + C + c] = v;
    });
  }
  return { spec, layout, params, state, layers };
}

/** The buffers of one batch pass for up to `capacity` samples. */
export interface CnnBatch {
  readonly capacity: number;
  count: number;
  readonly indices: Uint32Array;
  readonly x: Float64Array;
  readonly target: Float64Array;
  readonly targetRows: readonly Float64Array[];
  readonly losses: Float64Array;
  /** ∂L/∂input per sample (filled by cnnBackward with `inputGradient`). */
  readonly dx: Float64Array;
  readonly caches: readonly CnnCache[];
}

export function createCnnBatch(cnn: Cnn, capacity: number, nOut: number): CnnBatch {
  const nIn = cnn.spec.input[0] * cnn.spec.input[1] * cnn.spec.input[2];
  const target = new Float64Array(capacity * nOut);
  const targetRows: Float64Array[] = [];
  for (let s = 0; s < capacity; s += 1) targetRows.push(target.subarray(s * nOut, (s + 1) * nOut));
  return {
    capacity,
    count: 0,
    indices: new Uint32Array(capacity),
    x: new Float64Array(capacity * nIn),
    target,
    targetRows,
    losses: new Float64Array(capacity),
    dx: new Float64Array(capacity * nIn),
    caches: cnn.layers.map((layer) => createCnnCache(layer, capacity)),
  };
}

/** Copies data-set rows indices[start … start+count) into the batch. */
export function loadBatch(
  batch: CnnBatch,
  data: Dataset,
  indices: ArrayLike<number>,
  start: number,
  count: number,
): void {
  if (count > batch.capacity) throw new RangeError(`a batch of ${count} exceeds ${batch.capacity}`);
  batch.count = count;
  const { nIn, nOut } = data;
  for (let s = 0; s < count; s += 1) {
    const r = indices[start + s];
    batch.indices[s] = r;
    for (let k = 0; k < nIn; k += 1) batch.x[s * nIn + k] = data.inputs[r * nIn + k];
    for (let k = 0; k < nOut; k += 1) batch.target[s * nOut + k] = data.targets[r * nOut + k];
  }
}

/**
 * Forward through every layer. `training`: batch norm uses (and, with `updateRunning`, folds
 * into its running statistics) the batch's statistics; otherwise the running ones.
 */
export function cnnForward(
  cnn: Cnn,
  params: Float64Array,
  batch: CnnBatch,
  training: boolean,
  updateRunning = false,
): void {
  let x = batch.x;
  for (let l = 0; l < cnn.layers.length; l += 1) {
    const layer = cnn.layers[l];
    const cache = batch.caches[l];
    cache.count = batch.count;
    cache.training = training;
    CNN_RECORDS[layer.spec.type].forward(layer, cache, params, x, NO_NOISE, 0);
    if (updateRunning && training && layer.spec.type === 'batchnorm')
      updateRunningStats(layer, cache);
    x = cache.a;
  }
}

/** Name of the output layer's activation ('linear' when it has none). */
export function outputActivation(cnn: Cnn): ActivationName {
  return cnn.layers[cnn.layers.length - 1].activation?.name ?? 'linear';
}

/**
 * Each sample's loss into batch.losses, and ∂L/∂output into the last cache (δ directly for
 * cross-entropy after softmax or sigmoid). Returns the sum of the losses.
 */
export function cnnLoss(cnn: Cnn, batch: CnnBatch, lossName: LossName): number {
  const last = cnn.layers[cnn.layers.length - 1];
  const cache = batch.caches[cnn.layers.length - 1];
  const n = last.nOut;
  const act = outputActivation(cnn);
  const loss = getLoss(lossName);
  const fused = last.activation !== null && hasFusedDelta(lossName, act);
  cache.deltaReady = fused;
  let sum = 0;
  for (let s = 0; s < batch.count; s += 1) {
    const y = cache.aRows[s];
    const t = batch.targetRows[s];
    const value = fused
      ? crossEntropyFromLogits(cache.zRows[s], t, n, act)
      : loss.value(y, t, n, act);
    batch.losses[s] = value;
    sum += value;
    loss.grad(y, t, cache.daRows[s], n, act);
    if (fused) {
      const dz = cache.dzRows[s];
      for (let k = 0; k < n; k += 1) dz[k] = y[k] - t[k];
    }
  }
  return sum;
}

/**
 * Backward through every layer in reverse: adds Σ over the batch of ∂Lₛ/∂θ into `grads`
 * (when given) and, with `inputGradient`, writes ∂L/∂input per sample into batch.dx.
 */
export function cnnBackward(
  cnn: Cnn,
  params: Float64Array,
  batch: CnnBatch,
  grads: Float64Array | null,
  inputGradient: boolean,
): void {
  for (let l = cnn.layers.length - 1; l >= 0; l -= 1) {
    const layer = cnn.layers[l];
    const x = l === 0 ? batch.x : batch.caches[l - 1].a;
    const dx = l === 0 ? (inputGradient ? batch.dx : null) : batch.caches[l - 1].da;
    CNN_RECORDS[layer.spec.type].backward(layer, batch.caches[l], params, x, grads, dx, 0);
  }
}
