// Where a conv or pooling window sits: a layer's sizes from its spec and shapes, flat indices of
// [C, H, W] maps, and the input cells (with padding) an output cell's window covers. Pure.
import type { CnnLayerSpec } from '../engine/conv/types';

/** A windowed layer's sizes: input [C, H, W], output [F, OH, OW], window k, stride, padding. */
export interface WindowGeometry {
  readonly C: number;
  readonly H: number;
  readonly W: number;
  readonly F: number;
  readonly OH: number;
  readonly OW: number;
  readonly k: number;
  readonly stride: number;
  readonly padding: number;
}

/** The geometry of a conv2d, maxpool or avgpool layer; null for other layers. */
export function windowGeometry(
  spec: CnnLayerSpec,
  inShape: readonly number[],
  outShape: readonly number[],
): WindowGeometry | null {
  if (spec.type !== 'conv2d' && spec.type !== 'maxpool' && spec.type !== 'avgpool') return null;
  const [C, H, W] = inShape;
  const [F, OH, OW] = outShape;
  const padding = spec.type === 'conv2d' ? spec.padding : 0;
  return { C, H, W, F, OH, OW, k: spec.size, stride: spec.stride, padding };
}

/** A cell of a [C, H, W] map (0-based), and its flat index. */
export interface MapCell {
  readonly c: number;
  readonly i: number;
  readonly j: number;
}

export const cellIndex = (shape: readonly number[], cell: MapCell): number =>
  shape.length === 3 ? (cell.c * shape[1] + cell.i) * shape[2] + cell.j : cell.j;

/** The cell at a flat index of a map of `shape` ([n] flat vectors: c = i = 0, j = index). */
export function cellAt(shape: readonly number[], index: number): MapCell {
  if (shape.length !== 3) return { c: 0, i: 0, j: index };
  const [, H, W] = shape;
  return { c: Math.floor(index / (H * W)), i: Math.floor(index / W) % H, j: index % W };
}

/** One position (m, n) of an output cell's window over input channel c. */
export interface WindowCell {
  readonly m: number;
  readonly n: number;
  /** Input row and column (0-based), outside the map when the window is over padding. */
  readonly row: number;
  readonly col: number;
  /** Flat index into the input map, or −1 over padding. */
  readonly index: number;
}

/** The k×k window of output cell (i, j) over input channel c, row by row. */
export function windowCells(g: WindowGeometry, c: number, i: number, j: number): WindowCell[] {
  const out: WindowCell[] = [];
  for (let m = 0; m < g.k; m += 1)
    for (let n = 0; n < g.k; n += 1) {
      const row = i * g.stride + m - g.padding;
      const col = j * g.stride + n - g.padding;
      const inside = row >= 0 && row < g.H && col >= 0 && col < g.W;
      out.push({ m, n, row, col, index: inside ? (c * g.H + row) * g.W + col : -1 });
    }
  return out;
}
