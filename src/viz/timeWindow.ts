// Which time steps the unrolled graph shows: all of a short sequence, else a window of columns
// around the cursor that the time strip moves. Pure index arithmetic; steps are 0-based.

/** Columns narrower than this are unreadable; a window never shows more than MAX_COLUMNS. */
export const MIN_COLUMN_WIDTH = 84;
export const MAX_COLUMNS = 10;

/** How many step columns fit in `width` px (at least 1, at most T and MAX_COLUMNS). */
export function visibleCount(T: number, width: number, pad = 40): number {
  if (T <= 0) return 0;
  const fit = Math.floor(Math.max(0, width - pad) / MIN_COLUMN_WIDTH);
  return Math.max(1, Math.min(T, MAX_COLUMNS, fit));
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** The first shown step, for a window of `count` steps centred on step t. */
export function windowAround(T: number, count: number, t: number): number {
  return clamp(t - Math.floor((count - 1) / 2), 0, Math.max(0, T - count));
}

/** A start clamped into range: the window keeps its place unless t has left it. */
export function followCursor(start: number, count: number, T: number, t: number | null): number {
  const s = clamp(start, 0, Math.max(0, T - count));
  if (t === null || (t >= s && t < s + count)) return s;
  return windowAround(T, count, t);
}

/** The steps of a window: start … start + count − 1. */
export function windowSteps(start: number, count: number): number[] {
  return Array.from({ length: Math.max(0, count) }, (_, k) => start + k);
}
