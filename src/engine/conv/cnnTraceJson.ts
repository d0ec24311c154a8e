// The convolutional trace JSON of contracts.md: per sample each layer's shape and flat a and
// dLda (z and delta where there is an activation; the batch's mean, variance and x̂ for
// batch norm) and ∂L/∂input; gradients, before and after in the scenario's `weights` layout
// (one entry per layer: {kernels, biases}, {weights, biases}, {gamma, beta} or null).
import { nestedBlock, type Nested, type ParamLayout } from '../layout';
import { updateJson, type UpdateTotalsJson } from '../traceJson';
import { blockNames, givenNames } from './cnnLayout';
import type { CnnLayerTrace, CnnSpec, CnnStepTrace } from './types';

export interface CnnLayerJson {
  type: string;
  shape: number[];
  a: number[];
  dLda: number[];
  z?: number[];
  delta?: number[];
  mean?: number[];
  variance?: number[];
  xhat?: number[];
}

export type CnnWeightsJson = (Record<string, Nested[]> | null)[];

export interface CnnTraceUpdateJson extends UpdateTotalsJson<CnnWeightsJson> {
  update: number;
  epoch: number;
  batch: number[];
  samples: {
    index: number;
    input: number[];
    target: number[];
    layers: CnnLayerJson[];
    inputGradient: number[];
    loss: number;
  }[];
}

export interface CnnTraceJson {
  title: string;
  updates: CnnTraceUpdateJson[];
}

const list = (a: Float64Array): number[] => Array.from(a);

function layerJson(t: CnnLayerTrace): CnnLayerJson {
  const out: CnnLayerJson = { type: t.type, shape: [...t.shape], a: list(t.a), dLda: list(t.dLda) };
  if (t.z) out.z = list(t.z);
  if (t.delta) out.delta = list(t.delta);
  if (t.mean) out.mean = list(t.mean);
  if (t.variance) out.variance = list(t.variance);
  if (t.xhat) out.xhat = list(t.xhat);
  return out;
}

/** A flat parameter vector in the scenario's per-layer `weights` layout. */
export function cnnWeightsJson(
  spec: CnnSpec,
  layout: ParamLayout,
  flat: ArrayLike<number>,
): CnnWeightsJson {
  return spec.layers.map((layer, l) => {
    const names = blockNames(layer, l + 1);
    const fields = givenNames(layer);
    if (!names || !fields) return null;
    const out: Record<string, Nested[]> = {};
    names.forEach((name, k) => {
      const block = layout.blocks.find((b) => b.name === name);
      if (block) out[fields[k]] = nestedBlock(block, flat);
    });
    return out;
  });
}

export function cnnTraceToJson(title: string, traces: readonly CnnStepTrace[]): CnnTraceJson {
  return {
    title,
    updates: traces.map((trace) =>
      updateJson(
        trace,
        trace.samples.map((s) => ({
          index: s.index,
          input: list(s.input),
          target: list(s.target),
          layers: s.layers.map(layerJson),
          inputGradient: list(s.inputGradient),
          loss: s.loss,
        })),
        (flat) => cnnWeightsJson(trace.spec, trace.layout, flat),
      ),
    ),
  };
}
