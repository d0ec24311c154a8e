// The stable target ids a lesson highlights (docs lessons.md), never CSS selectors:
// graph.node.<name>, graph.edge.<from>.<to>, chain.factor.<k>, table.row.<name>,
// control.<control id>, panel.<panel id>. Pure: checks an id against a net's layer sizes.
import { CONTROL_IDS, PANEL_IDS } from '../scenario/fragment';
import { neuronName } from '../explain/names';
import { parseRefKey, refProblem } from './refs';

export const TARGET_KINDS = [
  'graph.node',
  'graph.edge',
  'chain.factor',
  'table.row',
  'control',
  'panel',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** The chain-rule panel shows at most three factors (∂L/∂a · ∂a/∂z · ∂z/∂θ), numbered from 1. */
export const MAX_CHAIN_FACTORS = 3;

/** The table's own rows that are not a unit or a parameter. */
const TABLE_ROWS = ['loss'] as const;

const NODE = '[xhy]\\d{1,4}(?:\\.\\d{1,4})?';
const EDGE = new RegExp(`^graph\\.edge\\.(${NODE})\\.(${NODE})$`);

export interface ParsedTarget {
  readonly kind: TargetKind;
  readonly rest: string;
}

/** Every unit's on-screen name (x1, h1 or h1.2, y1) in a net of these sizes, with its layer. */
export function nodeNames(sizes: readonly number[]): Map<string, number> {
  const names = new Map<string, number>();
  sizes.forEach((n, layer) => {
    for (let j = 0; j < n; j += 1) names.set(neuronName(sizes, layer, j), layer);
  });
  return names;
}

const list = (ids: readonly string[]): string => ids.map((id) => `"${id}"`).join(', ');

/**
 * A message saying why `id` names nothing in the app, or null when it does. `sizes` are the
 * MLP's layer sizes in the step's scenario (null for other kinds: units are not checked).
 */
export function targetProblem(id: string, sizes: readonly number[] | null): string | null {
  const kind = TARGET_KINDS.find((k) => id.startsWith(`${k}.`));
  if (!kind)
    return `is not a target id; targets start with ${list(TARGET_KINDS.map((k) => `${k}.`))}`;
  const rest = id.slice(kind.length + 1);
  const names = sizes ? nodeNames(sizes) : null;
  switch (kind) {
    case 'panel':
      return (PANEL_IDS as readonly string[]).includes(rest)
        ? null
        : `names no panel; panels are ${list(PANEL_IDS)}`;
    case 'control':
      return (CONTROL_IDS as readonly string[]).includes(rest)
        ? null
        : `names no control; controls are ${list(CONTROL_IDS)}`;
    case 'chain.factor': {
      const k = /^\d{1,2}$/.test(rest) ? Number(rest) : 0;
      return k >= 1 && k <= MAX_CHAIN_FACTORS
        ? null
        : `chain-rule factors are numbered 1 to ${MAX_CHAIN_FACTORS}`;
    }
    case 'graph.node':
      if (!new RegExp(`^${NODE}$`).test(rest)) return 'a node is named like x1, h1, h2.1 or y1';
      return !names || names.has(rest)
        ? null
        : `the net has no node "${rest}" (it has ${list([...names.keys()])})`;
    case 'graph.edge': {
      const m = EDGE.exec(id);
      if (!m) return 'an edge is graph.edge.<from>.<to>, like graph.edge.h1.y1';
      if (!names) return null;
      const from = names.get(m[1]);
      const to = names.get(m[2]);
      if (from === undefined) return `the net has no node "${m[1]}"`;
      if (to === undefined) return `the net has no node "${m[2]}"`;
      return to === from + 1 ? null : `no edge runs from ${m[1]} to ${m[2]} (adjacent layers only)`;
    }
    case 'table.row': {
      if ((TABLE_ROWS as readonly string[]).includes(rest)) return null;
      const ref = parseRefKey(rest);
      if (ref) return sizes ? refProblem(ref, sizes) : null;
      if (names?.has(rest) || (!names && new RegExp(`^${NODE}$`).test(rest))) return null;
      return 'a table row is a unit (x1, h1, y1), a parameter key (w:1:0:0, b:0:1) or "loss"';
    }
  }
}
