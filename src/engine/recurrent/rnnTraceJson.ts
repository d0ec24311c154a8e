// The recurrent trace JSON of contracts.md: each sample's `steps` (t x a h y target loss
// dLdy dLdh delta) and, with truncation, its `sweeps`; parameters keyed by block name.
import { nestedByName, type Nested } from '../layout';
import type { OptimizerConfig } from '../types';
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

export interface RnnTraceUpdateJson {
  update: number;
  epoch: number;
  batch: number[];
  samples: {
    index: number;
    steps: RnnStepJson[];
    loss: number;
    sweeps?: { at: number; injected: number[]; swept: number[] }[];
  }[];
  loss: number;
  gradients: Record<string, Nested[]>;
  before: Record<string, Nested[]>;
  after: Record<string, Nested[]>;
  regularizationLoss: number;
  optimizer: {
    config: OptimizerConfig;
    t: number;
    state: Record<string, Record<string, Nested[]>>;
    change: Record<string, Nested[]>;
  };
  clip?: { norm: number; factor: number };
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
    updates: traces.map((trace) => {
      const byName = (flat: Float64Array): Record<string, Nested[]> =>
        nestedByName(trace.layout, flat);
      const state: Record<string, Record<string, Nested[]>> = {};
      for (const [name, arr] of Object.entries(trace.optimizer.state)) state[name] = byName(arr);
      return {
        update: trace.update,
        epoch: trace.epoch,
        batch: [...trace.batch],
        samples: trace.samples.map((s) => ({
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
        loss: trace.batchLoss,
        gradients: byName(trace.gradients),
        before: byName(trace.before),
        after: byName(trace.after),
        regularizationLoss: trace.regularizationLoss,
        optimizer: {
          config: trace.optimizer.config,
          t: trace.optimizer.t,
          state,
          change: byName(trace.optimizer.change),
        },
        ...(trace.clip ? { clip: { norm: trace.clip.norm, factor: trace.clip.factor } } : {}),
      };
    }),
  };
}
