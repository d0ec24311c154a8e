// "Compare cells": the same memory task (the first input to remember across 8 steps of noise)
// trained with an RNN, an LSTM and a GRU side by side, each from its own preset and seed;
// after every slice each net's test accuracy and its gradient through time on one fixed
// training sequence. A plain module (tested in Node); compareWorker.ts only wires it.
import type { ReadText } from '../data/types';
import { dLdhNorms } from '../explain/gradientThroughTime';
import { COMPARE_PRESETS, type CompareSeries } from '../protocol/compare';
import { getAppPreset } from '../scenario/appPresets';
import { buildRun, isSequenceRun, validatedAny, type SequenceRun } from './runs';

const LABELS: Record<(typeof COMPARE_PRESETS)[number], string> = {
  'rnn-memory': 'RNN',
  'lstm-memory': 'LSTM',
  'gru-memory': 'GRU',
};

interface Entry {
  readonly id: (typeof COMPARE_PRESETS)[number];
  readonly run: SequenceRun;
  readonly accuracy: { x: number; y: number }[];
}

export interface Comparison {
  /** Trains each net `updates` more updates, then records where each stands. */
  advance(updates: number): readonly CompareSeries[];
  /** Where each net stands now. */
  snapshot(): readonly CompareSeries[];
}

const norm = (v: ArrayLike<number>): number => {
  let s = 0;
  for (let k = 0; k < v.length; k += 1) s += v[k] * v[k];
  return Math.sqrt(s);
};

function seriesOf(entry: Entry): CompareSeries {
  const { run } = entry;
  const sample = run.trainer.inspect(run.split.train[0]);
  const steps = sample.steps as readonly { readonly dLdc?: Float64Array | null }[];
  return {
    id: entry.id,
    label: LABELS[entry.id],
    update: run.trainer.updates,
    accuracy: [...entry.accuracy],
    dLdh: dLdhNorms(sample).map((n) => n.norm),
    dLdc: run.kind === 'lstm' ? steps.map((st) => (st.dLdc ? norm(st.dLdc) : 0)) : null,
  };
}

function record(entry: Entry): void {
  const { run } = entry;
  const metrics = run.model.evaluate(run.trainer.config.loss, run.split.test);
  entry.accuracy.push({ x: run.trainer.updates, y: metrics.accuracy ?? NaN });
}

/** The three runs, built from their presets (the memory task is generated: nothing is read). */
export async function createComparison(readText: ReadText): Promise<Comparison> {
  const entries: Entry[] = [];
  for (const id of COMPARE_PRESETS) {
    const run = await buildRun(validatedAny(getAppPreset(id)!.scenario), null, readText);
    if (!isSequenceRun(run)) throw new Error(`${id} is not a recurrent preset`);
    const entry = { id, run, accuracy: [] };
    record(entry);
    entries.push(entry);
  }
  return {
    advance(updates) {
      for (const entry of entries) {
        for (let k = 0; k < updates; k += 1) entry.run.trainer.step(false);
        record(entry);
      }
      return entries.map(seriesOf);
    },
    snapshot: () => entries.map(seriesOf),
  };
}
