// How the feature maps are laid out and filled: one small image per channel of a [C, H, W]
// map (a flat vector wraps into rows of 16), a cell size that keeps every map a readable
// thumbnail, the symmetric colour range of a layer, and keyboard moves between cells. Pure.
import { divergingColor } from './colors';

/** One channel's image: `rows` × `cols` cells, values[offset … offset + count). */
export interface MapTile {
  readonly channel: number;
  readonly rows: number;
  readonly cols: number;
  readonly offset: number;
  readonly count: number;
}

/** A flat vector wraps into rows of this many cells. */
export const FLAT_ROW = 16;

/** The tiles of a map of `shape`: C channel images of H×W, or one wrapped strip. */
export function mapTiles(shape: readonly number[]): MapTile[] {
  if (shape.length === 3) {
    const [C, H, W] = shape;
    return Array.from({ length: C }, (_, c) => ({
      channel: c,
      rows: H,
      cols: W,
      offset: c * H * W,
      count: H * W,
    }));
  }
  const n = shape[0];
  const cols = Math.min(n, FLAT_ROW);
  return [{ channel: 0, rows: Math.ceil(n / cols), cols, offset: 0, count: n }];
}

/**
 * Pixels per cell: a map about 128 px across (64 px when its layer has more than 4 channels,
 * so 16 maps fit beside each other), cells 6 to 40 px (28 and up are large enough to write in).
 */
export function cellSize(rows: number, cols: number, channels = 1): number {
  const side = Math.max(rows, cols);
  const across = channels > 4 ? 64 : 128;
  return Math.max(6, Math.min(40, Math.floor(across / side)));
}

/** Cells at least this large show their number. */
export const NUMBER_CELL = 28;

/** The largest |value| of a layer (its colour range; 1 when every value is 0 or not finite). */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let k = 0; k < values.length; k += 1) {
    const a = Math.abs(values[k]);
    if (Number.isFinite(a) && a > m) m = a;
  }
  return m > 0 ? m : 1;
}

/** Each cell's fill on the layer's symmetric scale (colour-blind-safe diverging). */
export function tileFills(values: ArrayLike<number>, tile: MapTile, range: number): string[] {
  return Array.from({ length: tile.count }, (_, k) =>
    divergingColor(values[tile.offset + k], range),
  );
}

/** The cell a key moves to inside a tile (local index), or null for a key that does not move. */
export function moveInTile(tile: MapTile, local: number, key: string): number | null {
  const row = Math.floor(local / tile.cols);
  const col = local % tile.cols;
  const to = (r: number, c: number): number | null => {
    const k = r * tile.cols + c;
    return r >= 0 && r < tile.rows && c >= 0 && c < tile.cols && k < tile.count ? k : null;
  };
  switch (key) {
    case 'ArrowLeft':
      return to(row, col - 1);
    case 'ArrowRight':
      return to(row, col + 1);
    case 'ArrowUp':
      return to(row - 1, col);
    case 'ArrowDown':
      return to(row + 1, col);
    case 'Home':
      return 0;
    case 'End':
      return tile.count - 1;
    default:
      return null;
  }
}
