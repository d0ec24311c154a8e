// The network graph's data at one phase of a traced update: which parameters, values and
// gradients it shows, and the active layer. Pure: picks arrays out of the trace.
import type { StepTrace } from '../engine/types';
import type { Phase } from '../explain/phases';
import type { GraphMode } from './graphModel';

/** A phase as explain derives it (explain/phases.ts). */
export type TracePhase = Phase;

export interface PhaseGraph {
  readonly params: Float64Array;
  readonly activations: readonly Float64Array[] | null;
  readonly deltas: readonly Float64Array[] | null;
  readonly gradients: Float64Array | null;
  readonly mode: GraphMode;
  readonly activeLayer: number | null;
}

export function phaseGraph(
  trace: StepTrace | null,
  phase: TracePhase | null,
  params: Float64Array,
): PhaseGraph {
  if (!trace || !phase)
    return {
      params,
      activations: null,
      deltas: null,
      gradients: null,
      mode: 'idle',
      activeLayer: null,
    };
  const L = trace.sizes.length - 1;
  const sampleAt = (s: number) => trace.samples[s];
  switch (phase.kind) {
    case 'forward':
    case 'loss': {
      const sample = sampleAt(phase.sample);
      // only the layers the forward pass has reached carry values yet
      const reached = phase.kind === 'loss' ? L : phase.layer + 1;
      return {
        params: trace.before,
        activations: [sample.input, ...sample.layers.slice(0, reached).map((l) => l.a)],
        deltas: null,
        gradients: null,
        mode: 'forward',
        activeLayer: phase.kind === 'loss' ? L - 1 : phase.layer,
      };
    }
    case 'backward': {
      const sample = sampleAt(phase.sample);
      return {
        params: trace.before,
        activations: [sample.input, ...sample.layers.map((l) => l.a)],
        deltas: sample.layers.map((l, k) => (k >= phase.layer ? l.delta : new Float64Array(0))),
        gradients: trace.gradients,
        mode: 'backward',
        activeLayer: phase.layer,
      };
    }
    case 'accumulate':
      return {
        params: trace.before,
        activations: null,
        deltas: null,
        gradients: trace.gradients,
        mode: 'backward',
        activeLayer: null,
      };
    case 'update':
      return {
        params: trace.after,
        activations: null,
        deltas: null,
        gradients: trace.gradients,
        mode: 'update',
        activeLayer: null,
      };
  }
}
