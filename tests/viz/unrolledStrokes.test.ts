// The big unrolled net's canvas strokes: every copy of a weight in one group (one style, one
// path), the selected entry wider, dashes for negative weights only at rest, copies the cursor
// has not reached fainter; and drawing strokes each group's copies as one path.
import { describe, expect, it } from 'vitest';
import type { UnrolledEdge } from '../../src/viz/unrolledLayout';
import {
  drawStrokeGroups,
  LIVE_ALPHA,
  strokeGroups,
  WAITING_ALPHA,
  type StrokeTarget,
} from '../../src/viz/unrolledStrokes';
import type { Cursor, WeightPaint } from '../../src/viz/unrolledValues';

const edge = (t: number, j: number, i: number): UnrolledEdge => ({
  block: 'Whh',
  t,
  j,
  i,
  x1: t * 100,
  y1: i * 10,
  x2: t * 100 + 50,
  y2: j * 10,
});
const edges = [0, 1, 2].flatMap((t) => [edge(t, 0, 0), edge(t, 0, 1)]);
// Whh[0][0] positive, Whh[0][1] negative
const paint = (_b: string, _j: number, i: number): WeightPaint =>
  i === 0
    ? { value: 0.5, stroke: '#0000ff', dash: null, width: 2 }
    : { value: -0.25, stroke: '#ff0000', dash: '6 4', width: 1 };
const idle: Cursor = { t: null, pass: 'idle', kind: null };

describe('strokeGroups', () => {
  it('groups the copies of each weight across steps, dashing negative ones at rest', () => {
    const groups = strokeGroups(edges, paint, idle, null, false);
    expect(groups).toHaveLength(2);
    expect(groups.map((g) => g.edges.map((e) => e.t))).toEqual([
      [0, 1, 2],
      [0, 1, 2],
    ]);
    expect(groups.map((g) => g.dash)).toEqual([[], [6, 4]]);
    expect(groups.every((g) => g.alpha === LIVE_ALPHA)).toBe(true);
  });

  it('draws solid while live, the selected entry 2 px wider, unreached steps fainter', () => {
    const forward: Cursor = { t: 1, pass: 'forward', kind: 'forward' };
    const groups = strokeGroups(edges, paint, forward, { block: 'Whh', j: 0, i: 1 }, true);
    expect(groups.every((g) => g.dash.length === 0)).toBe(true);
    const selected = groups.filter((g) => g.stroke === '#ff0000');
    expect(selected.every((g) => g.width === 3)).toBe(true);
    const waiting = groups.filter((g) => g.alpha === WAITING_ALPHA);
    expect(waiting.flatMap((g) => g.edges.map((e) => e.t))).toEqual([2, 2]);
  });

  it('draws one path per group', () => {
    const calls: string[] = [];
    const target: StrokeTarget = {
      strokeStyle: '',
      lineWidth: 1,
      globalAlpha: 1,
      setLineDash: (d) => calls.push(`dash ${d.join(',')}`),
      beginPath: () => calls.push('begin'),
      moveTo: () => calls.push('move'),
      lineTo: () => calls.push('line'),
      stroke: () => calls.push('stroke'),
    };
    drawStrokeGroups(target, strokeGroups(edges, paint, idle, null, false));
    expect(calls.filter((c) => c === 'begin')).toHaveLength(2);
    expect(calls.filter((c) => c === 'stroke')).toHaveLength(2);
    expect(calls.filter((c) => c === 'line')).toHaveLength(6);
    expect(calls).toContain('dash 6,4');
    expect(target.globalAlpha).toBe(1);
  });
});
