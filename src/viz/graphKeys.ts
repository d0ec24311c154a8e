// Keyboard movement inside the network graph, which is one tab stop (a roving tabindex, as in
// the WAI-ARIA grid and tree patterns). Pure: which item a key moves focus to, given the net's
// sizes and what the graph draws as focusable. The keys are listed in GRAPH_KEYS (the
// shortcuts dialog shows them).
import type { GraphRef } from './refs';

/** How Up/Down walk a weight: the receiving neuron's incoming weights, or the sender's outgoing. */
export type WeightWalk = 'in' | 'out';

/** The item holding the graph's one tab stop, and how its weights are walked. */
export interface GraphFocus {
  readonly ref: GraphRef;
  readonly walk: WeightWalk;
}

export interface GraphKeyContext {
  /** Layer sizes, input first. */
  readonly sizes: readonly number[];
  /** Columns of the input layer drawn as an image (arrows then move on its grid), or null. */
  readonly imageCols: number | null;
  /** Weights and biases are focusable items (small nets); otherwise neurons only. */
  readonly params: boolean;
}

/** The keys the graph answers (for the shortcuts dialog). */
export const GRAPH_KEYS: readonly [keys: string, does: string][] = [
  ['Tab', 'into or out of the network graph (one stop)'],
  ['↑ / ↓', 'in the graph: previous / next neuron of the layer (or weight, or bias)'],
  ['← / →', 'in the graph: previous / next layer; on a weight, the neuron at its end'],
  ['Home / End', 'in the graph: first / last of the layer (or of the weights)'],
  ['I / O', 'in the graph: the neuron’s incoming / outgoing weights'],
  ['B', 'in the graph: the neuron’s bias'],
  ['Esc', 'in the graph: from a weight or bias back to its neuron'],
  ['Enter', 'in the graph: select (the chain rule explains it)'],
];

/** The first hidden neuron: where the tab stop starts and falls back to. */
export const FIRST_FOCUS: GraphFocus = { ref: { kind: 'neuron', layer: 1, j: 0 }, walk: 'in' };

/** Does the focus still name a focusable item of this net (it may predate a new architecture)? */
export function focusValid(ctx: GraphKeyContext, focus: GraphFocus): boolean {
  const { sizes } = ctx;
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n < max;
  const ref = focus.ref;
  if (ref.kind === 'neuron') return ok(ref.layer, sizes.length) && ok(ref.j, sizes[ref.layer]);
  if (!ctx.params || !ok(ref.layer, sizes.length - 1) || !ok(ref.j, sizes[ref.layer + 1]))
    return false;
  return ref.kind === 'bias' || ok(ref.i, sizes[ref.layer]);
}

/** The neuron a weight or bias belongs to for Esc, I, O and B (a weight: the end it is walked from). */
function ownerOf(focus: GraphFocus): { layer: number; j: number } {
  const ref = focus.ref;
  if (ref.kind === 'neuron') return { layer: ref.layer, j: ref.j };
  if (ref.kind === 'bias') return { layer: ref.layer + 1, j: ref.j };
  return focus.walk === 'in' ? { layer: ref.layer + 1, j: ref.j } : { layer: ref.layer, j: ref.i };
}

const neuron = (layer: number, j: number): GraphFocus => ({
  ref: { kind: 'neuron', layer, j },
  walk: 'in',
});

/** Moves between neurons: a layer up and down (an image on its grid), layers left and right. */
function moveNeuron(ctx: GraphKeyContext, layer: number, j: number, key: string) {
  const n = ctx.sizes[layer];
  const cols = layer === 0 ? ctx.imageCols : null;
  const across = (to: number) => {
    const m = ctx.sizes[to];
    return neuron(to, n > 1 ? Math.round((j * (m - 1)) / (n - 1)) : 0);
  };
  const at = (k: number) => (k >= 0 && k < n ? neuron(layer, k) : null);
  switch (key) {
    case 'ArrowUp':
      return at(j - (cols ?? 1));
    case 'ArrowDown':
      return at(j + (cols ?? 1));
    case 'ArrowLeft':
      if (cols) return j % cols > 0 ? at(j - 1) : null;
      return layer > 0 ? across(layer - 1) : null;
    case 'ArrowRight':
      if (cols && j % cols < cols - 1) return at(j + 1);
      return layer < ctx.sizes.length - 1 ? across(layer + 1) : null;
    case 'Home':
      return at(0);
    case 'End':
      return at(n - 1);
    default:
      return null;
  }
}

/** Steps along one list (Up/Down by one, Home/End to its ends) of `count` items. */
function along(key: string, k: number, count: number): number | null {
  const to =
    key === 'ArrowUp'
      ? k - 1
      : key === 'ArrowDown'
        ? k + 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : null;
  return to !== null && to >= 0 && to < count ? to : null;
}

/** I, O and B from a neuron (or from the neuron a weight or bias belongs to). */
function jump(ctx: GraphKeyContext, owner: { layer: number; j: number }, key: string) {
  if (!ctx.params) return null;
  const { layer, j } = owner;
  switch (key.toLowerCase()) {
    case 'i':
      return layer > 0
        ? ({ ref: { kind: 'weight', layer: layer - 1, j, i: 0 }, walk: 'in' } as const)
        : null;
    case 'o':
      return layer < ctx.sizes.length - 1
        ? ({ ref: { kind: 'weight', layer, j: 0, i: j }, walk: 'out' } as const)
        : null;
    case 'b':
      return layer > 0
        ? ({ ref: { kind: 'bias', layer: layer - 1, j }, walk: 'in' } as const)
        : null;
    default:
      return null;
  }
}

/** Keys the graph owns even where they lead nowhere (so they never also step the app). */
export function graphOwnsKey(key: string): boolean {
  return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(key);
}

/**
 * Where `key` moves the graph's focus from `focus`, or null when it does not move it (the edge
 * of a layer, a key the graph does not use, or a weight/bias key on a net without them).
 */
export function moveFocus(ctx: GraphKeyContext, focus: GraphFocus, key: string): GraphFocus | null {
  const ref = focus.ref;
  const owner = ownerOf(focus);
  if (key === 'Escape') return ref.kind === 'neuron' ? null : neuron(owner.layer, owner.j);
  const jumped = jump(ctx, owner, key);
  if (jumped) return jumped;
  if (ref.kind === 'neuron') return moveNeuron(ctx, ref.layer, ref.j, key);
  if (ref.kind === 'bias') {
    if (key === 'ArrowLeft' || key === 'ArrowRight') return neuron(owner.layer, owner.j);
    const to = along(key, ref.j, ctx.sizes[ref.layer + 1]);
    return to === null ? null : { ref: { ...ref, j: to }, walk: 'in' };
  }
  // a weight: left and right go to its two ends; up and down along the walked list
  if (key === 'ArrowLeft') return neuron(ref.layer, ref.i);
  if (key === 'ArrowRight') return neuron(ref.layer + 1, ref.j);
  if (focus.walk === 'in') {
    const to = along(key, ref.i, ctx.sizes[ref.layer]);
    return to === null ? null : { ref: { ...ref, i: to }, walk: 'in' };
  }
  const to = along(key, ref.j, ctx.sizes[ref.layer + 1]);
  return to === null ? null : { ref: { ...ref, j: to }, walk: 'out' };
}
