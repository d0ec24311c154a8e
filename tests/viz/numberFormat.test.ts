// The displays' number formats, written out without d3-format, give d3-format's strings for
// every specifier they use, over values from 1e-12 to 1e21 of both signs, zeros and
// rounding edges.
import { format, formatLocale } from 'd3';
import { describe, expect, it } from 'vitest';
import { formatCount, numberFormat, type FormatType } from '../../src/viz/numberFormat';

const ascii = formatLocale({
  decimal: '.',
  thousands: ',',
  grouping: [3],
  currency: ['', ''],
  minus: '-',
});

function sweep(): number[] {
  const values = [0, -0, 0.5, 1.5, 2.5, 0.00005, 0.99995, 9.9995, 99999.5, 1e21, 123456789];
  let seed = 7;
  const next = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let k = 0; k < 4000; k += 1) values.push(next() * 10 ** (Math.floor(next() * 34) - 12));
  for (let e = -12; e <= 20; e += 1)
    for (const m of [1, 1.5, 4.99995, 9.99995]) values.push(m * 10 ** e);
  return [...values, ...values.map((v) => -v)];
}

const SPECIFIERS: [string, FormatType, number, boolean][] = [
  ['.6f', 'f', 6, false],
  ['.4e', 'e', 4, false],
  ['.4~r', 'r', 4, true],
  ['.2~e', 'e', 2, true],
  ['.4f', 'f', 4, false],
  ['~g', 'g', 6, true],
  ['.1~e', 'e', 1, true],
];

describe('number formats without d3-format', () => {
  it.each(SPECIFIERS)('%s gives the same strings as d3-format', (spec, type, precision, trim) => {
    const ours = numberFormat(type, precision, trim);
    const theirs = ascii.format(spec);
    for (const v of sweep()) expect(ours(v), String(v)).toBe(theirs(v));
  });

  it("groups counts with commas as d3's format(',')", () => {
    const theirs = format(',');
    for (const n of [0, 7, 999, 1000, 12345, 1234567, 1e9, 999999999999])
      expect(formatCount(n)).toBe(theirs(n));
  });
});
