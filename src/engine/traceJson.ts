// The trace JSON of the public contract: nested weights[l][j][i], plain numbers at full
// precision. Optional extras (masks, regularization, optimizer state) only add fields.
import { unflattenParams, type NestedParams } from './network';
import type { OptimizerConfig, StepTrace } from './types';

export interface TraceLayerJson {
  z: number[];
  a: number[];
  dLda: number[];
  delta: number[];
  mask?: number[];
}

export interface TraceUpdateJson {
  update: number;
  epoch: number;
  batch: number[];
  samples: {
    index: number;
    input: number[];
    target: number[];
    layers: TraceLayerJson[];
    loss: number;
  }[];
  loss: number;
  gradients: NestedParams;
  before: NestedParams;
  after: NestedParams;
  regularizationLoss: number;
  optimizer: {
    config: OptimizerConfig;
    t: number;
    state: Record<string, NestedParams>;
    change: NestedParams;
  };
  /** Only with optimizer.clipNorm: the gradient's norm before clipping and the factor. */
  clip?: { norm: number; factor: number };
}

export interface TraceJson {
  title: string;
  updates: TraceUpdateJson[];
}

const list = (a: Float64Array): number[] => Array.from(a);

export function traceToJson(title: string, traces: readonly StepTrace[]): TraceJson {
  return {
    title,
    updates: traces.map((trace) => {
      const nest = (flat: Float64Array): NestedParams => unflattenParams(trace.sizes, flat);
      const state: Record<string, NestedParams> = {};
      for (const [name, arr] of Object.entries(trace.optimizer.state)) state[name] = nest(arr);
      return {
        update: trace.update,
        epoch: trace.epoch,
        batch: [...trace.batch],
        samples: trace.samples.map((s) => ({
          index: s.index,
          input: list(s.input),
          target: list(s.target),
          layers: s.layers.map((layer) => ({
            z: list(layer.z),
            a: list(layer.a),
            dLda: list(layer.dLda),
            delta: list(layer.delta),
            ...(layer.mask ? { mask: list(layer.mask) } : {}),
          })),
          loss: s.loss,
        })),
        loss: trace.batchLoss,
        gradients: nest(trace.gradients),
        before: nest(trace.before),
        after: nest(trace.after),
        regularizationLoss: trace.regularizationLoss,
        optimizer: {
          config: trace.optimizer.config,
          t: trace.optimizer.t,
          state,
          change: nest(trace.optimizer.change),
        },
        ...(trace.clip ? { clip: { norm: trace.clip.norm, factor: trace.clip.factor } } : {}),
      };
    }),
  };
}
