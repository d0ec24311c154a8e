// References to what the graph shows (a weight, a bias, a neuron) and their parameter indices.
// Pure data: the same shape as the store's Selection, so the app can pass one for the other.

/**
 * `layer` of a weight or bias is the 0-based non-input layer (the engine's convention);
 * `layer` of a neuron counts the input layer as 0 (the store's and explain's convention),
 * so input neurons can be selected too.
 */
export type GraphRef =
  | { readonly kind: 'weight'; readonly layer: number; readonly j: number; readonly i: number }
  | { readonly kind: 'bias'; readonly layer: number; readonly j: number }
  | { readonly kind: 'neuron'; readonly layer: number; readonly j: number };

/** Where one layer's parameters sit in the flat vector: W [nOut, nIn] row-major, then b [nOut]. */
export interface ParamSlot {
  readonly nIn: number;
  readonly nOut: number;
  readonly wOffset: number;
  readonly bOffset: number;
}

/** The engine's parameter layout for these sizes: W0, b0, W1, b1, … */
export function paramSlots(sizes: readonly number[]): ParamSlot[] {
  const slots: ParamSlot[] = [];
  let offset = 0;
  for (let l = 1; l < sizes.length; l += 1) {
    const nIn = sizes[l - 1];
    const nOut = sizes[l];
    slots.push({ nIn, nOut, wOffset: offset, bOffset: offset + nIn * nOut });
    offset += nIn * nOut + nOut;
  }
  return slots;
}

/** Total number of parameters (weights and biases). */
export function paramCount(sizes: readonly number[]): number {
  let n = 0;
  for (let l = 1; l < sizes.length; l += 1) n += sizes[l - 1] * sizes[l] + sizes[l];
  return n;
}

/** Index into params of a weight or bias; null for a neuron. */
export function paramIndexOf(slots: readonly ParamSlot[], ref: GraphRef): number | null {
  const slot = slots[ref.layer];
  switch (ref.kind) {
    case 'weight':
      return slot ? slot.wOffset + ref.j * slot.nIn + ref.i : null;
    case 'bias':
      return slot ? slot.bOffset + ref.j : null;
    case 'neuron':
      return null;
  }
}

/** A stable string key, e.g. `w:0:1:0`, `b:1:0`, `n:2:0`. */
export function refKey(ref: GraphRef): string {
  switch (ref.kind) {
    case 'weight':
      return `w:${ref.layer}:${ref.j}:${ref.i}`;
    case 'bias':
      return `b:${ref.layer}:${ref.j}`;
    case 'neuron':
      return `n:${ref.layer}:${ref.j}`;
  }
}

export function sameRef(a: GraphRef | null | undefined, b: GraphRef | null | undefined): boolean {
  return a != null && b != null && refKey(a) === refKey(b);
}

/** Does the ref touch neuron (layer counting input as 0, j)? Weights touch both ends. */
export function refTouchesNeuron(ref: GraphRef, layer: number, j: number): boolean {
  switch (ref.kind) {
    case 'neuron':
      return ref.layer === layer && ref.j === j;
    case 'bias':
      return ref.layer + 1 === layer && ref.j === j;
    case 'weight':
      return (ref.layer === layer && ref.i === j) || (ref.layer + 1 === layer && ref.j === j);
  }
}

/** Does the ref name something that exists in a net of these sizes? */
export function refExists(sizes: readonly number[], ref: GraphRef): boolean {
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n < max;
  if (ref.kind === 'neuron') return ok(ref.layer, sizes.length) && ok(ref.j, sizes[ref.layer]);
  if (!ok(ref.layer, sizes.length - 1) || !ok(ref.j, sizes[ref.layer + 1])) return false;
  return ref.kind === 'bias' || ok(ref.i, sizes[ref.layer]);
}
