// The learning rate's log slider: nice values per decade, ascending, and the nearest position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOG_SLIDER_VALUES, logSliderIndex } from '../../src/viz/logSlider';

describe('the log slider', () => {
  it('runs from 1e-4 to 10 through 1, 1.5, 2, 3, 5, 7 of each decade', () => {
    expect(LOG_SLIDER_VALUES[0]).toBe(0.0001);
    expect(LOG_SLIDER_VALUES.at(-1)).toBe(10);
    expect(LOG_SLIDER_VALUES).toContain(0.005);
    expect(LOG_SLIDER_VALUES).toContain(0.15);
    expect(LOG_SLIDER_VALUES).toHaveLength(5 * 6 + 1);
    for (let k = 1; k < LOG_SLIDER_VALUES.length; k += 1)
      expect(LOG_SLIDER_VALUES[k]).toBeGreaterThan(LOG_SLIDER_VALUES[k - 1]);
  });

  it('finds each value at its own position, and 0 or less at the first', () => {
    LOG_SLIDER_VALUES.forEach((v, k) => expect(logSliderIndex(v)).toBe(k));
    expect(logSliderIndex(0)).toBe(0);
    expect(logSliderIndex(-1)).toBe(0);
    expect(logSliderIndex(1e9)).toBe(LOG_SLIDER_VALUES.length - 1);
  });

  it('picks a position no farther on a log scale than any other', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 100, noNaN: true }), (x) => {
        const d = (v: number) => Math.abs(Math.log(v) - Math.log(x));
        const got = d(LOG_SLIDER_VALUES[logSliderIndex(x)]);
        for (const v of LOG_SLIDER_VALUES) expect(got).toBeLessThanOrEqual(d(v));
      }),
    );
  });
});
