import { describe, expect, it } from 'vitest';
import { markerFor } from '../../src/viz/planeMarkers';
import { classColor, valueColor } from '../../src/viz/planeRamp';
import { CATEGORICAL, NEGATIVE, NEUTRAL, POSITIVE } from '../../src/viz/colors';

describe('class markers and colours', () => {
  it('gives the first seven classes different shapes, then cycles', () => {
    const names = [0, 1, 2, 3, 4, 5, 6].map((c) => markerFor(c).name);
    expect(names.slice(0, 3)).toEqual(['circle', 'cross', 'square']);
    expect(new Set(names).size).toBe(7);
    expect(markerFor(7).name).toBe('circle');
    expect(markerFor(-1).name).toBe(names[6]);
  });

  it('draws paths of the requested area', () => {
    const small = markerFor(2, 16).path;
    const big = markerFor(2, 64).path;
    expect(small).toMatch(/^M/);
    // a square of area 16 has half-side 2; of area 64, 4
    expect(small).toContain('-2');
    expect(big).toContain('-4');
  });

  it('colours two classes like the single output’s ends and more with the Okabe–Ito series', () => {
    expect(classColor(0, 2)).toBe(NEGATIVE);
    expect(classColor(1, 2)).toBe(POSITIVE);
    expect([0, 1, 2].map((c) => classColor(c, 3))).toEqual(CATEGORICAL.slice(0, 3));
  });

  it('colours regression values on the diverging ramp, clamped', () => {
    expect(valueColor(3, [2, 4])).toBe(NEUTRAL);
    expect(valueColor(4, [2, 4])).toBe(POSITIVE);
    expect(valueColor(-9, [2, 4])).toBe(NEGATIVE);
    expect(valueColor(Number.NaN, [2, 4])).toBe(NEUTRAL);
  });
});
