// Names of neurons and parameters as the learner sees them, in text and in TeX.
// Layer numbers here count the input layer as 0, so layer L is the output layer.
import type { ParamRef } from '../engine/types';

/** x1…, h1… (or h1.2 for neuron 2 of hidden layer 1 when there are several), y1… */
export function neuronName(sizes: readonly number[], layer: number, j: number): string {
  const L = sizes.length - 1;
  if (layer === 0) return `x${j + 1}`;
  if (layer === L) return `y${j + 1}`;
  return L === 2 ? `h${j + 1}` : `h${layer}.${j + 1}`;
}

/** x_{1}, h_{1} or h^{(l)}_{j}, \hat{y}_{1} */
export function neuronTex(sizes: readonly number[], layer: number, j: number): string {
  const L = sizes.length - 1;
  if (layer === 0) return `x_{${j + 1}}`;
  if (layer === L) return `\\hat{y}_{${j + 1}}`;
  return L === 2 ? `h_{${j + 1}}` : `h^{(${layer})}_{${j + 1}}`;
}

/** TeX of z or a of a non-input neuron: z_{h_1}, a_{h_1}. */
export function quantityTex(
  symbol: 'z' | 'a' | '\\delta',
  sizes: readonly number[],
  layer: number,
  j: number,
): string {
  return `${symbol}_{${neuronTex(sizes, layer, j)}}`;
}

/** An MLP weight or bias: the one reference type's parameter kinds (engine/types.ts `Ref`). */
export type { ParamRef } from '../engine/types';

/** `layer` of a ParamRef is its sending layer (input = 0): w(layer, i → layer + 1, j). */
export function paramName(sizes: readonly number[], ref: ParamRef): string {
  const to = neuronName(sizes, ref.layer + 1, ref.j);
  return ref.kind === 'weight' ? `w(${neuronName(sizes, ref.layer, ref.i)}→${to})` : `b(${to})`;
}

export function paramTex(sizes: readonly number[], ref: ParamRef): string {
  const to = neuronTex(sizes, ref.layer + 1, ref.j);
  return ref.kind === 'weight'
    ? `w_{${to}\\leftarrow ${neuronTex(sizes, ref.layer, ref.i)}}`
    : `b_{${to}}`;
}
