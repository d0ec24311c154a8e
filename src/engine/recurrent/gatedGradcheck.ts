// Gradient check of an LSTM or GRU: the shared recurrent check over the gated family (the
// LSTM's frozen state under truncation is both hₜ and cₜ). The net passed in is left as it was.
import type { RegularizationConfig } from '../types';
import { gatedBackward, gatedForward, type Gated } from './gated';
import { createGatedCache, loadGatedSequence } from './gatedCache';
import { recurrentGradientCheck, type RecurrentGradientCheck } from './recurrentGradcheck';
import type { SequenceDataset } from './types';

export function gatedGradientCheck(
  net: Gated,
  data: SequenceDataset,
  index: number,
  options: { readonly epsilon?: number; readonly regularization?: RegularizationConfig } = {},
): RecurrentGradientCheck {
  return recurrentGradientCheck(
    {
      problem: net.problem,
      layout: net.layout,
      params: net.params,
      createCache: (maxT) => createGatedCache(net.problem.spec, maxT),
      load: loadGatedSequence,
      forward: (p, cache, from, to) => gatedForward(net, p, cache, from, to),
      backward: (p, cache, grads) => gatedBackward(net, p, cache, grads),
      state: (cache, t) => (cache.c.length > 0 ? [cache.h[t], cache.c[t]] : [cache.h[t]]),
    },
    data,
    index,
    options,
  );
}
