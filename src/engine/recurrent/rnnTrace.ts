// A traced recurrent sample: fresh copies of the tape's steps in the contract's shape
// (t x a h y target loss dLdy dLdh delta, the record's step trace) and the truncation sweeps.
import type { RnnCache } from './rnnCache';
import { rnnRecord, type RnnLayer } from './rnnRecord';
import type { RnnSampleTrace, RnnTimeStepTrace, SweepTrace } from './types';

/** The steps of the sequence now in the cache, after rnnForward, rnnLoss and rnnBackward. */
export function buildRnnSampleTrace(
  layer: RnnLayer,
  index: number,
  cache: RnnCache,
  loss: number,
  sweeps: readonly SweepTrace[] | null,
): RnnSampleTrace {
  const steps: RnnTimeStepTrace[] = [];
  for (let i = 0; i < cache.T; i += 1) steps.push(rnnRecord.trace(layer, cache, i));
  return { index, steps, loss, sweeps };
}
