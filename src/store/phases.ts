// The phases of one traced update, as the learner steps through them: per sample, forward
// layer by layer, the loss, backward layer by layer; then accumulate and update. Pure.
import type { StepTrace } from '../engine/types';
import type { StepTarget } from '../scenario/fragment';

export type Step = 'initialize' | 'forward' | 'loss' | 'backward' | 'update';

export type Phase =
  | { readonly kind: 'forward'; readonly sample: number; readonly layer: number }
  | { readonly kind: 'loss'; readonly sample: number }
  | { readonly kind: 'backward'; readonly sample: number; readonly layer: number }
  | { readonly kind: 'accumulate' }
  | { readonly kind: 'update' };

/** `layer` is the 0-based non-input layer, as in the engine. */
export function phasesOf(trace: Pick<StepTrace, 'sizes' | 'samples'>): Phase[] {
  const L = trace.sizes.length - 1;
  const out: Phase[] = [];
  trace.samples.forEach((_, sample) => {
    for (let layer = 0; layer < L; layer += 1) out.push({ kind: 'forward', sample, layer });
    out.push({ kind: 'loss', sample });
    for (let layer = L - 1; layer >= 0; layer -= 1) out.push({ kind: 'backward', sample, layer });
  });
  out.push({ kind: 'accumulate' }, { kind: 'update' });
  return out;
}

export function stepOf(phase: Phase | null): Step {
  if (!phase) return 'initialize';
  switch (phase.kind) {
    case 'forward':
    case 'loss':
    case 'backward':
      return phase.kind;
    case 'accumulate':
    case 'update':
      return 'update';
  }
}

function layerName(layer: number, sizes: readonly number[]): string {
  const L = sizes.length - 1;
  if (layer === L - 1) return 'output layer';
  return L === 2 ? 'hidden layer' : `hidden layer ${layer + 1}`;
}

/** "Backward pass, sample 1: output layer" */
export function describePhase(
  phase: Phase | null,
  trace: Pick<StepTrace, 'sizes' | 'samples' | 'update'> | null,
): string {
  if (!phase || !trace) return 'Initialize: the network has its starting weights';
  const of = trace.samples.length;
  const sample = (s: number): string => (of > 1 ? `sample ${s + 1} of ${of}` : 'sample 1');
  switch (phase.kind) {
    case 'forward':
      return `Forward pass, ${sample(phase.sample)}: ${layerName(phase.layer, trace.sizes)}`;
    case 'loss':
      return `Loss, ${sample(phase.sample)}`;
    case 'backward':
      return `Backward pass, ${sample(phase.sample)}: ${layerName(phase.layer, trace.sizes)}`;
    case 'accumulate':
      return of > 1
        ? `Accumulate the batch gradient (mean of ${of} samples)`
        : 'Accumulate the batch gradient';
    case 'update':
      return `Update the parameters (update ${trace.update})`;
  }
}

/** Index of the first phase of the next (or previous) sample; null past either end. */
export function sampleBoundary(
  phases: readonly Phase[],
  cursor: number,
  direction: 1 | -1,
): number | null {
  const sampleAt = (k: number): number => {
    const p = phases[k];
    return 'sample' in p ? p.sample : Infinity;
  };
  const current = sampleAt(cursor);
  if (direction === 1) {
    for (let k = cursor + 1; k < phases.length; k += 1) if (sampleAt(k) !== current) return k;
    return null;
  }
  // back: to the start of this sample, or of the previous one when already at its start
  let start = cursor;
  while (start > 0 && sampleAt(start - 1) === current) start -= 1;
  if (start < cursor) return start;
  if (start === 0) return null;
  const previous = sampleAt(start - 1);
  let k = start - 1;
  while (k > 0 && sampleAt(k - 1) === previous) k -= 1;
  return k;
}

/** A phase as a link names it: 1-based sample and layer, as in `u3.s2.backward.l1`. */
export type PhaseAt = NonNullable<StepTarget['at']>;

/** The link's name of a phase (its layer always written, so it reopens exactly there). */
export function phaseAtOf(phase: Phase): PhaseAt {
  switch (phase.kind) {
    case 'forward':
    case 'backward':
      return { sample: phase.sample + 1, phase: phase.kind, layer: phase.layer + 1 };
    case 'loss':
      return { sample: phase.sample + 1, phase: 'loss', layer: null };
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
    return at.layer === null || !('layer' in p) || p.layer === at.layer - 1;
  });
  return exact >= 0 ? exact : Math.max(0, phases.findIndex(sameKind));
}
