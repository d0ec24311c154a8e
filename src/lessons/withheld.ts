// What a lesson keeps out of sight while its open question waits for the learner's answer: the
// quantity its `answerFrom` reads from the trace (a parameter's gradient, a unit's activation or
// the loss), and which cells of the worked-example table show it or a value computed from it.
// Pure: the store keeps the current Withheld; the views ask these helpers.
import { refKey, sameRef } from '../engine/ref';
import type { Ref } from '../engine/types';
import type { LiveSource } from './conditions';

export type Withheld =
  | { readonly kind: 'gradient'; readonly ref: Ref }
  | {
      readonly kind: 'activation';
      readonly ref: Ref;
      /** The graph nodes the step highlights (`graph.node.<name>`): the step asks the learner
       * to read their values in the graph, so the graph keeps showing them. */
      readonly readInGraph?: readonly string[];
    }
  | { readonly kind: 'loss' };

/** The placeholder shown instead, and the accessible label that says why. */
export const WITHHELD_TEXT = '?';
export const WITHHELD_LABEL = "withheld until you answer the lesson's question";

/** A lesson target naming a node of the graph (`graph.node.h1`). */
const GRAPH_NODE = 'graph.node.';

/** Panels that show the trace's numbers: a step pointing the learner there asks to read them. */
const READ_PANELS = new Set(['panel.table', 'panel.chain', 'panel.status']);

/** Whether the step's highlights send the learner to where the answer is shown. */
function pointsAtAnswer(source: Withheld, highlight: readonly string[]): boolean {
  const row = source.kind === 'loss' ? 'table.row.loss' : `table.row.${refKey(source.ref)}`;
  return highlight.some((id) => READ_PANELS.has(id) || id === row);
}

/**
 * What a step's question hides while it is not answered right. Metrics stay shown, and so does
 * an answer the step itself points at (its highlights name the table, the chain-rule panel, the
 * status bar or the answer's own table row): that question asks the learner to read the value,
 * the others to work it out before the app shows it. An activation stays shown in the graph
 * when the step highlights its node (it asks the learner to read it there).
 */
export function withheldOf(
  source: LiveSource | null,
  solved: boolean,
  highlight: readonly string[] = [],
): Withheld | null {
  if (!source || solved || source.kind === 'metric') return null;
  if (pointsAtAnswer(source, highlight)) return null;
  if (source.kind !== 'activation') return source;
  const nodes = highlight
    .filter((id) => id.startsWith(GRAPH_NODE))
    .map((id) => id.slice(GRAPH_NODE.length));
  return { ...source, readInGraph: nodes };
}

/** Whether the graph hides the activation of unit `j` of `layer` (input 0), named `name`
 * (h1, y1): it is the withheld one and the step does not point at its node. */
export function activationWithheldInGraph(
  w: Withheld | null,
  layer: number,
  j: number,
  name: string,
): boolean {
  return (
    w?.kind === 'activation' &&
    w.ref.kind === 'neuron' &&
    w.ref.layer === layer &&
    w.ref.j === j &&
    !(w.readInGraph ?? []).includes(name)
  );
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
