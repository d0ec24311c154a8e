// The recurrent trace JSON of contracts.md: each sample's `steps` (t x a h y target loss
// dLdy dLdh delta) and, with truncation, its `sweeps`; parameters keyed by block name.
import { nestedByName, type Nested } from '../layout';
import { updateJson, type UpdateTotalsJson } from '../traceJson';
import type { RnnStepTrace } from './types';

export interface RnnStepJson {
  t: number;
  x: number[];
  a: number[];
  h: number[];
  y: number[];
  target: number[] | null;
  loss: number | null;
  dLdy: number[] | null;
  dLdh: number[];
  delta: number[];
}

export interface RnnTraceUpdateJson extends UpdateTotalsJson<Record<string, Nested[]>> {
  update: number;
  epoch: number;
  batch: number[];
  samples: {
    index: number;
    steps: RnnStepJson[];
    loss: number;
    sweeps?: { at: number; injected: number[]; swept: number[] }[];
  }[];
}

export interface RnnTraceJson {
  title: string;
  updates: RnnTraceUpdateJson[];
}

const list = (a: Float64Array): number[] => Array.from(a);
const listOrNull = (a: Float64Array | null): number[] | null => (a ? Array.from(a) : null);

export function rnnTraceToJson(title: string, traces: readonly RnnStepTrace[]): RnnTraceJson {
  return {
    title,
    updates: traces.map((trace) =>
      updateJson(
        trace,
        trace.samples.map((s) => ({
          index: s.index,
          steps: s.steps.map((st) => ({
            t: st.t,
            x: list(st.x),
            a: list(st.a),
            h: list(st.h),
            y: list(st.y),
            target: listOrNull(st.target),
            loss: st.loss,
            dLdy: listOrNull(st.dLdy),
            dLdh: list(st.dLdh),
            delta: list(st.delta),
          })),
          loss: s.loss,
          ...(s.sweeps
            ? {
                sweeps: s.sweeps.map((w) => ({
                  at: w.at,
                  injected: [...w.injected],
                  swept: [...w.swept],
                })),
              }
            : {}),
        })),
        (flat) => nestedByName(trace.layout, flat),
      ),
    ),
  };
}
