// The unrolled graph's items (a unit at a step, or one step's copy of a shared weight), their
// references (the one `Ref` type, t 0-based), and where the keyboard moves between them. The
// graph is one tab stop (a roving tabindex). Pure.
import type { Ref } from '../engine/types';
import type { EdgeBlock, UnitGroup, UnitShape } from './unrolledLayout';

export type UnrolledItem =
  | { readonly kind: 'node'; readonly group: UnitGroup; readonly t: number; readonly j: number }
  | {
      readonly kind: 'edge';
      readonly block: EdgeBlock;
      readonly t: number;
      readonly j: number;
      readonly i: number;
    };

const LAYER: Record<UnitGroup, number> = { x: 0, h: 1, y: 2 };

/** x → neuron layer 0, h → 1, y → 2; a weight → its block entry [j, i]; all with t. */
export function itemRef(item: UnrolledItem): Ref {
  return item.kind === 'node'
    ? { kind: 'neuron', layer: LAYER[item.group], j: item.j, t: item.t }
    : { kind: 'entry', block: item.block, position: [item.j, item.i], t: item.t };
}

/** A stable key: `h:3:1`, `Whh:3:1,0`. */
export function itemKey(item: UnrolledItem): string {
  return item.kind === 'node'
    ? `${item.group}:${item.t}:${item.j}`
    : `${item.block}:${item.t}:${item.j},${item.i}`;
}

/** The keys the graph answers (for a help line). */
export const UNROLLED_KEYS: readonly [keys: string, does: string][] = [
  ['← / →', 'the same unit (or the same weight) one step earlier / later'],
  ['↑ / ↓', 'the unit above / below in the step (on a weight: the next one into the same unit)'],
  ['Home / End', 'the first / last shown step'],
  ['I', 'a unit’s incoming weights (Wxh, then Whh; Why into an output)'],
  ['Esc', 'from a weight back to the unit it feeds'],
  ['Enter', 'select (the chain rule explains it)'],
];

export interface KeyContext {
  readonly shape: UnitShape;
  /** The shown steps, ascending and consecutive. */
  readonly steps: readonly number[];
}

const groupsOf = (shape: UnitShape): UnitGroup[] => (shape.readout ? ['y', 'h', 'x'] : ['h', 'x']);
const sizeOf = (shape: UnitShape, g: UnitGroup): number =>
  g === 'x' ? shape.inputs : g === 'h' ? shape.hidden : shape.outputs;

/** A unit's incoming weights at its step, in walking order (Wxh, then Whh from step 2 on). */
function incoming(ctx: KeyContext, group: UnitGroup, t: number, j: number): UnrolledItem[] {
  const { shape } = ctx;
  const out: UnrolledItem[] = [];
  const edge = (block: EdgeBlock, i: number): UnrolledItem => ({ kind: 'edge', block, t, j, i });
  if (group === 'h') {
    for (let i = 0; i < shape.inputs; i += 1) out.push(edge('Wxh', i));
    if (t > 0) for (let i = 0; i < shape.hidden; i += 1) out.push(edge('Whh', i));
  } else if (group === 'y') for (let i = 0; i < shape.hidden; i += 1) out.push(edge('Why', i));
  return out;
}

/** Is the item drawn (its step shown, its indices inside the net)? */
export function itemValid(ctx: KeyContext, item: UnrolledItem): boolean {
  if (!ctx.steps.includes(item.t)) return false;
  if (item.kind === 'node')
    return (
      groupsOf(ctx.shape).includes(item.group) &&
      item.j >= 0 &&
      item.j < sizeOf(ctx.shape, item.group)
    );
  const to = item.block === 'Why' ? 'y' : 'h';
  return incoming(ctx, to, item.t, item.j).some(
    (e) => e.kind === 'edge' && e.block === item.block && e.i === item.i,
  );
}

/** The first hidden unit of the first shown step. */
export function firstItem(ctx: KeyContext): UnrolledItem {
  return { kind: 'node', group: 'h', t: ctx.steps[0] ?? 0, j: 0 };
}

/** Where `key` moves focus from `item`; null when it does not move (or is not a graph key). */
export function moveItem(ctx: KeyContext, item: UnrolledItem, key: string): UnrolledItem | null {
  const first = ctx.steps[0] ?? 0;
  const last = ctx.steps[ctx.steps.length - 1] ?? 0;
  const step = (t: number): UnrolledItem | null => {
    if (t < first || t > last || t === item.t) return null;
    const next = { ...item, t };
    return itemValid(ctx, next) ? next : null;
  };
  if (key === 'ArrowLeft') return step(item.t - 1);
  if (key === 'ArrowRight') return step(item.t + 1);
  if (key === 'Home') return step(first);
  if (key === 'End') return step(last);
  if (item.kind === 'node') {
    if (key === 'i' || key === 'I') return incoming(ctx, item.group, item.t, item.j)[0] ?? null;
    if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
    // every unit of the column, top to bottom: y, h, x
    const column = groupsOf(ctx.shape).flatMap((g) =>
      Array.from({ length: sizeOf(ctx.shape, g) }, (_, j) => ({ g, j })),
    );
    const k = column.findIndex((u) => u.g === item.group && u.j === item.j);
    const next = column[k + (key === 'ArrowDown' ? 1 : -1)];
    return next ? { kind: 'node', group: next.g, t: item.t, j: next.j } : null;
  }
  const to: UnitGroup = item.block === 'Why' ? 'y' : 'h';
  if (key === 'Escape') return { kind: 'node', group: to, t: item.t, j: item.j };
  if (key !== 'ArrowUp' && key !== 'ArrowDown') return null;
  const list = incoming(ctx, to, item.t, item.j);
  const k = list.findIndex((e) => e.kind === 'edge' && e.block === item.block && e.i === item.i);
  return list[k + (key === 'ArrowDown' ? 1 : -1)] ?? null;
}

/** Keys the graph keeps even when focus does not move (so the page does not scroll). */
export function ownsKey(key: string): boolean {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(key);
}
