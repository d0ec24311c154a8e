// The fixed-point trace JSON of contracts.md: each sample's `fixedPoint` record (x u iterations
// forward e v adjointIterations adjoint delta, iterate lists capped at the first 200) with the
// per-iteration change sizes added; parameters keyed W, V, b.
import { nestedByName, type Nested } from '../layout';
import { updateJson, type UpdateTotalsJson } from '../traceJson';
import type { FixedPointStepTrace } from './types';

export interface FixedPointRecordJson {
  x: number[];
  u: number[];
  iterations: number;
  forward: number[][];
  e: number[];
  v: number[];
  adjointIterations: number;
  adjoint: number[][];
  delta: number[];
  /** Additions to the contract's record: max|Δ| per iteration of each phase, and D's diagonal. */
  forwardChange: number[];
  adjointChange: number[];
  d: number[];
}

export interface FixedPointTraceUpdateJson extends UpdateTotalsJson<Record<string, Nested[]>> {
  update: number;
  epoch: number;
  batch: number[];
  samples: {
    index: number;
    input: number[];
    target: number[];
    fixedPoint: FixedPointRecordJson;
    loss: number;
  }[];
}

export interface FixedPointTraceJson {
  title: string;
  updates: FixedPointTraceUpdateJson[];
}

const list = (a: Float64Array): number[] => Array.from(a);

export function fixedPointTraceToJson(
  title: string,
  traces: readonly FixedPointStepTrace[],
): FixedPointTraceJson {
  return {
    title,
    updates: traces.map((trace) =>
      updateJson(
        trace,
        trace.samples.map((s) => ({
          index: s.index,
          input: list(s.input),
          target: list(s.target),
          fixedPoint: {
            x: list(s.x),
            u: list(s.u),
            iterations: s.iterations,
            forward: s.forward.map(list),
            e: list(s.e),
            v: list(s.v),
            adjointIterations: s.adjointIterations,
            adjoint: s.adjoint.map(list),
            delta: list(s.delta),
            forwardChange: list(s.forwardChange),
            adjointChange: list(s.adjointChange),
            d: list(s.d),
          },
          loss: s.loss,
        })),
        (flat) => nestedByName(trace.layout, flat),
      ),
    ),
  };
}
