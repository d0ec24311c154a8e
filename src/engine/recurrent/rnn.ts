// An Elman RNN: its problem (spec, sequence settings, loss), layout and flat parameters, and
// one sequence's loss and gradient. Pure; the untraced path allocates nothing.
import { rnnBackward } from './bptt';
import { loadSequence, type RnnCache } from './rnnCache';
import { rnnForward, rnnLoss } from './rnnForward';
import type { Rnn } from './rnnNet';
import { buildRnnSampleTrace } from './rnnTrace';
import type { RnnSampleTrace, SequenceDataset, SweepTrace } from './types';

export { createRnn, type Rnn } from './rnnNet';

/**
 * Sequence `index` of `data` forward and, when `grads` is given, backward through time:
 * returns its loss L and adds ∂L/∂θ into grads (mutates grads and cache).
 */
export function sequenceStep(
  rnn: Rnn,
  cache: RnnCache,
  data: SequenceDataset,
  index: number,
  grads: Float64Array | null,
  params: Float64Array = rnn.params,
): number {
  loadSequence(cache, data, index);
  rnnForward(rnn, params, cache);
  const loss = rnnLoss(rnn.problem, cache);
  if (grads) rnnBackward(rnn, params, cache, grads);
  return loss;
}

/** As sequenceStep with a gradient, and the sample's full trace. */
export function traceSequence(
  rnn: Rnn,
  cache: RnnCache,
  data: SequenceDataset,
  index: number,
  grads: Float64Array | null,
): RnnSampleTrace {
  loadSequence(cache, data, index);
  rnnForward(rnn, rnn.params, cache);
  const loss = rnnLoss(rnn.problem, cache);
  const sweeps: SweepTrace[] | null = rnn.problem.sequence.bptt.mode === 'full' ? null : [];
  rnnBackward(rnn, rnn.params, cache, grads, sweeps);
  return buildRnnSampleTrace(rnn, index, cache, loss, sweeps);
}
