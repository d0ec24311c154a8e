// The few d3-format specifiers the displays use (.6f, .4e, .4~r, .2~e, .4f, ~g, .1~e, and ','
// for counts), written out so the first screen loads no d3-format. The same steps as
// d3-format 3 (its formatTypes, formatRounded and formatTrim), with an ASCII minus; a test
// compares every specifier with d3's over a wide sweep of values. Pure.

export type FormatType = 'f' | 'e' | 'r' | 'g';

/** Significant digits p of positive x: [digits, exponent], e.g. 1.23 → ['123', 0]. */
function decimalParts(x: number, p: number): [string, number] | null {
  if (!Number.isFinite(x) || x === 0) return null;
  const text = x.toExponential(p - 1);
  const i = text.indexOf('e');
  const coefficient = text.slice(0, i);
  return [
    coefficient.length > 1 ? coefficient[0] + coefficient.slice(2) : coefficient,
    Number(text.slice(i + 1)),
  ];
}

/** Decimal notation rounded to p significant digits (d3's `r`). */
function rounded(x: number, p: number): string {
  const d = decimalParts(x, p);
  if (!d) return `${x}`;
  const [coefficient, exponent] = d;
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${coefficient}`;
  if (coefficient.length > exponent + 1)
    return `${coefficient.slice(0, exponent + 1)}.${coefficient.slice(exponent + 1)}`;
  return coefficient + '0'.repeat(exponent - coefficient.length + 1);
}

const TYPES: Record<FormatType, (x: number, p: number) => string> = {
  f: (x, p) => x.toFixed(p),
  e: (x, p) => x.toExponential(p),
  r: rounded,
  g: (x, p) => x.toPrecision(p),
};

/** Drops insignificant trailing zeros (and a bare point) of the mantissa: 1.500e-5 → 1.5e-5. */
export function trimZeros(s: string): string {
  let i0 = -1;
  let i1 = -1;
  for (let i = 1; i < s.length; i += 1) {
    const c = s[i];
    if (c === '.') {
      i0 = i;
      i1 = i;
    } else if (c === '0') {
      if (i0 === 0) i0 = i;
      i1 = i;
    } else {
      if (!Number(c)) break;
      if (i0 > 0) i0 = 0;
    }
  }
  return i0 > 0 ? s.slice(0, i0) + s.slice(i1 + 1) : s;
}

/**
 * A formatter like d3's `format('.{precision}{~}{type}')` with minus `minus`. A negative value
 * that rounds to zero loses its sign, as in d3.
 */
export function numberFormat(
  type: FormatType,
  precision: number,
  trim = false,
  minus = '-',
): (x: number) => string {
  return (x) => {
    if (Number.isNaN(x)) return 'NaN';
    let body = TYPES[type](Math.abs(x), precision);
    if (trim) body = trimZeros(body);
    const negative = (x < 0 || 1 / x < 0) && Number(body) !== 0;
    return (negative ? minus : '') + body;
  };
}

const countDigits = numberFormat('g', 12, true, '−');

/** A count with thousands separators, as d3's `format(',')`: 1234567 → 1,234,567. */
export function formatCount(n: number): string {
  const text = countDigits(n);
  const sign = text.startsWith('−') ? '−' : '';
  const body = sign ? text.slice(1) : text;
  const end = body.search(/[^0-9]/);
  const whole = end < 0 ? body : body.slice(0, end);
  const rest = end < 0 ? '' : body.slice(end);
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + rest;
}
