// The lesson's view of a running app (lessons/evaluate.ts LessonState), read from the store:
// the cursor, the metrics, the settings in effect and the shown trace's numbers. Pure: one
// store state in, one LessonState out; answers are read live, so they follow an edited weight.
import type { LessonState } from '../lessons/evaluate';
import { traceReaders } from '../lessons/traceReaders';
import { selectMlpTrace, selectPhase, selectTrace } from './selectors';
import type { AppStoreState } from './types';

const num = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;

export function lessonStateOf(s: AppStoreState): LessonState {
  const trace = selectTrace(s);
  const phase = selectPhase(s);
  const f = s.frame;
  const summary = s.summary;
  const hidden = summary?.activations ?? [];
  const reg = summary?.regularization;
  const sample = phase && 'sample' in phase ? phase.sample : 0;
  return {
    cursor: { phase: phase ? phase.kind : null, update: trace ? trace.update : (f?.update ?? 0) },
    metrics: {
      update: f?.update ?? 0,
      // epochs trained (the status bar's "Epochs done"); the frame counts the epoch in progress
      epoch: f ? f.epoch - 1 : 0,
      trainLoss: num(f?.train?.loss),
      trainAccuracy: num(f?.train?.accuracy),
      testLoss: num(f?.test?.loss),
      testAccuracy: num(f?.test?.accuracy),
    },
    settings: {
      learningRate: summary?.optimizer.learningRate ?? null,
      batch: summary?.batch.mode ?? null,
      batchSize: summary?.batch.mode === 'minibatch' ? summary.batch.size : null,
      optimizer: summary?.optimizer.kind ?? null,
      loss: summary?.loss ?? null,
      // the hidden layers' activation (the output's is the last one)
      activation: hidden.length > 1 ? hidden[0] : null,
      regularization: reg?.kind ?? null,
      regularizationRate: reg && reg.kind !== 'none' ? reg.rate : null,
      dropout: summary?.dropout ?? null,
    },
    ...traceReaders(selectMlpTrace(s), sample),
  };
}
