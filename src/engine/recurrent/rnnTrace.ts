// A traced recurrent sample: fresh copies of the tape's steps in the contract's shape
// (t x a h y target loss dLdy dLdh delta) and the truncation sweeps. Allocates by design.
import type { RnnCache } from './rnnCache';
import type { RnnSampleTrace, RnnTimeStepTrace, SweepTrace } from './types';

/** The steps of the sequence now in the cache, after rnnForward, rnnLoss and rnnBackward. */
export function buildRnnSampleTrace(
  index: number,
  cache: RnnCache,
  loss: number,
  sweeps: readonly SweepTrace[] | null,
): RnnSampleTrace {
  const steps: RnnTimeStepTrace[] = [];
  for (let i = 0; i < cache.T; i += 1) {
    const scored = cache.scored[i] === 1;
    steps.push({
      t: i + 1,
      x: cache.x[i].slice(),
      a: cache.a[i].slice(),
      h: cache.h[i + 1].slice(),
      y: cache.y[i].slice(),
      target: scored ? cache.target[i].slice() : null,
      loss: scored ? cache.stepLoss[i] : null,
      dLdy: scored ? cache.dy[i].slice() : null,
      dLdh: cache.dh[i].slice(),
      delta: cache.delta[i].slice(),
    });
  }
  return { index, steps, loss, sweeps };
}
