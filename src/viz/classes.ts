// View-models of the classification views (iris, digits): confusion-matrix shading, the rows of
// the class-probability bars, image pixels, first-layer weight pictures and the gallery's cap.
// Pure: no DOM, no React; numbers are only rounded in the labels.
import { blockOf, indexIn } from '../engine/layout';
import { mlpBlockNames, mlpLayout } from '../engine/network';
import { formatLocale } from 'd3';
import { contrastRatio, divergingColor, pixelColor } from './colors';

const percent = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['', ''],
  minus: '-',
}).format('.0%');

/** 0.734 → "73%"; non-finite values → "–". */
export function formatPercent(x: number): string {
  return Number.isFinite(x) ? percent(x) : '–';
}

export interface ConfusionCell {
  readonly truth: number;
  readonly predicted: number;
  readonly count: number;
  /** count / (samples of this true class); 0 for an empty row. */
  readonly share: number;
  readonly fill: string;
  readonly text: string;
}

/**
 * Pure black or white, whichever contrasts more with `fill`. Not colors.ts' textColorFor: its
 * #111 leaves fills near luminance 0.19 (mid blues) below 4.5:1 with either choice, whereas
 * black/white always give at least 4.58:1.
 */
export function cellTextColor(fill: string): string {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

/**
 * Cells of a k×k confusion matrix (matrix[t*k + p], rows = true class), shaded by their share
 * of the row from the palette's neutral grey to its blue (the positive half of the graph's
 * colour-blind-safe scale), with text of at least 4.5:1 contrast.
 */
export function confusionCells(matrix: ArrayLike<number>, k: number): ConfusionCell[][] {
  const rows: ConfusionCell[][] = [];
  for (let t = 0; t < k; t += 1) {
    let total = 0;
    for (let p = 0; p < k; p += 1) total += matrix[t * k + p];
    const row: ConfusionCell[] = [];
    for (let p = 0; p < k; p += 1) {
      const count = matrix[t * k + p];
      const share = total > 0 ? count / total : 0;
      const fill = divergingColor(share, 1);
      row.push({ truth: t, predicted: p, count, share, fill, text: cellTextColor(fill) });
    }
    rows.push(row);
  }
  return rows;
}

/** Index of the largest value (the first on ties; 0 when none is larger than the first). */
export function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let k = 1; k < values.length; k += 1) if (values[k] > values[best]) best = k;
  return best;
}

export interface ProbabilityRow {
  readonly k: number;
  readonly name: string;
  readonly p: number;
  /** Bar length as a fraction of the full width: p clamped to [0, 1] (NaN → 0). */
  readonly width: number;
  readonly isTrue: boolean;
  readonly isPredicted: boolean;
}

/** One row per class: its predicted probability, and whether it is the true or predicted class. */
export function probabilityRows(
  probabilities: ArrayLike<number>,
  classNames: readonly string[],
  trueClass: number | null,
): ProbabilityRow[] {
  const predicted = argmax(probabilities);
  return Array.from({ length: probabilities.length }, (_, k) => {
    const p = probabilities[k];
    return {
      k,
      name: classNames[k] ?? `Class ${k + 1}`,
      p,
      width: Number.isFinite(p) ? Math.max(0, Math.min(1, p)) : 0,
      isTrue: k === trueClass,
      isPredicted: k === predicted,
    };
  });
}

/** Columns and rows of an image of n pixels: square when n is a square (64 → 8×8), else one row. */
export function imageShape(n: number): { readonly cols: number; readonly rows: number } {
  const side = Math.round(Math.sqrt(n));
  return side * side === n ? { cols: side, rows: side } : { cols: n, rows: n > 0 ? 1 : 0 };
}

export interface Pixel {
  readonly x: number;
  readonly y: number;
  readonly fill: string;
}

/** Pixels of a row-major image: white at 0, black at maxValue (the digits' 0..1 ink). */
export function imagePixels(values: ArrayLike<number>, cols: number, maxValue = 1): Pixel[] {
  return Array.from({ length: values.length }, (_, i) => ({
    x: i % cols,
    y: Math.floor(i / cols),
    fill: pixelColor(values[i], maxValue),
  }));
}

export type WeightScale = 'shared' | 'unit';

export interface WeightTile {
  /** 0-based unit j of the first non-input layer. */
  readonly unit: number;
  /** The unit's incoming weights W0[j][i], i < nIn. */
  readonly weights: Float64Array;
  /** The |w| that gets the full colour. */
  readonly maxAbs: number;
  readonly fills: readonly string[];
}

/**
 * One picture per unit of the first non-input layer: row j of its block W1 [nOut, nIn], found
 * through the layout. Blue positive, vermillion
 * negative, symmetric around 0; `scale` 'shared' uses the largest |w| of the layer for every
 * tile (tiles compare), 'unit' each tile's own (faint patterns show).
 */
export function weightTiles(
  params: Float64Array,
  sizes: readonly number[],
  scale: WeightScale,
): WeightTile[] {
  if (sizes.length < 2) return [];
  const [nIn, nOut] = sizes;
  const W1 = blockOf(mlpLayout(sizes), mlpBlockNames(0).W);
  const tiles: { unit: number; weights: Float64Array; maxAbs: number }[] = [];
  let layerMax = 0;
  for (let j = 0; j < nOut; j += 1) {
    const start = indexIn(W1, [j, 0]);
    const weights = params.slice(start, start + nIn);
    let maxAbs = 0;
    for (const w of weights) if (Math.abs(w) > maxAbs) maxAbs = Math.abs(w);
    layerMax = Math.max(layerMax, maxAbs);
    tiles.push({ unit: j, weights, maxAbs });
  }
  return tiles.map((t) => {
    const maxAbs = scale === 'shared' ? layerMax : t.maxAbs;
    return { ...t, maxAbs, fills: Array.from(t.weights, (w) => divergingColor(w, maxAbs)) };
  });
}

/** "Hidden unit 5" (1-based), or "Output unit 5" when the net has no hidden layer. */
export function firstLayerUnitName(sizes: readonly number[], j: number): string {
  return `${sizes.length > 2 ? 'Hidden' : 'Output'} unit ${j + 1}`;
}

/** The first `cap` items and how many more there are. */
export function capList<T>(
  items: readonly T[],
  cap: number,
): { readonly shown: readonly T[]; readonly more: number } {
  const shown = items.slice(0, Math.max(0, cap));
  return { shown, more: items.length - shown.length };
}

/** "3 → 8 (72%)": true class, predicted class and the confidence of the prediction. */
export function misclassifiedCaption(truth: string, predicted: string, confidence: number): string {
  return `${truth} → ${predicted} (${formatPercent(confidence)})`;
}
