import { describe, expect, it } from 'vitest';
import { planeExtent } from '../../src/viz/plane';
import { curveDomains } from '../../src/viz/planeCurve';
import { valueColor } from '../../src/viz/planeRamp';
import { edgeWidthScale, MAX_COORDINATE, maxAbs, tame, tameRange } from '../../src/viz/scales';
import { pixelScale } from '../../src/viz/pixelScale';

describe('edge width and maxima', () => {
  it('maps 0 to the minimum width and the data maximum to the maximum width', () => {
    const w = edgeWidthScale(2, { min: 1, max: 9 });
    expect(w(0)).toBe(1);
    expect(w(2)).toBe(9);
    expect(w(-2)).toBe(9);
    expect(w(100)).toBe(9);
  });

  it('grows with the square root of |value| by default and linearly on request', () => {
    const s = edgeWidthScale(4, { min: 0, max: 8 });
    expect(s(1)).toBeCloseTo(8 * Math.sqrt(1 / 4), 12);
    const l = edgeWidthScale(4, { min: 0, max: 8, kind: 'linear' });
    expect(l(1)).toBeCloseTo(2, 12);
  });

  it('falls back to a unit domain when every value is zero and treats NaN as zero width', () => {
    const w = edgeWidthScale(0, { min: 1, max: 5 });
    expect(w(0)).toBe(1);
    expect(w(Number.NaN)).toBe(1);
  });

  it('finds the largest finite magnitude within a range', () => {
    const x = new Float64Array([0.5, -3, Number.NaN, 2, Infinity, -7]);
    expect(maxAbs(x, 0, 4)).toBe(3);
    expect(maxAbs(x)).toBe(7);
    expect(maxAbs(new Float64Array(0))).toBe(0);
  });
});

describe('data at the edge of the double range', () => {
  it('gives finite extents, spans and pixels for ±1e308', () => {
    const { x, y } = planeExtent([
      { x: 1e308, y: -1e308 },
      { x: -1e308, y: 1e308 },
    ]);
    for (const v of [...x, ...y, x[1] - x[0], y[1] - y[0]]) expect(Number.isFinite(v)).toBe(true);
    const px = pixelScale(x, [0, 200]);
    expect(px(1e308)).toBe(200);
    expect(px(-1e308)).toBe(0);
    expect(px(Number.MAX_VALUE)).toBe(200);
    expect(Number.isFinite(pixelScale([-Infinity, Number.NaN], [0, 10])(3))).toBe(true);
  });

  it('colours values over a domain that would overflow', () => {
    expect(valueColor(1e308, [-1e308, 1e308])).toMatch(/^#[0-9a-f]{6}$/);
    expect(tameRange([1e308, -1e308])).toEqual([-MAX_COORDINATE, MAX_COORDINATE]);
    expect(tame(Number.NaN)).toBeNaN();
    const domains = curveDomains([-1e308, 1e308], [1e308, -1e308], []);
    for (const v of [...domains.x, ...domains.y]) expect(Number.isFinite(v)).toBe(true);
  });
});
