// The recurrent settings a learner changes in the app, as scenario edits: the sequence length
// of a generated task (sine-next: length; memory: the cue plus `delay` steps; sunspots: the
// window) and the truncation of BPTT. The results are not yet validated: the caller passes
// them through the one validator, which refuses a bad value naming its path. Pure.
import type { BpttConfig } from '../engine/recurrent/types';
import type { RecurrentScenario } from './recurrentSchema';

/** The sequence length the scenario's data gives, or null for inline sequences. */
export function sequenceLengthOf(scenario: RecurrentScenario): number | null {
  const { data } = scenario;
  switch (data.kind) {
    case 'sine-next':
      return data.length;
    case 'memory':
      return data.delay + 1;
    case 'sunspots':
      return data.window;
    case 'sequences':
      return null;
  }
}

/** The scenario with sequences of `length` steps (inline sequences are left as they are). */
export function withSequenceLength(scenario: RecurrentScenario, length: number): unknown {
  const { data } = scenario;
  switch (data.kind) {
    case 'sine-next':
      return { ...scenario, data: { ...data, length } };
    case 'memory':
      return { ...scenario, data: { ...data, delay: length - 1 } };
    case 'sunspots':
      return { ...scenario, data: { ...data, window: length } };
    case 'sequences':
      return scenario;
  }
}

/** The scenario with BPTT full or truncated(k1, k2). */
export function withBptt(scenario: RecurrentScenario, bptt: BpttConfig): unknown {
  return { ...scenario, sequence: { ...scenario.sequence, bptt } };
}
