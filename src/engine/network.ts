// Fully connected networks: the flat parameter layout, initialisation, and conversions
// between the flat vector and the scenario's nested weights[l][j][i] / biases[l][j].
import { getActivation } from './activations';
import type { Rng } from './random';
import type { ActivationName, InitName, LayerShape, Network } from './types';

/** Offsets of every layer's W [nOut, nIn] and b [nOut] in the flat vector W0, b0, W1, b1, … */
export function layerShapes(sizes: readonly number[]): LayerShape[] {
  const shapes: LayerShape[] = [];
  let offset = 0;
  for (let l = 0; l + 1 < sizes.length; l += 1) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    shapes.push({ nIn, nOut, wOffset: offset, bOffset: offset + nIn * nOut });
    offset += nIn * nOut + nOut;
  }
  return shapes;
}

/** Number of weights and biases of a net with these layer sizes. */
export function paramCount(sizes: readonly number[]): number {
  let count = 0;
  for (let l = 0; l + 1 < sizes.length; l += 1) count += sizes[l] * sizes[l + 1] + sizes[l + 1];
  return count;
}

export interface NetworkSpec {
  readonly sizes: readonly number[];
  readonly activations: readonly ActivationName[];
  readonly init: InitName;
  /** weights[l][j][i]: from neuron i of layer l to neuron j of layer l+1. */
  readonly weights?: readonly (readonly (readonly number[])[])[] | undefined;
  /** biases[l][j]: bias of neuron j of layer l+1. */
  readonly biases?: readonly (readonly number[])[] | undefined;
}

/** One initial weight for a layer with nIn inputs and nOut outputs. */
export function drawWeight(init: InitName, nIn: number, nOut: number, rng: Rng): number {
  switch (init) {
    case 'xavier-uniform':
      return (2 * rng.next() - 1) * Math.sqrt(6 / (nIn + nOut));
    case 'xavier-normal':
      return rng.normal() * Math.sqrt(2 / (nIn + nOut));
    case 'he-uniform':
      return (2 * rng.next() - 1) * Math.sqrt(6 / nIn);
    case 'he-normal':
      return rng.normal() * Math.sqrt(2 / nIn);
    case 'uniform':
      return rng.next() - 0.5;
    case 'zeros':
      return 0;
  }
}

/**
 * A network with every weight drawn from `init` (in layer, row, column order), then any
 * explicit weights and biases written over them. Weights are always drawn, given or not,
 * so giving one layer's weights does not change the numbers drawn for the others.
 * Biases start at 0 unless given.
 */
export function createNetwork(spec: NetworkSpec, rng: Rng): Network {
  const { sizes } = spec;
  const layers = layerShapes(sizes);
  const params = new Float64Array(paramCount(sizes));
  for (const layer of layers) {
    for (let k = 0; k < layer.nIn * layer.nOut; k += 1) {
      params[layer.wOffset + k] = drawWeight(spec.init, layer.nIn, layer.nOut, rng);
    }
  }
  layers.forEach((layer, l) => {
    const W = spec.weights?.[l];
    const b = spec.biases?.[l];
    for (let j = 0; j < layer.nOut; j += 1) {
      for (let i = 0; i < layer.nIn; i += 1) {
        const w = W?.[j]?.[i];
        if (w !== undefined) params[layer.wOffset + j * layer.nIn + i] = w;
      }
      const bias = b?.[j];
      if (bias !== undefined) params[layer.bOffset + j] = bias;
    }
  });
  return {
    sizes: [...sizes],
    activations: spec.activations.map(getActivation),
    layers,
    params,
  };
}

/** Index in `params` of the weight from neuron i of layer l to neuron j of layer l+1. */
export function weightIndex(net: Network, l: number, j: number, i: number): number {
  const layer = net.layers[l];
  return layer.wOffset + j * layer.nIn + i;
}

/** Index in `params` of the bias of neuron j of layer l+1. */
export function biasIndex(net: Network, l: number, j: number): number {
  return net.layers[l].bOffset + j;
}

/** Whether params[k] is a bias (false for a weight or an index outside the net). */
export function isBiasIndex(net: Network, k: number): boolean {
  for (const layer of net.layers) {
    if (k >= layer.bOffset && k < layer.bOffset + layer.nOut) return true;
  }
  return false;
}

/** 1 for the weights, 0 for the biases, in the params layout. */
export function weightMask(sizes: readonly number[]): Uint8Array {
  const mask = new Uint8Array(paramCount(sizes));
  for (const layer of layerShapes(sizes)) mask.fill(1, layer.wOffset, layer.bOffset);
  return mask;
}

export interface NestedParams {
  /** weights[l][j][i] */
  weights: number[][][];
  /** biases[l][j] */
  biases: number[][];
}

/** The flat vector as the scenario's nested arrays. */
export function unflattenParams(sizes: readonly number[], flat: Float64Array): NestedParams {
  const weights: number[][][] = [];
  const biases: number[][] = [];
  for (const layer of layerShapes(sizes)) {
    const W: number[][] = [];
    for (let j = 0; j < layer.nOut; j += 1) {
      const start = layer.wOffset + j * layer.nIn;
      W.push(Array.from(flat.subarray(start, start + layer.nIn)));
    }
    weights.push(W);
    biases.push(Array.from(flat.subarray(layer.bOffset, layer.bOffset + layer.nOut)));
  }
  return { weights, biases };
}

/** The readable location of parameter k: which layer, and which weight or bias. */
export function describeParam(
  sizes: readonly number[],
  k: number,
):
  | { layer: number; kind: 'weight'; j: number; i: number }
  | { layer: number; kind: 'bias'; j: number } {
  const layers = layerShapes(sizes);
  for (let l = 0; l < layers.length; l += 1) {
    const layer = layers[l];
    if (k < layer.bOffset) {
      const r = k - layer.wOffset;
      return { layer: l, kind: 'weight', j: Math.floor(r / layer.nIn), i: r % layer.nIn };
    }
    if (k < layer.bOffset + layer.nOut) return { layer: l, kind: 'bias', j: k - layer.bOffset };
  }
  throw new RangeError(`parameter ${k} is outside a net of ${paramCount(sizes)} parameters`);
}
