// The live readings of a LessonState taken from one MLP update's trace: a parameter's batch
// gradient, a unit's value and the loss for a sample of the batch. Pure; a reference the net
// does not have reads as null, never as an exception.
import { mlpLayout } from '../engine/network';
import { refParamIndex } from '../engine/ref';
import type { Ref, StepTrace } from '../engine/types';
import type { LessonState } from './evaluate';

export type TraceReaders = Pick<LessonState, 'gradient' | 'activation' | 'loss'>;

const NONE: TraceReaders = { gradient: () => null, activation: () => null, loss: null };

/** Readers over `trace` for its sample `s` (0-based position in the batch); null trace: none. */
export function traceReaders(trace: StepTrace | null, s = 0): TraceReaders {
  const sample = trace?.samples[s];
  if (!trace || !sample) return NONE;
  const layout = mlpLayout(trace.sizes);
  return {
    gradient: (ref: Ref) => {
      if (ref.kind !== 'weight' && ref.kind !== 'bias') return null;
      const k = refParamIndex(layout, ref);
      return k === null ? null : (trace.gradients[k] ?? null);
    },
    activation: (ref: Ref) => {
      if (ref.kind !== 'neuron') return null;
      const values = ref.layer === 0 ? sample.input : sample.layers[ref.layer - 1]?.a;
      return values?.[ref.j] ?? null;
    },
    loss: sample.loss,
  };
}
