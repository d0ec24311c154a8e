// Names and titles the graph shows: x₁ / h₁ / ŷ₁ on screen, x1 / h1 / y1 in accessible names,
// "Input", "Hidden 1", "Output". Layers count the input layer as 0. Pure.

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → ₁₂ */
export function subscript(n: number): string {
  return String(n)
    .split('')
    .map((d) => SUBSCRIPTS[Number(d)] ?? d)
    .join('');
}

function isHidden(sizes: readonly number[], layer: number): boolean {
  return layer > 0 && layer < sizes.length - 1;
}

/** Plain-text name for screen readers and tooltips: x1, h1 (h2.1 with several hidden layers),
 * y1 — the chain rule's and worked example's own names, so every panel says the same. */
export { neuronName as neuronText } from '../explain/names';

/** Label drawn on screen: x₁, h₁ (h²₁ style is hard to read small, so h₂,₁), ŷ₁. */
export function neuronLabel(sizes: readonly number[], layer: number, j: number): string {
  if (layer === 0) return `x${subscript(j + 1)}`;
  if (!isHidden(sizes, layer)) return `ŷ${subscript(j + 1)}`;
  return sizes.length === 3 ? `h${subscript(j + 1)}` : `h${subscript(layer)},${subscript(j + 1)}`;
}

/** "Input", "Hidden 1", "Hidden 2", …, "Output". */
export function layerTitle(sizes: readonly number[], layer: number): string {
  if (layer === 0) return 'Input';
  if (!isHidden(sizes, layer)) return 'Output';
  return `Hidden ${layer}`;
}
