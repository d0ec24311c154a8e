// How a pooling layer routes its gradient, window by window. Max pooling: the first maximum of
// each window in row-major order (the engine's rule) wins and receives the whole ∂L/∂out;
// average pooling splits it equally over the window's k² cells. Pure.
import { windowCells, type WindowGeometry } from './convGeometry';

/** One input cell of a window and what it receives of the output's gradient. */
export interface RouteShare {
  /** Flat index into the input map. */
  readonly index: number;
  readonly value: number;
  /** The share of ∂L/∂out this cell receives: 1 (winner), 0, or 1/k² (average). */
  readonly weight: number;
  readonly gradient: number;
}

export interface PoolWindow {
  readonly out: number;
  readonly cells: readonly RouteShare[];
  /** Max pooling: the winning input cell's flat index; average pooling: −1. */
  readonly winner: number;
  /** The pooled value (maximum or mean). */
  readonly value: number;
  /** ∂L/∂out of the window's output cell. */
  readonly gradient: number;
}

/** Output cell `out` (flat, [C, OH, OW]) of a pooling layer over input `x` with gradient `dOut`. */
export function poolWindow(
  g: WindowGeometry,
  type: 'maxpool' | 'avgpool',
  x: ArrayLike<number>,
  dOut: ArrayLike<number> | null,
  out: number,
): PoolWindow {
  const c = Math.floor(out / (g.OH * g.OW));
  const i = Math.floor(out / g.OW) % g.OH;
  const j = out % g.OW;
  const cells = windowCells(g, c, i, j);
  const gradient = dOut ? dOut[out] : NaN;
  let winner = -1;
  let best = -Infinity;
  let sum = 0;
  for (const w of cells) {
    sum += x[w.index];
    // strictly greater: a tie keeps the first maximum in row-major order
    if (x[w.index] > best) {
      best = x[w.index];
      winner = w.index;
    }
  }
  const share = 1 / cells.length;
  return {
    out,
    winner: type === 'maxpool' ? winner : -1,
    value: type === 'maxpool' ? best : sum * share,
    gradient,
    cells: cells.map((w) => {
      const weight = type === 'maxpool' ? (w.index === winner ? 1 : 0) : share;
      return { index: w.index, value: x[w.index], weight, gradient: weight * gradient };
    }),
  };
}

/** Every window of a pooling layer (the routing the feature maps draw). */
export function poolWindows(
  g: WindowGeometry,
  type: 'maxpool' | 'avgpool',
  x: ArrayLike<number>,
  dOut: ArrayLike<number> | null,
): PoolWindow[] {
  return Array.from({ length: g.F * g.OH * g.OW }, (_, out) => poolWindow(g, type, x, dOut, out));
}
