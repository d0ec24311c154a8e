// What a lesson keeps out of sight while its open question waits for the learner's answer: the
// quantity its `answerFrom` reads from the trace (a parameter's gradient, a unit's activation or
// the loss), and which cells of the worked-example table show it or a value computed from it.
// Pure: the store keeps the current Withheld; the views ask these helpers.
import { sameRef } from '../engine/ref';
import type { Ref } from '../engine/types';
import type { LiveSource } from './conditions';

export type Withheld =
  | { readonly kind: 'gradient'; readonly ref: Ref }
  | { readonly kind: 'activation'; readonly ref: Ref }
  | { readonly kind: 'loss' };

/** The placeholder shown instead, and the accessible label that says why. */
export const WITHHELD_TEXT = '?';
export const WITHHELD_LABEL = "withheld until you answer the lesson's question";

/** What a step's question hides while it is not answered right (metrics stay shown). */
export function withheldOf(source: LiveSource | null, solved: boolean): Withheld | null {
  if (!source || solved || source.kind === 'metric') return null;
  return source;
}

/** Whether the gradient of `ref` (a weight or bias) is withheld. */
export function gradientWithheld(w: Withheld | null, ref: Ref | null | undefined): boolean {
  return w?.kind === 'gradient' && sameRef(w.ref, ref);
}

/** The worked-example section's part a cell check needs (explain's TableSection). */
export interface SectionLike {
  readonly kind: 'forward' | 'loss' | 'backward' | 'gradients' | 'update';
  readonly columns: readonly string[];
  readonly refs: readonly (Ref | null)[];
}

/** Gradient columns: g itself, the batch mean it is, and what the update makes of it. */
const FROM_GRADIENT = new Set(['batch mean', 'gradient g', 'change', 'after']);

/** Whether cell (r, c) of `section` shows the withheld quantity or a value computed from it. */
export function cellWithheld(
  w: Withheld | null,
  section: SectionLike,
  r: number,
  c: number,
): boolean {
  if (!w || c === 0) return false;
  const ref = section.refs[r];
  const column = section.columns[c];
  switch (w.kind) {
    case 'gradient':
      return (
        (section.kind === 'gradients' || section.kind === 'update') &&
        sameRef(w.ref, ref) &&
        FROM_GRADIENT.has(column)
      );
    case 'activation':
      return (
        sameRef(w.ref, ref) &&
        ((section.kind === 'forward' && column === 'a') ||
          (section.kind === 'loss' && column === 'y'))
      );
    case 'loss':
      return section.kind === 'loss' && ref === null && c === 1;
  }
}
