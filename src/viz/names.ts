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

/** Names worth writing beside input or output neurons: none when they only repeat the node's
 * own label (x1, x₁, column 3) or do not match the layer's size. */
export function sideNames(
  names: readonly string[] | null | undefined,
  size: number,
): readonly string[] | null {
  if (!names || names.length !== size || size < 2) return null;
  const plain = names.every((n) => /^(x\s*\d+|x[₀-₉]+|column \d+)$/.test(n.trim()));
  return plain ? null : names;
}

/** A side label, cut to `max` characters with an ellipsis. */
export function shortLabel(name: string, max = 14): string {
  const n = name.trim();
  return n.length <= max ? n : `${n.slice(0, max - 1).trimEnd()}…`;
}

/** Room (px) that side labels need at 11.5 px: about 6.5 px per character, within 40–110. */
export function sideLabelRoom(names: readonly string[] | null): number {
  if (!names) return 0;
  const longest = Math.max(...names.map((n) => shortLabel(n).length));
  return Math.min(110, Math.max(40, 14 + 6.5 * longest));
}
