import { describe, expect, it } from 'vitest';
import { formatExact, formatFull, formatShort, formatTick } from '../../src/viz/format';

describe('number formatting', () => {
  it('prints six decimals like a textbook, with an ASCII minus', () => {
    expect(formatFull(0.593269992)).toBe('0.593270');
    expect(formatFull(-0.000438568)).toBe('-0.000439');
    expect(formatFull(0)).toBe('0.000000');
  });

  it('switches to scientific notation where six decimals would hide the value', () => {
    expect(formatFull(1.234e-8)).toBe('1.234e-8');
    expect(formatFull(-2.5e9)).toBe('-2.500e+9');
  });

  it('prints four significant digits for big nets', () => {
    expect(formatShort(0.593269992)).toBe('0.5933');
    expect(formatShort(-12.3456)).toBe('-12.35');
    expect(formatShort(0.0001234)).toBe('1.23e-4');
  });

  it('names non-finite values instead of printing garbage', () => {
    expect(formatFull(Number.NaN)).toBe('NaN');
    expect(formatShort(Infinity)).toBe('∞');
    expect(formatExact(-Infinity)).toBe('−∞');
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
