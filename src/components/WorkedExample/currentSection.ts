// Which worked-example section the stepping cursor is in: the forward, loss and backward
// sections of the phase's sample, the gradients while they accumulate, the update last. Pure.
import type { Phase, TableSection } from '../../explain';

/** The key of a section (its kind and, for per-sample sections, its sample). */
export function sectionKey(section: Pick<TableSection, 'kind' | 'sample'>): string {
  return section.sample === undefined ? section.kind : `${section.kind}:${section.sample}`;
}

/** The key of the section that shows the phase's numbers; null before the first step. */
export function currentSectionKey(phase: Phase | null): string | null {
  if (!phase) return null;
  switch (phase.kind) {
    case 'forward':
    case 'loss':
    case 'backward':
      return sectionKey(phase);
    case 'accumulate':
      return 'gradients';
    case 'update':
      return 'update';
  }
}
