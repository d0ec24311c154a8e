// Number formatting for display only (d3-format): values stay full doubles everywhere else.
// Small nets show 6 decimals like textbooks; big nets and charts show fewer digits.
import { formatLocale } from 'd3';

// ASCII minus, so values read and copy the same as the worked-example table's.
const { format } = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['', ''],
  minus: '-',
});

const fixed6 = format('.6f');
const exp3 = format('.3e');
const short4 = format('.4~r');
const exp2 = format('.2~e');
const axis = format('~g');
const tickExp = format('.1~e');

/** Textbook precision: 0.593270, -0.000438; scientific below 5e-7 or from 1e7. */
export function formatFull(x: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  if (x === 0) return '0.000000';
  const a = Math.abs(x);
  if (a < 5e-7 || a >= 1e7) return exp3(x);
  return fixed6(x);
}

/** Compact: 4 significant digits (0.5933, -12.35), scientific below 1e-3 or from 1e5. */
export function formatShort(x: number): string {
  if (!Number.isFinite(x)) return nonFinite(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a < 1e-3 || a >= 1e5) return exp2(x);
  return short4(x);
}

/** Every digit of the double, for "exact value" tooltips. */
export function formatExact(x: number): string {
  return Number.isFinite(x) ? String(x) : nonFinite(x);
}

/** Axis ticks: 0.5, 200, 2k is avoided; 1e-4 and 3e+6 where decimals would run long. */
export function formatTick(x: number): string {
  const a = Math.abs(x);
  return a !== 0 && (a < 1e-3 || a >= 1e6) ? tickExp(x) : axis(x);
}

export type Precision = 'full' | 'short';

export function formatValue(x: number, precision: Precision): string {
  return precision === 'full' ? formatFull(x) : formatShort(x);
}

function nonFinite(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  return x > 0 ? '∞' : '−∞';
}
