// The reference keys lessons write (`w:1:0:0`, `b:0:1`, `n:2:0`), the inverse of the engine's
// refKey for MLP parameters and units, and whether one exists in a net of given layer sizes.
import type { Ref } from '../engine/types';

const WEIGHT = /^w:(\d{1,4}):(\d{1,4}):(\d{1,4})$/;
const BIAS = /^b:(\d{1,4}):(\d{1,4})$/;
const NEURON = /^n:(\d{1,4}):(\d{1,4})$/;

/** `w:<layer>:<j>:<i>` (from unit i of layer to unit j of layer + 1), `b:<layer>:<j>`,
 * `n:<layer>:<j>` (layers count the input as 0); null when the text is none of them. */
export function parseRefKey(text: string): Ref | null {
  let m = WEIGHT.exec(text);
  if (m) return { kind: 'weight', layer: Number(m[1]), j: Number(m[2]), i: Number(m[3]) };
  m = BIAS.exec(text);
  if (m) return { kind: 'bias', layer: Number(m[1]), j: Number(m[2]) };
  m = NEURON.exec(text);
  if (m) return { kind: 'neuron', layer: Number(m[1]), j: Number(m[2]) };
  return null;
}

/** A message when the reference names nothing in a net of these layer sizes, else null. */
export function refProblem(ref: Ref, sizes: readonly number[]): string | null {
  const L = sizes.length - 1;
  switch (ref.kind) {
    case 'neuron':
      if (ref.layer > L) return `the net has layers 0 to ${L}`;
      return ref.j < sizes[ref.layer] ? null : `layer ${ref.layer} has ${sizes[ref.layer]} units`;
    case 'weight':
    case 'bias':
      if (ref.layer >= L) return `parameters sit in layers 0 to ${L - 1} (their sending layer)`;
      if (ref.j >= sizes[ref.layer + 1])
        return `layer ${ref.layer + 1} has ${sizes[ref.layer + 1]} units`;
      if (ref.kind === 'weight' && ref.i >= sizes[ref.layer])
        return `layer ${ref.layer} has ${sizes[ref.layer]} units`;
      return null;
    case 'entry':
      return 'lessons name MLP weights, biases and units only';
  }
}
