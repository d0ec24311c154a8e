// The first screen's colour arithmetic agrees with d3-color and d3-scale, which it replaces
// there: the same hex fills, parsed channels and edge widths for the same inputs.
import { interpolateLab, rgb, scaleLinear, scaleSqrt } from 'd3';
import { describe, expect, it } from 'vitest';
import { formatHex, interpolateLabHex, parseColor } from '../../src/viz/colorSpace';
import { NEGATIVE, NEUTRAL, POSITIVE } from '../../src/viz/colors';
import { edgeWidthScale } from '../../src/viz/scales';

describe('colour space without d3', () => {
  it('interpolates in CIELAB to the same hex as d3 interpolateLab', () => {
    for (const [from, to] of [
      [NEUTRAL, POSITIVE],
      [NEUTRAL, NEGATIVE],
      ['#000000', '#ffffff'],
    ]) {
      const ours = interpolateLabHex(from, to);
      const theirs = interpolateLab(from, to);
      for (let k = 0; k <= 1000; k += 1)
        expect(ours(k / 1000)).toBe(rgb(theirs(k / 1000)).formatHex());
    }
  });

  it('parses hex and rgb() strings as d3 does, and anything else as NaN', () => {
    for (const c of ['#abc', '#0072B2', 'rgb(1, 2, 3)', 'rgba(10,20,30,0.5)', ' #FFFFFF ']) {
      const d = rgb(c);
      expect(parseColor(c)).toEqual({ r: d.r, g: d.g, b: d.b });
    }
    expect(parseColor('not a colour').r).toBeNaN();
  });

  it('formats rounded, clamped channels as #rrggbb', () => {
    expect(formatHex({ r: 300, g: -4, b: 15.6 })).toBe('#ff0010');
  });

  it('gives edge widths equal to d3 scaleSqrt and scaleLinear with clamp', () => {
    for (const m of [1e-3, 0.3, 2.7, 17])
      for (const kind of ['sqrt', 'linear'] as const) {
        const ours = edgeWidthScale(m, { kind });
        const d3 = (kind === 'sqrt' ? scaleSqrt() : scaleLinear())
          .domain([0, m])
          .range([0.75, 8])
          .clamp(true);
        for (let k = -200; k <= 200; k += 1) {
          const v = (k / 100) * m;
          expect(ours(v)).toBe(d3(Math.abs(v)));
        }
      }
  });
});
