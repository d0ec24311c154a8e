// The one number formatter of every display (graph, chain rule, worked example and its
// handouts, status, charts, data views): a few named precisions, the same notation everywhere,
// and words instead of "Infinity"/"NaN". Display only: values stay full doubles elsewhere, and
// machine outputs (trace JSON, --json, CSV) print every digit without it.
// (d3-format's specifiers, written out in numberFormat.ts; ASCII minus, so values read and
// copy the same in the app, the handouts and a spreadsheet.)
import { numberFormat } from './numberFormat';

/**
 * - `full`: textbook precision, 6 decimals (0.593270); 4.0000e-5 below 1e-4 and from 1e7, where
 *   6 decimals would hide the value or run long; an exact 0 is `0`.
 * - `formula`: `full` without trailing zeros (0.5 rather than 0.500000), for formulas.
 * - `short`: 4 significant digits (0.5933, -12.35); 1.23e-4 below 1e-3 and from 1e5 (big nets,
 *   charts, legends).
 * - `loss`: 4 decimals (0.0123); 1.2e-5 below 1e-4 and 9.76e+304 from 1e5 (the status line).
 * - `tick`: axis ticks, as short as they can be (0.2, 1500, 1e-4, 3e+6).
 * - `exact`: every digit of the double (tooltips that promise the exact value).
 */
export type Precision = 'full' | 'formula' | 'short' | 'loss' | 'tick' | 'exact';

const fixed6 = numberFormat('f', 6); // .6f
const exp4 = numberFormat('e', 4); // .4e
const short4 = numberFormat('r', 4, true); // .4~r
const exp2 = numberFormat('e', 2, true); // .2~e
const fixed4 = numberFormat('f', 4); // .4f
const axis = numberFormat('g', 6, true); // ~g
const tickExp = numberFormat('e', 1, true); // .1~e

/** What a display says for a value that is not a finite number. */
export function nonFiniteWord(x: number): string {
  if (Number.isNaN(x)) return 'not a number';
  return x > 0 ? 'overflowed' : 'overflowed (negative)';
}

const outside = (a: number, low: number, high: number): boolean => a < low || a >= high;

export function formatNumber(x: number, precision: Precision = 'full'): string {
  if (!Number.isFinite(x)) return nonFiniteWord(x);
  const a = Math.abs(x);
  switch (precision) {
    case 'full':
      if (x === 0) return '0';
      return outside(a, 1e-4, 1e7) ? exp4(x) : fixed6(x);
    case 'formula':
      if (x === 0) return '0';
      return outside(a, 1e-4, 1e7) ? exp4(x) : String(Number(fixed6(x)));
    case 'short':
      if (x === 0) return '0';
      return outside(a, 1e-3, 1e5) ? exp2(x) : short4(x);
    case 'loss':
      return x !== 0 && outside(a, 1e-4, 1e5) ? exp2(x) : fixed4(x);
    case 'tick':
      return x !== 0 && outside(a, 1e-3, 1e6) ? tickExp(x) : axis(x);
    case 'exact':
      return String(x);
  }
}

/** The same digits for TeX (KaTeX, LaTeX handouts): 4.0000e-5 as 4.0000\times10^{-5}. */
export function formatTex(x: number, precision: Precision = 'full'): string {
  if (!Number.isFinite(x)) return `\\text{${nonFiniteWord(x)}}`;
  const [mantissa, exponent] = formatNumber(x, precision).split('e');
  return exponent === undefined ? mantissa : `${mantissa}\\times10^{${Number(exponent)}}`;
}

/** A fraction as a percentage: 0.528 → 52.8% (`digits` decimals). */
export function formatPercent(p: number, digits = 1): string {
  if (!Number.isFinite(p)) return nonFiniteWord(p);
  return `${(100 * p).toFixed(digits)}%`;
}

/** Textbook precision (`full`). */
export const formatFull = (x: number): string => formatNumber(x, 'full');
/** Compact (`short`). */
export const formatShort = (x: number): string => formatNumber(x, 'short');
/** Every digit (`exact`). */
export const formatExact = (x: number): string => formatNumber(x, 'exact');
/** Axis ticks (`tick`). */
export const formatTick = (x: number): string => formatNumber(x, 'tick');
/** The status line's losses (`loss`). */
export const formatLoss = (x: number): string => formatNumber(x, 'loss');
