// A traced recurrent sample: fresh copies of the tape's steps (views over one buffer per sample) in the contract's shape
// (t x a h y target loss dLdy dLdh delta, the record's step trace) and the truncation sweeps.
import type { RnnCache } from './rnnCache';
import { createTraceArena } from '../traceArena';
import { rnnRecord, rnnTraceSize, type RnnLayer } from './rnnRecord';
import type { RnnSampleTrace, RnnTimeStepTrace, SweepTrace } from './types';

/** The steps of the sequence now in the cache, after rnnForward, rnnLoss and rnnBackward. */
export function buildRnnSampleTrace(
  layer: RnnLayer,
  index: number,
  cache: RnnCache,
  loss: number,
  sweeps: readonly SweepTrace[] | null,
): RnnSampleTrace {
  // One buffer for the whole sample: its steps' arrays are views over it.
  const arena = createTraceArena(rnnTraceSize(cache, cache.T));
  const steps: RnnTimeStepTrace[] = [];
  for (let i = 0; i < cache.T; i += 1) steps.push(rnnRecord.trace(layer, cache, i, arena));
  return { index, steps, loss, sweeps };
}
