// A CNN's layers as the views name and read them: each layer's input and output shapes (from a
// traced sample, so no second shape rule), a name per layer, and where its parameter blocks
// sit in the flat vector. Pure.
import { blockNames } from '../engine/conv/cnnLayout';
import type { CnnSampleTrace, CnnSpec } from '../engine/conv/types';
import type { ParamLayout } from '../engine/layout';
import { cnnLayerName } from './phases';

export interface ConvLayerInfo {
  /** 0-based, as in the trace (the learner's layer l + 1). */
  readonly l: number;
  readonly spec: CnnSpec['layers'][number];
  readonly name: string;
  readonly inShape: readonly number[];
  readonly outShape: readonly number[];
  /** Offsets of the first (K, W or γ) and second (b or β) blocks; null without parameters. */
  readonly blocks: { readonly first: number; readonly second: number } | null;
}

/** Every layer of `spec`, its shapes read from `sample` (any sample of the net). */
export function convLayers(
  spec: CnnSpec,
  layout: ParamLayout,
  sample: CnnSampleTrace,
): ConvLayerInfo[] {
  const offset = (name: string): number => {
    const block = layout.blocks.find((b) => b.name === name);
    if (!block) throw new RangeError(`the layout has no block ${name}`);
    return block.offset;
  };
  let inShape: readonly number[] = spec.input;
  return spec.layers.map((layerSpec, l) => {
    const outShape = sample.layers[l].shape;
    const names = blockNames(layerSpec, l + 1);
    const info: ConvLayerInfo = {
      l,
      spec: layerSpec,
      name: cnnLayerName(l, spec.layers),
      inShape,
      outShape,
      blocks: names ? { first: offset(names[0]), second: offset(names[1]) } : null,
    };
    inShape = outShape;
    return info;
  });
}

/** The ‖·‖₂ of each statistics group's first block's gradient (K, W or γ), in layout order. */
export function blockGradientNorms(
  layout: ParamLayout,
  gradients: ArrayLike<number>,
  groups: readonly string[],
): number[] {
  return groups.map((name) => {
    const block = layout.blocks.find((b) => b.name === name);
    if (!block) return NaN;
    let sum = 0;
    for (let k = block.offset; k < block.offset + block.size; k += 1)
      sum += gradients[k] * gradients[k];
    return Math.sqrt(sum);
  });
}
