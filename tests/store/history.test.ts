// Bounded histories: constant memory, spikes kept, means exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHistory } from '../../src/store/history';

describe('decimated histories', () => {
  it('stay within their capacity and keep the global min, max and mean of everything pushed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
          minLength: 1,
          maxLength: 3000,
        }),
        fc.constantFrom(4, 8, 64),
        (values, capacity) => {
          const h = createHistory(capacity);
          values.forEach((v, k) => h.push(k, v));
          const points = h.points;
          expect(points.length).toBeLessThanOrEqual(capacity);
          expect(Math.min(...points.map((p) => p.min))).toBe(Math.min(...values));
          expect(Math.max(...points.map((p) => p.max))).toBe(Math.max(...values));
          expect(points.reduce((s, p) => s + p.count, 0)).toBe(values.length);
          const mean = points.reduce((s, p) => s + p.y * p.count, 0) / values.length;
          const exact = values.reduce((a, b) => a + b, 0) / values.length;
          expect(Math.abs(mean - exact)).toBeLessThanOrEqual(
            1e-6 * Math.max(1, ...values.map(Math.abs)),
          );
          expect(points.at(-1)?.x).toBe(values.length - 1);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('keeps a one-update spike visible after a million updates', () => {
    const h = createHistory(512);
    for (let k = 0; k < 1_000_000; k += 1) h.push(k, k === 777_777 ? 50 : 1);
    expect(h.points.length).toBeLessThanOrEqual(512);
    expect(Math.max(...h.points.map((p) => p.max))).toBe(50);
    expect(h.stride).toBeGreaterThan(1000);
  });

  it('skips non-finite values', () => {
    const h = createHistory(8);
    h.push(1, Number.NaN);
    h.push(2, Infinity);
    h.push(3, 0.5);
    expect(h.points).toEqual([{ x: 3, y: 0.5, min: 0.5, max: 0.5, count: 1 }]);
  });
});
