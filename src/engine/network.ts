// Fully connected networks: their parameter layout (blocks W1, b1, W2, b2, …), initialisation, and conversions
// between the flat vector and the scenario's nested weights[l][j][i] / biases[l][j].
import { getActivation } from './activations';
import {
  blockOf,
  createLayout,
  findBlock,
  indexIn,
  locate,
  nestedBlock,
  roleMask,
  type BlockSpec,
  type ParamLayout,
} from './layout';
import type { Rng } from './random';
import type { ActivationName, InitName, LayerShape, Network } from './types';

/** Block names of non-input layer l (0-based): W1 and b1 for the first hidden layer. */
export function mlpBlockNames(l: number): { readonly W: string; readonly b: string } {
  return { W: `W${l + 1}`, b: `b${l + 1}` };
}

/**
 * The MLP's parameter layout: W1 [n1, n0], b1 [n1], W2 [n2, n1], b2 [n2], … in this flat
 * order (block l is the l-th non-input layer; W[j][i] from unit i below to unit j).
 */
export function mlpLayout(sizes: readonly number[]): ParamLayout {
  const specs: BlockSpec[] = [];
  for (let l = 0; l + 1 < sizes.length; l += 1) {
    const names = mlpBlockNames(l);
    specs.push({ name: names.W, shape: [sizes[l + 1], sizes[l]], role: 'weight' });
    specs.push({ name: names.b, shape: [sizes[l + 1]], role: 'bias' });
  }
  return createLayout(specs);
}

/** Each non-input layer's W [nOut, nIn] and b [nOut], as the layout places them. */
export function layerShapesOf(layout: ParamLayout): LayerShape[] {
  const shapes: LayerShape[] = [];
  for (let l = 0; ; l += 1) {
    const names = mlpBlockNames(l);
    const W = findBlock(layout, names.W);
    if (!W) return shapes;
    const b = blockOf(layout, names.b);
    shapes.push({ nIn: W.shape[1], nOut: W.shape[0], wOffset: W.offset, bOffset: b.offset });
  }
}

/** Offsets of every layer's W [nOut, nIn] and b [nOut] in the flat vector W1, b1, W2, b2, … */
export function layerShapes(sizes: readonly number[]): LayerShape[] {
  return layerShapesOf(mlpLayout(sizes));
}

/** Number of weights and biases of a net with these layer sizes. */
export function paramCount(sizes: readonly number[]): number {
  return mlpLayout(sizes).size;
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
  const layout = mlpLayout(sizes);
  const layers = layerShapesOf(layout);
  const params = new Float64Array(layout.size);
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
    layout,
    layers,
    params,
  };
}

/** Index in `params` of the weight from neuron i of layer l to neuron j of layer l+1. */
export function weightIndex(net: Network, l: number, j: number, i: number): number {
  return indexIn(blockOf(net.layout, mlpBlockNames(l).W), [j, i]);
}

/** Index in `params` of the bias of neuron j of layer l+1. */
export function biasIndex(net: Network, l: number, j: number): number {
  return indexIn(blockOf(net.layout, mlpBlockNames(l).b), [j]);
}

/** Whether params[k] is a bias (false for a weight or an index outside the net). */
export function isBiasIndex(net: Network, k: number): boolean {
  return locate(net.layout, k)?.block.role === 'bias';
}

/** 1 for the weights, 0 for the biases, in the params layout. */
export function weightMask(sizes: readonly number[]): Uint8Array {
  return roleMask(mlpLayout(sizes), 'weight');
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
  const layout = mlpLayout(sizes);
  for (let l = 0; l + 1 < sizes.length; l += 1) {
    const names = mlpBlockNames(l);
    weights.push(nestedBlock(blockOf(layout, names.W), flat) as number[][]);
    biases.push(nestedBlock(blockOf(layout, names.b), flat) as number[]);
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
  const layout = mlpLayout(sizes);
  const at = locate(layout, k);
  if (!at) {
    throw new RangeError(`parameter ${k} is outside a net of ${layout.size} parameters`);
  }
  const layer = layout.blocks.indexOf(at.block) >> 1;
  const [j, i] = at.position;
  return at.block.role === 'weight' ? { layer, kind: 'weight', j, i } : { layer, kind: 'bias', j };
}
