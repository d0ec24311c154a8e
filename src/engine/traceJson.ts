// The trace JSON of the public contract: nested weights[l][j][i], plain numbers at full
// precision. Optional extras (masks, regularization, optimizer state) only add fields.
import { unflattenParams, type NestedParams } from './network';
import type { OptimizerConfig, StepTrace, UpdateTraceBase } from './types';

export interface TraceLayerJson {
  z: number[];
  a: number[];
  dLda: number[];
  delta: number[];
  mask?: number[];
}

/** The fields after `samples` that an update has in every network family's trace JSON. */
export interface UpdateTotalsJson<N> {
  loss: number;
  gradients: N;
  before: N;
  after: N;
  regularizationLoss: number;
  optimizer: { config: OptimizerConfig; t: number; state: Record<string, N>; change: N };
  /** Only with optimizer.clipNorm: the gradient's norm before clipping and the factor. */
  clip?: { norm: number; factor: number };
}

export interface TraceUpdateJson extends UpdateTotalsJson<NestedParams> {
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
}

export interface TraceJson {
  title: string;
  updates: TraceUpdateJson[];
}

const list = (a: Float64Array): number[] => Array.from(a);

/**
 * One update in every family's trace JSON: update, epoch, batch, the family's `samples`, then
 * the totals, in this order, each flat array shaped by `nest`.
 */
export function updateJson<S, N>(
  trace: UpdateTraceBase,
  samples: S[],
  nest: (flat: Float64Array) => N,
): { update: number; epoch: number; batch: number[]; samples: S[] } & UpdateTotalsJson<N> {
  return {
    update: trace.update,
    epoch: trace.epoch,
    batch: [...trace.batch],
    samples,
    ...updateTotalsJson(trace, nest),
  };
}

/** The totals of one update, in this order, each flat array shaped by `nest`. */
function updateTotalsJson<N>(
  trace: UpdateTraceBase,
  nest: (flat: Float64Array) => N,
): UpdateTotalsJson<N> {
  const state: Record<string, N> = {};
  for (const [name, arr] of Object.entries(trace.optimizer.state)) state[name] = nest(arr);
  return {
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
}

export function traceToJson(title: string, traces: readonly StepTrace[]): TraceJson {
  return {
    title,
    updates: traces.map((trace) =>
      updateJson(
        trace,
        trace.samples.map((s) => ({
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
        (flat) => unflattenParams(trace.sizes, flat),
      ),
    ),
  };
}
