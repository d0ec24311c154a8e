// A convolutional scenario's starting parameters, for share links: the engine's spec, the
// seed's draw (or the scenario's own blocks) without building a run, and those parameters
// written back into the scenario's per-layer weights. Pure; no trainer, no data loaders.
import { blockNames, cnnLayout, givenNames, initCnnParams } from '../engine/conv/cnnLayout';
import type { CnnGivenWeights } from '../engine/conv/cnnLayout';
import type { CnnSpec } from '../engine/conv/types';
import { nestedBlock } from '../engine/layout';
import { createRng } from '../engine/random';
import type { CnnScenario } from './cnnSchema';

type LayerWeights = NonNullable<NonNullable<CnnScenario['network']['weights']>[number]>;

/** The engine's spec: pooling strides default to the window size. */
export function cnnSpecOf(s: CnnScenario): CnnSpec {
  return {
    input: s.network.input,
    layers: s.network.layers.map((layer) =>
      layer.type === 'maxpool' || layer.type === 'avgpool'
        ? { type: layer.type, size: layer.size, stride: layer.stride ?? layer.size }
        : layer,
    ),
  };
}

/** The starting parameters a CNN scenario gives by itself (flat, layout order). */
export function cnnStartingParams(s: CnnScenario): Float64Array {
  const spec = cnnSpecOf(s);
  return initCnnParams(
    spec,
    cnnLayout(spec),
    s.network.init,
    s.network.weights as CnnGivenWeights | undefined,
    createRng(s.seed, 'init'),
  );
}

/** The scenario without explicit parameters (running statistics, which are state, stay). */
export function cnnWithoutWeights(s: CnnScenario): CnnScenario {
  const network = { ...s.network };
  const kept = network.weights?.map((w) => {
    if (!w || (w.runningMean === undefined && w.runningVariance === undefined)) return null;
    const { runningMean, runningVariance } = w;
    return {
      ...(runningMean ? { runningMean } : {}),
      ...(runningVariance ? { runningVariance } : {}),
    };
  });
  if (kept?.some((w) => w !== null)) network.weights = kept;
  else delete network.weights;
  return { ...s, network };
}

/** The scenario with `initial` (flat, layout order) written out as each layer's blocks. */
export function cnnShareable(s: CnnScenario, initial: Float64Array): CnnScenario {
  const spec = cnnSpecOf(s);
  const layout = cnnLayout(spec);
  const weights = spec.layers.map((layer, i): LayerWeights | null => {
    const names = blockNames(layer, i + 1);
    const fields = givenNames(layer);
    if (!names || !fields) return null;
    const block = (name: string) => {
      const found = layout.blocks.find((b) => b.name === name);
      if (!found) throw new RangeError(`no block ${name} in the CNN's layout`);
      return nestedBlock(found, initial);
    };
    return {
      ...(s.network.weights?.[i] ?? {}),
      [fields[0]]: block(names[0]),
      [fields[1]]: block(names[1]),
    } as LayerWeights;
  });
  return { ...s, network: { ...s.network, weights } };
}
