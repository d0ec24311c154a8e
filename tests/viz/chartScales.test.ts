import { describe, expect, it } from 'vitest';
import { prepareSeries } from '../../src/viz/chartData';
import { CHART_MARGIN, chartGeometry, yTicks } from '../../src/viz/chartScales';

const points = (ys: number[]) => ys.map((y, i) => ({ x: i + 1, y }));

describe('chartGeometry', () => {
  it('fits the inner box inside the margins and maps the data ends onto it', () => {
    const g = chartGeometry([prepareSeries(points([4, 2, 1]), 'linear')], 'linear', 300, 200);
    expect(g.innerW).toBe(300 - CHART_MARGIN.left - CHART_MARGIN.right);
    expect(g.innerH).toBe(200 - CHART_MARGIN.top - CHART_MARGIN.bottom);
    expect(g.x(1)).toBeCloseTo(0);
    expect(g.x(3)).toBeCloseTo(g.innerW);
    // larger values are drawn higher (smaller SVG y)
    expect(g.y(4)).toBeLessThan(g.y(1));
  });

  it('keeps a log axis to powers of ten over many decades', () => {
    const g = chartGeometry([prepareSeries(points([1e-6, 1e-3, 1]), 'log')], 'log', 400, 240);
    expect(g.yTicks.length).toBeGreaterThanOrEqual(3);
    for (const t of g.yTicks) expect(Math.log10(t)).toBeCloseTo(Math.round(Math.log10(t)));
  });
});

describe('yTicks', () => {
  it('falls back to 1-2-5 steps on a log axis of under three decades', () => {
    const ticks = yTicks('log', { ticks: () => [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20] });
    expect(ticks).toEqual([1, 2, 5, 10, 20]);
  });

  it('leaves linear ticks alone', () => {
    expect(yTicks('linear', { ticks: () => [0, 0.5, 1] })).toEqual([0, 0.5, 1]);
  });
});
