// The LSTM/GRU trace JSON of contracts.md: each sample's `steps` (t x h y target loss dLdy
// dLdh, then the gates i f g o c dLdc or r z n, and dGates) and, with truncation, its
// `sweeps`; parameters keyed by block name.
import { nestedByName, type Nested } from '../layout';
import { updateJson, type UpdateTotalsJson } from '../traceJson';
import type { GatedStepTrace, GatedTimeStepTrace } from './gatedTypes';

export type GatedStepJson = {
  t: number;
  x: number[];
  h: number[];
  y: number[];
  target: number[] | null;
  loss: number | null;
  dLdy: number[] | null;
  dLdh: number[];
  dGates: Record<string, number[]>;
} & Record<string, unknown>;

export interface GatedTraceUpdateJson extends UpdateTotalsJson<Record<string, Nested[]>> {
  update: number;
  epoch: number;
  batch: number[];
  samples: {
    index: number;
    steps: GatedStepJson[];
    loss: number;
    sweeps?: { at: number; injected: number[]; swept: number[] }[];
  }[];
}

export interface GatedTraceJson {
  title: string;
  updates: GatedTraceUpdateJson[];
}

const list = (a: Float64Array): number[] => Array.from(a);
const listOrNull = (a: Float64Array | null): number[] | null => (a ? Array.from(a) : null);
const byName = (r: Readonly<Record<string, Float64Array>>): Record<string, number[]> =>
  Object.fromEntries(Object.entries(r).map(([k, v]) => [k, list(v)]));

export function gatedStepJson(st: GatedTimeStepTrace): GatedStepJson {
  return {
    t: st.t,
    x: list(st.x),
    h: list(st.h),
    y: list(st.y),
    target: listOrNull(st.target),
    loss: st.loss,
    dLdy: listOrNull(st.dLdy),
    dLdh: list(st.dLdh),
    ...byName(st.gates),
    ...(st.c && st.dLdc ? { c: list(st.c), dLdc: list(st.dLdc) } : {}),
    dGates: byName(st.dGates),
  };
}

export function gatedTraceToJson(title: string, traces: readonly GatedStepTrace[]): GatedTraceJson {
  return {
    title,
    updates: traces.map((trace) =>
      updateJson(
        trace,
        trace.samples.map((s) => ({
          index: s.index,
          steps: s.steps.map(gatedStepJson),
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
