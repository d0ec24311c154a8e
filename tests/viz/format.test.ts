// The one number formatter: each named precision, one notation for tiny and huge values in
// every view, and words for values that are not finite numbers.
import { describe, expect, it } from 'vitest';
import { formatWorkedExample, type WorkedExample } from '../../src/explain';
import { fmt } from '../../src/explain/chainRule';
import {
  formatExact,
  formatFull,
  formatLoss,
  formatNumber,
  formatPercent,
  formatShort,
  formatTex,
  formatTick,
} from '../../src/viz/format';

describe('number formatting', () => {
  it('prints six decimals like a textbook, with an ASCII minus, and an exact zero as 0', () => {
    expect(formatFull(0.593269992)).toBe('0.593270');
    expect(formatFull(-0.000438568)).toBe('-0.000439');
    expect(formatFull(0)).toBe('0');
  });

  it('switches to scientific notation where six decimals would hide the value or run long', () => {
    expect(formatFull(4e-5)).toBe('4.0000e-5');
    expect(formatFull(1.234e-8)).toBe('1.2340e-8');
    expect(formatFull(-2.5e9)).toBe('-2.5000e+9');
  });

  it('prints a gradient of 4e-5 the same in the graph, the chain rule and the tables', () => {
    const g = 4.0000123e-5;
    expect(formatNumber(g)).toBe('4.0000e-5');
    expect(fmt(g)).toBe('4.0000\\times10^{-5}');
    const table: WorkedExample = {
      title: 'One gradient',
      sections: [
        {
          kind: 'gradients',
          heading: 'Backward',
          columns: ['name', 'gradient'],
          rows: [['w', g]],
          refs: [null],
        },
      ],
    };
    expect(formatWorkedExample(table, 'markdown')).toContain('| w | 4.0000e-5 |');
    expect(formatWorkedExample(table, 'latex')).toContain('$4.0000\\times10^{-5}$');
    // CSV is for machines: every digit
    expect(formatWorkedExample(table, 'csv')).toContain('w,0.000040000123');
  });

  it('drops trailing zeros in formulas only', () => {
    expect(formatNumber(0.5, 'formula')).toBe('0.5');
    expect(formatTex(0.5, 'formula')).toBe('0.5');
    expect(formatTex(0.5)).toBe('0.500000');
  });

  it('prints four significant digits for big nets', () => {
    expect(formatShort(0.593269992)).toBe('0.5933');
    expect(formatShort(-12.3456)).toBe('-12.35');
    expect(formatShort(0.0001234)).toBe('1.23e-4');
  });

  it('keeps a huge loss short enough for its column', () => {
    expect(formatLoss(9.760170156331145e304)).toBe('9.76e+304');
    expect(formatLoss(0.01234567)).toBe('0.0123');
    expect(formatLoss(1.5e-5)).toBe('1.5e-5');
    for (const precision of ['full', 'formula', 'short', 'loss', 'tick'] as const)
      expect(formatNumber(-Number.MAX_VALUE, precision).length).toBeLessThan(14);
  });

  it('says "overflowed" and "not a number" rather than Infinity and NaN, in every precision', () => {
    for (const precision of ['full', 'formula', 'short', 'loss', 'tick', 'exact'] as const) {
      expect(formatNumber(Infinity, precision)).toBe('overflowed');
      expect(formatNumber(-Infinity, precision)).toBe('overflowed (negative)');
      expect(formatNumber(Number.NaN, precision)).toBe('not a number');
    }
    expect(formatTex(Infinity)).toBe('\\text{overflowed}');
    expect(formatPercent(Number.NaN)).toBe('not a number');
    expect(formatPercent(0.528)).toBe('52.8%');
  });

  it('keeps every digit of the double for exact readouts', () => {
    expect(formatExact(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('prints axis ticks short: plain decimals in the middle range, exponents at the ends', () => {
    expect(formatTick(0.2)).toBe('0.2');
    expect(formatTick(1500)).toBe('1500');
    expect(formatTick(0.0001)).toBe('1e-4');
    expect(formatTick(0.000025)).toBe('2.5e-5');
    expect(formatTick(3e6)).toBe('3e+6');
  });
});
