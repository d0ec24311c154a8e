// Narrow selectors over the store; phases are derived from the shown trace (never stored).
import type { StepTrace, Trace } from '../engine/types';
import { describePhase, phasesOf, stepOf, type Phase, type Step } from './phases';
import type { AppStoreState } from './types';

const phaseCache = new WeakMap<Trace, Phase[]>();

export function phasesFor(trace: Trace): Phase[] {
  let phases = phaseCache.get(trace);
  if (!phases) {
    phases = phasesOf(trace);
    phaseCache.set(trace, phases);
  }
  return phases;
}

export const selectTrace = (s: AppStoreState): Trace | null => s.traces[s.traceIndex] ?? null;

/** The shown trace when it is an MLP's (the MLP-only views: graph, chain rule, table). */
export const selectMlpTrace = (s: AppStoreState): StepTrace | null => {
  const trace = selectTrace(s);
  return trace?.kind === 'mlp' ? trace : null;
};

export const selectPhase = (s: AppStoreState): Phase | null => {
  const trace = selectTrace(s);
  return trace ? (phasesFor(trace)[s.cursor] ?? null) : null;
};

export const selectStep = (s: AppStoreState): Step => stepOf(selectPhase(s));

export const selectPhaseText = (s: AppStoreState): string => {
  const trace = selectTrace(s);
  const done = s.frame?.update ?? 0;
  // A live region reads this: while playing it stays the same (no count that changes each frame).
  if (s.playing) return 'Training: press Pause (or Space) to stop and step through an update';
  // Played or stepped without a trace: say where training is rather than "initialize".
  if (!trace && done > 0)
    return `Paused after ${done} update${done === 1 ? '' : 's'}: step forward to trace the next one`;
  return describePhase(selectPhase(s), trace);
};

export const selectActions = (s: AppStoreState): AppStoreState['actions'] => s.actions;

/** The shown update is the latest one and nothing is playing: its values can be edited. */
export const selectRevisable = (s: AppStoreState): boolean => {
  const trace = selectTrace(s);
  return trace !== null && !s.playing && s.frame?.update === trace.update;
};
