// The store's view of the phases: derived once, in src/explain/phases.ts.
export {
  describePhase,
  phasesOf,
  sampleBoundary,
  stepOf,
  type Phase,
  type Step,
} from '../explain/phases';

import type { Phase } from '../explain/phases';
import type { StepTarget } from '../scenario/fragment';

/** A phase as a link names it: 1-based sample and layer, as in `u3.s2.backward.l1`. */
export type PhaseAt = NonNullable<StepTarget['at']>;

/**
 * The link's name of a phase (its layer always written, so it reopens exactly there; a
 * recurrent net's phase names its time step instead, its one layer going without saying).
 */
export function phaseAtOf(phase: Phase): PhaseAt {
  switch (phase.kind) {
    case 'forward':
    case 'backward':
      return phase.t === undefined
        ? { sample: phase.sample + 1, phase: phase.kind, layer: phase.layer + 1 }
        : { sample: phase.sample + 1, phase: phase.kind, layer: null, time: phase.t + 1 };
    case 'loss':
      return phase.t === undefined
        ? { sample: phase.sample + 1, phase: 'loss', layer: null }
        : { sample: phase.sample + 1, phase: 'loss', layer: null, time: phase.t + 1 };
    case 'accumulate':
    case 'update':
      return { sample: 1, phase: phase.kind, layer: null };
  }
}

/**
 * The cursor a link's phase names: that phase of that sample (its first layer when none is
 * named); a sample or layer the update does not have falls back to the first phase of that name.
 */
export function cursorOfPhaseAt(phases: readonly Phase[], at: PhaseAt): number {
  const sameKind = (p: Phase): boolean => p.kind === at.phase;
  const exact = phases.findIndex((p) => {
    if (!sameKind(p)) return false;
    if ('sample' in p && p.sample !== at.sample - 1) return false;
    if (at.time !== undefined && 't' in p && p.t !== at.time - 1) return false;
    return at.layer === null || !('layer' in p) || p.layer === at.layer - 1;
  });
  return exact >= 0 ? exact : Math.max(0, phases.findIndex(sameKind));
}
