// View-model of the 1-D regression chart: axis domains that hold the data and the fitted
// curve (a wild prediction may stretch the y axis by at most one data span each way), and the
// chart's text summary. Pure: no DOM.
import { formatShort } from './format';
import type { Range } from './plane';
import { tame } from './scales';

export interface CurvePoint {
  readonly x: number;
  readonly y: number;
}

function finiteExtent(values: Iterable<number>): Range | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    lo = Math.min(lo, tame(v)); // spans of huge values stay finite
    hi = Math.max(hi, tame(v));
  }
  return lo <= hi ? [lo, hi] : null;
}

function* coords(points: readonly CurvePoint[], key: 'x' | 'y'): Generator<number> {
  for (const p of points) yield p[key];
}

/** Widens an empty or single-valued range to a unit one around it. */
function open(r: Range | null): Range {
  if (!r) return [-1, 1];
  return r[0] < r[1] ? r : [r[0] - 0.5, r[1] + 0.5];
}

/**
 * x: everything shown. y: the data, widened to hold the prediction but never by more than
 * the data's span on each side, so a diverging fit cannot flatten the data into a line.
 */
export function curveDomains(
  xs: ArrayLike<number>,
  ys: ArrayLike<number> | null,
  points: readonly CurvePoint[],
): { readonly x: Range; readonly y: Range } {
  const x = open(finiteExtent([...coords(points, 'x'), ...Array.from(xs)]));
  const data = finiteExtent(coords(points, 'y'));
  const fit = ys ? finiteExtent(Array.from(ys)) : null;
  if (!data) return { x, y: open(fit) };
  const [lo, hi] = open(data);
  const span = hi - lo;
  const y: Range = fit
    ? [Math.min(lo, Math.max(fit[0], lo - span)), Math.max(hi, Math.min(fit[1], hi + span))]
    : [lo, hi];
  return { x, y };
}

/** "40 training points and 10 test points. The fitted curve runs from y -0.98 to 0.97." */
export function curveSummary(ys: ArrayLike<number> | null, train: number, test: number): string {
  const count = (n: number, what: string) => `${n} ${what} point${n === 1 ? '' : 's'}`;
  const points =
    test > 0
      ? `${count(train, 'training')} and ${count(test, 'test')}.`
      : `${count(train, 'training')}.`;
  const fit = ys ? finiteExtent(Array.from(ys)) : null;
  if (!fit) return `${points} The fitted curve is not computed yet.`;
  return `${points} The fitted curve runs from y ${formatShort(fit[0])} to ${formatShort(fit[1])}.`;
}
