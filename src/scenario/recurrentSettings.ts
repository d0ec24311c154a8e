// The settings a learner changes in the app for a net over sequences (RNN, LSTM, GRU), as
// scenario edits: the sequence length of a generated task (sine-next: length; memory: the cue
// plus `delay` steps; sunspots: the window), the truncation of BPTT, the loss over time, which
// steps are scored and the GRU's convention. The results are not yet validated: the caller
// passes them through the one validator (settingRefusal.ts), which names a bad value's path. Pure.
import type { BpttConfig, SequenceConfig } from '../engine/recurrent/types';
import type { GatedScenario } from './gatedSchema';
import type { RecurrentScenario } from './recurrentSchema';
import type { AppScenario } from './validate';

/** A scenario over sequences: an Elman RNN, an LSTM or a GRU. */
export type SequenceScenario = RecurrentScenario | GatedScenario;

export function isSequenceScenario(s: AppScenario): s is SequenceScenario {
  const { kind } = s.network as { readonly kind?: string };
  return kind === 'rnn' || kind === 'lstm' || kind === 'gru';
}

/** The sequence length the scenario's data gives, or null for inline sequences. */
export function sequenceLengthOf(scenario: SequenceScenario): number | null {
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
export function withSequenceLength(scenario: SequenceScenario, length: number): unknown {
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
export function withBptt(scenario: SequenceScenario, bptt: BpttConfig): unknown {
  return withSequence(scenario, { bptt });
}

/** The scenario with some of its sequence settings replaced. */
export function withSequence(scenario: SequenceScenario, change: Partial<SequenceConfig>): unknown {
  return { ...scenario, sequence: { ...scenario.sequence, ...change } };
}

/**
 * Whether the scenario's data lets every step or only the last be scored: generated next-value
 * tasks do; the memory task scores its last step only, inline sequences have their targets.
 */
export const readoutChangeable = (scenario: SequenceScenario): boolean =>
  scenario.data.kind === 'sine-next' || scenario.data.kind === 'sunspots';

/** A GRU scenario in the other convention (the same blocks: its weights stay as they are). */
export function withGruConvention(
  scenario: GatedScenario,
  gru: 'reset-after' | 'reset-before',
): unknown {
  return { ...scenario, network: { ...scenario.network, gru } };
}
