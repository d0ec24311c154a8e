// Gradient check of the RNN: the shared recurrent check (recurrentGradcheck.ts) over the
// Elman family — BPTT against central finite differences of one sequence's loss, or of the
// frozen-state surrogate of truncated BPTT. The RNN passed in is left exactly as it was.
import type { RegularizationConfig } from '../types';
import { rnnBackward } from './bptt';
import { createRnnCache, loadSequence } from './rnnCache';
import { rnnForward } from './rnnForward';
import type { Rnn } from './rnn';
import {
  recurrentGradientCheck,
  type BlockCheck,
  type RecurrentGradientCheck,
} from './recurrentGradcheck';
import type { SequenceDataset } from './types';

export type { BlockCheck };
export type RnnGradientCheck = RecurrentGradientCheck;

/** See recurrentGradientCheck: L is the sequence's loss (or truncation's surrogate). */
export function rnnGradientCheck(
  rnn: Rnn,
  data: SequenceDataset,
  index: number,
  options: { readonly epsilon?: number; readonly regularization?: RegularizationConfig } = {},
): RnnGradientCheck {
  return recurrentGradientCheck(
    {
      problem: rnn.problem,
      layout: rnn.layout,
      params: rnn.params,
      createCache: (maxT) => createRnnCache(rnn.problem.spec, maxT),
      load: loadSequence,
      forward: (p, cache, from, to) => rnnForward(rnn, p, cache, from, to),
      backward: (p, cache, grads) => rnnBackward(rnn, p, cache, grads),
      state: (cache, t) => [cache.h[t]],
    },
    data,
    index,
    options,
  );
}
