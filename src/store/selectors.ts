// Narrow selectors over the store; phases are derived from the shown trace (never stored).
import type { StepTrace } from '../engine/types';
import { describePhase, phasesOf, stepOf, type Phase, type Step } from './phases';
import type { AppStoreState } from './types';

const phaseCache = new WeakMap<StepTrace, Phase[]>();

export function phasesFor(trace: StepTrace): Phase[] {
  let phases = phaseCache.get(trace);
  if (!phases) {
    phases = phasesOf(trace);
    phaseCache.set(trace, phases);
  }
  return phases;
}

export const selectTrace = (s: AppStoreState): StepTrace | null => s.traces[s.traceIndex] ?? null;

export const selectPhase = (s: AppStoreState): Phase | null => {
  const trace = selectTrace(s);
  return trace ? (phasesFor(trace)[s.cursor] ?? null) : null;
};

export const selectStep = (s: AppStoreState): Step => stepOf(selectPhase(s));

export const selectPhaseText = (s: AppStoreState): string =>
  describePhase(selectPhase(s), selectTrace(s));

export const selectActions = (s: AppStoreState): AppStoreState['actions'] => s.actions;

/** The shown update is the latest one and nothing is playing: its values can be edited. */
export const selectRevisable = (s: AppStoreState): boolean => {
  const trace = selectTrace(s);
  return trace !== null && !s.playing && s.frame?.update === trace.update;
};
