// Words for the 2-D data views: counts per class, the share of the plane each class wins, the
// screen-reader summary and the names of points. Pure: no DOM.
import { extent } from 'd3';
import { formatShort } from './format';
import type { PlaneGrid } from './plane';

/** A data point on the plane; `label` is the class index, or the target for regression. */
export interface PlanePoint {
  readonly x: number;
  readonly y: number;
  readonly label: number;
  /** Added by the learner (removable by default). */
  readonly added?: boolean;
}

export type PlaneTask = 'classification' | 'regression';

const SUBSCRIPTS = '₀₁₂₃₄₅₆₇₈₉';

/** "x₁" → "x1": the plain text screen readers read reliably. */
export function plainText(label: string): string {
  return label.replace(/[₀-₉]/g, (d) => String(SUBSCRIPTS.indexOf(d)));
}

/** "Class 0", "Class 1", … for data sets without class names. */
export function defaultClassNames(k: number): string[] {
  return Array.from({ length: Math.max(2, k) }, (_, c) => `Class ${c}`);
}

/** Points per class index 0…k−1 (labels outside that range are not counted). */
export function classCounts(points: readonly PlanePoint[], k: number): number[] {
  const counts = new Array<number>(k).fill(0);
  for (const p of points)
    if (Number.isInteger(p.label) && p.label >= 0 && p.label < k) counts[p.label] += 1;
  return counts;
}

/**
 * The fraction of grid points each class wins, over the finite predictions. One output: class
 * 1 above the domain's middle, class 0 otherwise; k outputs: the argmax.
 */
export function gridClassShares(grid: PlaneGrid): number[] {
  const { values, outputs: k } = grid;
  const classes = Math.max(2, k);
  const wins = new Array<number>(classes).fill(0);
  const mid = (grid.domain[0] + grid.domain[1]) / 2;
  let total = 0;
  for (let p = 0; p < values.length / k; p += 1) {
    let best = 0;
    for (let c = 1; c < k; c += 1) if (values[p * k + c] > values[p * k + best]) best = c;
    const v = values[p * k + best];
    if (!Number.isFinite(v)) continue;
    // Class 1 is the domain's second end (the top of [0, 1] unless the domain is reversed).
    wins[k === 1 ? (v > mid === grid.domain[1] > grid.domain[0] ? 1 : 0) : best] += 1;
    total += 1;
  }
  return wins.map((w) => (total > 0 ? w / total : 0));
}

function countsText(points: readonly PlanePoint[], classNames: readonly string[]): string {
  return classCounts(points, classNames.length)
    .map((n, c) => `${n} ${classNames[c]}`)
    .join(', ');
}

function rangeText(values: Iterable<number>): string | null {
  const [lo, hi] = extent(values, (v) => (Number.isFinite(v) ? v : undefined));
  return lo === undefined || hi === undefined ? null : `${formatShort(lo)} to ${formatShort(hi)}`;
}

export interface PlaneSummaryInput {
  readonly task: PlaneTask;
  readonly classNames: readonly string[];
  readonly train: readonly PlanePoint[];
  readonly test: readonly PlanePoint[];
  readonly showTest: boolean;
  readonly grid: PlaneGrid | null;
}

/** What the view shows, in sentences, for screen readers. */
export function planeSummary(s: PlaneSummaryInput): string {
  const out: string[] = [];
  const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  if (s.task === 'classification') {
    out.push(`${plural(s.train.length, 'training point')}: ${countsText(s.train, s.classNames)}.`);
    if (s.test.length > 0)
      out.push(
        `${plural(s.test.length, 'test point')} (${s.showTest ? 'shown' : 'hidden'}): ` +
          `${countsText(s.test, s.classNames)}.`,
      );
    if (s.grid) {
      const shares = gridClassShares(s.grid)
        .map((f, c) => `${s.classNames[c] ?? `Class ${c}`} on ${Math.round(f * 100)}%`)
        .join(', ');
      out.push(`The network predicts ${shares} of the plane.`);
    }
  } else {
    const targets = rangeText(s.train.map((p) => p.label));
    out.push(
      `${plural(s.train.length, 'training point')}${targets ? ` with targets from ${targets}` : ''}.`,
    );
    if (s.test.length > 0)
      out.push(`${plural(s.test.length, 'test point')} (${s.showTest ? 'shown' : 'hidden'}).`);
    const predicted = s.grid ? rangeText(s.grid.values) : null;
    if (predicted) out.push(`Predictions over the plane range from ${predicted}.`);
  }
  if (!s.grid) out.push('The prediction over the plane is not computed yet.');
  return out.join(' ');
}

/** "Class 1 at x1 0.2, x2 -0.4" (or "target 0.5 at …" for regression). */
export function pointText(
  p: PlanePoint,
  task: PlaneTask,
  classNames: readonly string[],
  labels: readonly [string, string],
): string {
  const what =
    task === 'classification'
      ? (classNames[p.label] ?? `Class ${p.label}`)
      : `target ${formatShort(p.label)}`;
  return `${what} at ${plainText(labels[0])} ${formatShort(p.x)}, ${plainText(labels[1])} ${formatShort(p.y)}`;
}

/** The plane's region name. */
export function planeTitle(task: PlaneTask): string {
  return task === 'classification' ? 'Decision boundary' : 'Regression surface';
}
