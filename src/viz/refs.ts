// References to what the graph shows (a weight, a bias, a neuron) and their parameter indices:
// the engine's one `Ref` type and its helpers, with the graph's own questions about them.
import { layerShapes, mlpLayout, paramCount } from '../engine/network';
import { refKey, refParamIndex, sameRef } from '../engine/ref';
import type { LayerShape, Ref } from '../engine/types';

/**
 * What the dense graph draws, out of the one reference type (engine/types.ts `Ref`): a weight,
 * a bias or a neuron, with layers counting the input as 0 throughout.
 */
export type GraphRef = Extract<Ref, { readonly kind: 'weight' | 'bias' | 'neuron' }>;

/** The reference as the dense graph draws it, or null when it names something else. */
export function graphRefOf(ref: Ref | null): GraphRef | null {
  return ref && ref.kind !== 'entry' ? ref : null;
}

/** Where one layer's parameters sit, as the layout places them: W [nOut, nIn], then b [nOut]. */
export type ParamSlot = LayerShape;

/** Each non-input layer's slot in the MLP layout W1, b1, W2, b2, … */
export function paramSlots(sizes: readonly number[]): ParamSlot[] {
  return layerShapes(sizes);
}

/** Total number of parameters (weights and biases). */
export { paramCount, refKey, sameRef };

/** Index into params of a weight or bias (asked of the layout); null for a neuron. */
export function paramIndexOf(slots: readonly ParamSlot[], ref: Ref): number | null {
  if (slots.length === 0) return null;
  return refParamIndex(mlpLayout([slots[0].nIn, ...slots.map((s) => s.nOut)]), ref);
}

/** Does the ref touch neuron (layer counting input as 0, j)? Weights touch both ends. */
export function refTouchesNeuron(ref: Ref, layer: number, j: number): boolean {
  switch (ref.kind) {
    case 'neuron':
      return ref.layer === layer && ref.j === j;
    case 'bias':
      return ref.layer + 1 === layer && ref.j === j;
    case 'weight':
      return (ref.layer === layer && ref.i === j) || (ref.layer + 1 === layer && ref.j === j);
    case 'entry':
      return false;
  }
}

/** Does the ref name something that exists in a net of these sizes? */
export function refExists(sizes: readonly number[], ref: Ref): boolean {
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n < max;
  if (ref.kind === 'entry') return false;
  if (ref.kind === 'neuron') return ok(ref.layer, sizes.length) && ok(ref.j, sizes[ref.layer]);
  if (!ok(ref.layer, sizes.length - 1) || !ok(ref.j, sizes[ref.layer + 1])) return false;
  return ref.kind === 'bias' || ok(ref.i, sizes[ref.layer]);
}
