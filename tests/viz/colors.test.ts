import { describe, expect, it } from 'vitest';
import {
  NEGATIVE,
  NEGATIVE_DASH,
  NEUTRAL,
  POSITIVE,
  contrastRatio,
  divergingColor,
  luminance,
  pixelColor,
  signStyle,
  textColorFor,
} from '../../src/viz/colors';

describe('colours', () => {
  it('draws positive values solid blue and negative values dashed vermillion', () => {
    expect(signStyle(0.3)).toEqual({ stroke: POSITIVE, dash: null, sign: 1 });
    expect(signStyle(-1e-9)).toEqual({ stroke: NEGATIVE, dash: NEGATIVE_DASH, sign: -1 });
    expect(signStyle(0).sign).toBe(0);
    expect(signStyle(0).dash).toBeNull();
  });

  it('puts the neutral colour at zero and the sign colours at ±maxAbs', () => {
    expect(divergingColor(0, 2)).toBe(NEUTRAL);
    expect(divergingColor(2, 2)).toBe(POSITIVE);
    expect(divergingColor(-2, 2)).toBe(NEGATIVE);
    expect(divergingColor(50, 2)).toBe(POSITIVE);
    expect(divergingColor(Number.NaN, 2)).toBe(NEUTRAL);
    expect(divergingColor(1, 0)).toBe(NEUTRAL);
  });

  it('darkens monotonically with magnitude on both sides', () => {
    const ls = [0, 0.25, 0.5, 0.75, 1].map((t) => luminance(divergingColor(t, 1)));
    const ln = [0, 0.25, 0.5, 0.75, 1].map((t) => luminance(divergingColor(-t, 1)));
    for (let k = 1; k < 5; k += 1) {
      expect(ls[k]).toBeLessThan(ls[k - 1]);
      expect(ln[k]).toBeLessThan(ln[k - 1]);
    }
  });

  it('computes WCAG contrast: 21 for black on white, 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio(POSITIVE, POSITIVE)).toBeCloseTo(1, 9);
  });

  it('picks text that reaches at least 4.5:1 on the strongest fills and the neutral fill', () => {
    for (const fill of [POSITIVE, NEGATIVE, NEUTRAL, '#ffffff', divergingColor(0.5, 1)]) {
      expect(contrastRatio(fill, textColorFor(fill))).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColorFor('#ffffff')).toBe('#111111');
    expect(textColorFor('#000000')).toBe('#ffffff');
  });

  it('keeps the two sign colours apart under a deuteranopia simulation', () => {
    // Viénot, Brettel & Mollon (1999) deuteranope simulation in linear RGB.
    const simulate = (hex: string): number[] => {
      const c = [1, 3, 5].map((k) => parseInt(hex.slice(k, k + 2), 16) / 255);
      const lin = c.map((s) => (s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4));
      const [r, g, b] = lin;
      return [0.29275 * r + 0.70725 * g, 0.29275 * r + 0.70725 * g, -0.02234 * r + 0.02234 * g + b];
    };
    const p = simulate(POSITIVE);
    const n = simulate(NEGATIVE);
    // Blue keeps its blue channel above its red-green one; vermillion the other way round.
    expect(p[2]).toBeGreaterThan(p[0]);
    expect(n[0]).toBeGreaterThan(n[2]);
  });

  it('shades input pixels from white at 0 to black at the maximum', () => {
    expect(pixelColor(0, 16)).toBe('#ffffff');
    expect(pixelColor(16, 16)).toBe('#000000');
    expect(pixelColor(-3, 16)).toBe('#ffffff');
  });
});
