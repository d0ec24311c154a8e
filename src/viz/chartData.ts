// Chart view-models: clean series for a linear or log axis (log refuses values ≤ 0 and says how
// many it dropped), extents including min/max bands of decimated histories, the nearest point
// to a cursor, and a one-sentence text summary. Pure: no DOM.
import { bisector } from 'd3';
import { formatShort } from './format';

/** One chart point; `min`/`max` are set when the point stands for several merged values. */
export interface ChartPoint {
  readonly x: number;
  readonly y: number;
  readonly min?: number;
  readonly max?: number;
}

export type ScaleKind = 'linear' | 'log';

export interface PreparedSeries {
  readonly points: readonly ChartPoint[];
  /** Points left out: non-finite, or ≤ 0 on a log axis. */
  readonly dropped: number;
  /** Of those, the finite values ≤ 0 a log axis refused. */
  readonly nonPositive: number;
  /** True when some point covers a range (min < max): draw a band. */
  readonly banded: boolean;
}

/** Keeps the points an axis can show, sorted by x; on a log axis bands are clipped at > 0. */
export function prepareSeries(points: readonly ChartPoint[], scale: ScaleKind): PreparedSeries {
  const out: ChartPoint[] = [];
  let dropped = 0;
  let nonPositive = 0;
  let banded = false;
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y) || (scale === 'log' && p.y <= 0)) {
      dropped += 1;
      if (scale === 'log' && p.y <= 0) nonPositive += 1;
      continue;
    }
    let min = p.min !== undefined && Number.isFinite(p.min) ? Math.min(p.min, p.y) : p.y;
    const max = p.max !== undefined && Number.isFinite(p.max) ? Math.max(p.max, p.y) : p.y;
    if (scale === 'log' && min <= 0) min = p.y; // a band cannot reach 0 on a log axis
    if (max > min) banded = true;
    out.push(max > min ? { x: p.x, y: p.y, min, max } : { x: p.x, y: p.y });
  }
  out.sort((a, b) => a.x - b.x);
  return { points: out, dropped, nonPositive, banded };
}

export interface Extent {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

/**
 * The box the series need, bands included. Linear y starts at 0 when all values are ≥ 0;
 * empty input gives x [0, 1] and y [0, 1] (log: [0.1, 1]).
 */
export function chartExtent(series: readonly PreparedSeries[], scale: ScaleKind): Extent {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const s of series)
    for (const p of s.points) {
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.min ?? p.y);
      y1 = Math.max(y1, p.max ?? p.y);
    }
  if (!(x1 >= x0)) return { x: [0, 1], y: scale === 'log' ? [0.1, 1] : [0, 1] };
  if (x1 === x0) x1 = x0 + 1;
  if (scale === 'log') {
    if (y1 === y0) return { x: [x0, x1], y: [y0 / 2, y1 * 2] };
    return { x: [x0, x1], y: [y0, y1] };
  }
  if (y0 >= 0) y0 = 0;
  if (y1 === y0) y1 = y0 + 1;
  return { x: [x0, x1], y: [y0, y1] };
}

const byX = bisector((p: ChartPoint) => p.x).center;

/** Index of the point whose x is nearest to `x`, or -1 for an empty series. */
export function nearestIndex(points: readonly ChartPoint[], x: number): number {
  if (points.length === 0) return -1;
  return byX(points, x);
}

/** "Training loss: 120 points, update 1 to 1200; last 0.0123, lowest 0.0101 at update 1100." */
export function summarizeSeries(
  label: string,
  points: readonly ChartPoint[],
  xName: string,
): string {
  const ps = points.filter((p) => Number.isFinite(p.y) && Number.isFinite(p.x));
  if (ps.length === 0) return `${label}: no data yet.`;
  const first = ps[0];
  const last = ps[ps.length - 1];
  let low = first;
  for (const p of ps) if (p.y < low.y) low = p;
  const n = ps.length === 1 ? '1 point' : `${ps.length} points`;
  return (
    `${label}: ${n}, ${xName} ${first.x} to ${last.x}; first ${formatShort(first.y)}, ` +
    `last ${formatShort(last.y)}, lowest ${formatShort(low.y)} at ${xName} ${low.x}.`
  );
}

/** At most `max` rows spread evenly over the points, always keeping the last one. */
export function sampleRows<T>(rows: readonly T[], max: number): T[] {
  if (rows.length <= max) return [...rows];
  const out: T[] = [];
  const step = (rows.length - 1) / (max - 1);
  for (let k = 0; k < max; k += 1) out.push(rows[Math.round(k * step)]);
  return out;
}
