import { describe, expect, it } from 'vitest';
import {
  chartExtent,
  nearestIndex,
  prepareSeries,
  sampleRows,
  summarizeSeries,
} from '../../src/viz/chartData';

describe('chart data', () => {
  it('keeps every finite point on a linear axis, sorted by x', () => {
    const s = prepareSeries(
      [
        { x: 3, y: -1 },
        { x: 1, y: 0 },
        { x: 2, y: Number.NaN },
      ],
      'linear',
    );
    expect(s.points.map((p) => p.x)).toEqual([1, 3]);
    expect(s.dropped).toBe(1);
    expect(s.nonPositive).toBe(0);
  });

  it('refuses values ≤ 0 on a log axis and counts them', () => {
    const s = prepareSeries(
      [
        { x: 1, y: 0.5 },
        { x: 2, y: 0 },
        { x: 3, y: -2 },
        { x: 4, y: Infinity },
      ],
      'log',
    );
    expect(s.points).toEqual([{ x: 1, y: 0.5 }]);
    expect(s.nonPositive).toBe(2);
    expect(s.dropped).toBe(3);
  });

  it('marks decimated points as banded and clips a band that reaches 0 on a log axis', () => {
    const pts = [
      { x: 1, y: 0.4, min: 0.3, max: 0.6 },
      { x: 2, y: 0.2, min: 0, max: 0.25 },
    ];
    const lin = prepareSeries(pts, 'linear');
    expect(lin.banded).toBe(true);
    expect(lin.points[1]).toEqual({ x: 2, y: 0.2, min: 0, max: 0.25 });
    const log = prepareSeries(pts, 'log');
    expect(log.points[1].min).toBe(0.2);
    expect(prepareSeries([{ x: 1, y: 2, min: 2, max: 2 }], 'linear').banded).toBe(false);
  });

  it('spans bands in the extent and starts a non-negative linear axis at 0', () => {
    const s = prepareSeries(
      [
        { x: 5, y: 0.4, min: 0.3, max: 0.9 },
        { x: 9, y: 0.5 },
      ],
      'linear',
    );
    expect(chartExtent([s], 'linear')).toEqual({ x: [5, 9], y: [0, 0.9] });
    const l = prepareSeries(
      [
        { x: 5, y: 0.4, min: 0.3, max: 0.9 },
        { x: 9, y: 0.5 },
      ],
      'log',
    );
    expect(chartExtent([l], 'log').y).toEqual([0.3, 0.9]);
  });

  it('gives an empty or single-point chart a usable box', () => {
    expect(chartExtent([], 'log')).toEqual({ x: [0, 1], y: [0.1, 1] });
    const one = prepareSeries([{ x: 4, y: 2 }], 'log');
    expect(chartExtent([one], 'log')).toEqual({ x: [4, 5], y: [1, 4] });
  });

  it('finds the point nearest to a cursor position', () => {
    const pts = [1, 2, 4, 8].map((x) => ({ x, y: x }));
    expect(nearestIndex(pts, 2.9)).toBe(1);
    expect(nearestIndex(pts, 3.1)).toBe(2);
    expect(nearestIndex(pts, 100)).toBe(3);
    expect(nearestIndex([], 1)).toBe(-1);
  });

  it('summarizes a series in one sentence with its first, last and lowest values', () => {
    const pts = [
      { x: 1, y: 0.5 },
      { x: 2, y: 0.1 },
      { x: 3, y: 0.2 },
    ];
    expect(summarizeSeries('Training loss', pts, 'update')).toBe(
      'Training loss: 3 points, update 1 to 3; first 0.5, last 0.2, lowest 0.1 at update 2.',
    );
    expect(summarizeSeries('Test loss', [], 'epoch')).toBe('Test loss: no data yet.');
  });

  it('samples long tables evenly and keeps the first and last rows', () => {
    const rows = Array.from({ length: 1001 }, (_, k) => k);
    const s = sampleRows(rows, 11);
    expect(s).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
    expect(sampleRows([1, 2], 5)).toEqual([1, 2]);
  });
});
