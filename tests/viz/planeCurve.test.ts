import { describe, expect, it } from 'vitest';
import { curveDomains, curveSummary } from '../../src/viz/planeCurve';

const pts = [
  { x: -1, y: -0.5 },
  { x: 1, y: 1.5 },
];

describe('regression curve view-model', () => {
  it('spans the data and the fitted curve', () => {
    const d = curveDomains([-2, 0, 2], [-0.25, 0, 1], pts);
    expect(d.x).toEqual([-2, 2]);
    expect(d.y).toEqual([-0.5, 1.5]);
    expect(curveDomains([0], [-1, 3], pts).y).toEqual([-1, 3]);
  });

  it('lets a diverging fit stretch y by at most one data span each way', () => {
    const d = curveDomains([0, 1], [-1e6, 1e6], pts);
    expect(d.y).toEqual([-2.5, 3.5]);
  });

  it('ignores non-finite values and widens a single value to a unit range', () => {
    expect(curveDomains([Number.NaN], null, [{ x: 3, y: 2 }])).toEqual({
      x: [2.5, 3.5],
      y: [1.5, 2.5],
    });
    expect(curveDomains([], [Number.NaN], [])).toEqual({ x: [-1, 1], y: [-1, 1] });
  });

  it('summarises the counts and the fitted range', () => {
    expect(curveSummary([0.5, -0.25, Number.NaN], 40, 10)).toBe(
      '40 training points and 10 test points. The fitted curve runs from y -0.25 to 0.5.',
    );
    expect(curveSummary(null, 1, 0)).toBe(
      '1 training point. The fitted curve is not computed yet.',
    );
  });
});
