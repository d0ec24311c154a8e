// The CNN's shapes, parameter blocks and initialisation: each layer's output shape from its
// input shape, the named blocks (K1 b1 for a conv at layer 1, W3 b3 for a dense layer,
// gamma2 beta2 for batch norm) over one flat vector, and the seeded initial values.
import { createLayout, type BlockSpec, type ParamLayout } from '../layout';
import { drawWeight } from '../network';
import type { Rng } from '../random';
import type { InitName } from '../types';
import type { CnnLayerSpec, CnnSpec } from './types';

/** Output size of a window sweep: ⌊(n + 2p − k)/s⌋ + 1 (≤ 0 when the window does not fit). */
export function sweepSize(n: number, size: number, stride: number, padding: number): number {
  return Math.floor((n + 2 * padding - size) / stride) + 1;
}

/** Why a layer does not fit its input shape, or its output shape. */
export function layerOutShape(
  spec: CnnLayerSpec,
  inShape: readonly number[],
): { readonly shape: number[] } | { readonly problem: string } {
  const maps = inShape.length === 3;
  const [C, H, W] = inShape;
  switch (spec.type) {
    case 'conv2d':
    case 'maxpool':
    case 'avgpool': {
      if (!maps)
        return { problem: `a ${spec.type} layer needs feature maps, not a flat vector of ${C}` };
      const p = spec.type === 'conv2d' ? spec.padding : 0;
      const h = sweepSize(H, spec.size, spec.stride, p);
      const w = sweepSize(W, spec.size, spec.stride, p);
      if (h < 1 || w < 1)
        return {
          problem: `its ${spec.size}×${spec.size} window does not fit the ${H}×${W} input${p ? ` padded by ${p}` : ''}`,
        };
      return { shape: [spec.type === 'conv2d' ? spec.filters : C, h, w] };
    }
    case 'batchnorm':
      return { shape: [...inShape] };
    case 'flatten':
      return { shape: [inShape.reduce((a, d) => a * d, 1)] };
    case 'dense':
      if (maps)
        return { problem: `a dense layer needs a flat input: put a flatten layer before it` };
      return { shape: [spec.units] };
  }
}

/** Every layer's input and output shapes; throws RangeError when one does not fit. */
export function cnnShapes(spec: CnnSpec): { inShape: number[]; outShape: number[] }[] {
  let shape: number[] = [...spec.input];
  return spec.layers.map((layer, l) => {
    const out = layerOutShape(layer, shape);
    if ('problem' in out) throw new RangeError(`layer ${l + 1}: ${out.problem}`);
    const entry = { inShape: shape, outShape: out.shape };
    shape = out.shape;
    return entry;
  });
}

/** The blocks' names of layer `l` (1-based): [first, second] or null for no parameters. */
export function blockNames(spec: CnnLayerSpec, l: number): readonly [string, string] | null {
  switch (spec.type) {
    case 'conv2d':
      return [`K${l}`, `b${l}`];
    case 'dense':
      return [`W${l}`, `b${l}`];
    case 'batchnorm':
      return [`gamma${l}`, `beta${l}`];
    default:
      return null;
  }
}

/**
 * conv2d: K [F, C, k, k] (weight), b [F] (bias) · dense: W [units, nIn] (weight), b [units]
 * (bias) · batchnorm: gamma, beta [channels] (both 'bias': never regularized).
 */
export function cnnLayout(spec: CnnSpec): ParamLayout {
  const shapes = cnnShapes(spec);
  const blocks: BlockSpec[] = [];
  spec.layers.forEach((layer, i) => {
    const names = blockNames(layer, i + 1);
    if (!names) return;
    const { inShape, outShape } = shapes[i];
    if (layer.type === 'conv2d') {
      blocks.push({
        name: names[0],
        shape: [layer.filters, inShape[0], layer.size, layer.size],
        role: 'weight',
      });
      blocks.push({ name: names[1], shape: [layer.filters], role: 'bias' });
    } else if (layer.type === 'dense') {
      blocks.push({ name: names[0], shape: [layer.units, inShape[0]], role: 'weight' });
      blocks.push({ name: names[1], shape: [layer.units], role: 'bias' });
    } else {
      blocks.push({ name: names[0], shape: [outShape[0]], role: 'bias' });
      blocks.push({ name: names[1], shape: [outShape[0]], role: 'bias' });
    }
  });
  return createLayout(blocks);
}

/** A nested list of numbers (kernels [F][C][k][k], weights [units][nIn], vectors). */
export type NestedNumbers = number | readonly NestedNumbers[];

/** Given values per layer (the scenario's `weights[l]`), null for layers without any. */
export type CnnGivenWeights = readonly (Readonly<
  Record<string, NestedNumbers | undefined>
> | null)[];

/** The scenario's field names of a layer's [first, second] block. */
export function givenNames(spec: CnnLayerSpec): readonly [string, string] | null {
  switch (spec.type) {
    case 'conv2d':
      return ['kernels', 'biases'];
    case 'dense':
      return ['weights', 'biases'];
    case 'batchnorm':
      return ['gamma', 'beta'];
    default:
      return null;
  }
}

function flatten(value: NestedNumbers, out: number[]): void {
  if (typeof value === 'number') out.push(value);
  else for (const v of value) flatten(v, out);
}

/**
 * Initial parameters: every weight block drawn from `init` in layout order (fan-in and fan-out
 * of one output: C·k·k and F·k·k for kernels), biases and β 0, γ 1; then the given values
 * written over them (shapes were checked by the scenario checks).
 */
export function initCnnParams(
  spec: CnnSpec,
  layout: ParamLayout,
  init: InitName,
  given: CnnGivenWeights | undefined,
  rng: Rng,
): Float64Array {
  const params = new Float64Array(layout.size);
  for (const block of layout.blocks) {
    if (block.name.startsWith('gamma')) params.fill(1, block.offset, block.offset + block.size);
    if (block.role !== 'weight') continue;
    const [rows, ...rest] = block.shape;
    const fanIn = rest.reduce((a, d) => a * d, 1);
    const fanOut = rows * (rest.length === 3 ? rest[1] * rest[2] : 1);
    for (let k = 0; k < block.size; k += 1)
      params[block.offset + k] = drawWeight(init, fanIn, fanOut, rng);
  }
  spec.layers.forEach((layer, i) => {
    const names = blockNames(layer, i + 1);
    const fields = givenNames(layer);
    const values = given?.[i];
    if (!names || !fields || !values) return;
    for (let k = 0; k < 2; k += 1) {
      const value = values[fields[k]];
      if (value === undefined) continue;
      const block = layout.blocks.find((b) => b.name === names[k]);
      if (!block) continue;
      const flat: number[] = [];
      flatten(value, flat);
      for (let e = 0; e < Math.min(flat.length, block.size); e += 1)
        params[block.offset + e] = flat[e];
    }
  });
  return params;
}
