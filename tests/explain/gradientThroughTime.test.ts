// Gradient through time: norms per step from a real trace, the first/last ratio named
// vanishing, exploding or steady, and block norms regrouped into one series per block.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  blockNormSeries,
  dLdhNorms,
  gradientRatio,
  powerOfTen,
} from '../../src/explain/gradientThroughTime';
import { rnnTrace } from './recurrentFixtures';

const norms = (...v: number[]) => v.map((norm, k) => ({ t: k + 1, norm }));

describe('gradient through time', () => {
  it('‖∂L/∂hₜ‖ per step of a real trace (the contract example, 4 steps)', async () => {
    const trace = await rnnTrace();
    const got = dLdhNorms(trace.samples[0]);
    expect(got.map((n) => n.t)).toEqual([1, 2, 3, 4]);
    const d = trace.samples[0].steps[2].dLdh;
    expect(got[2].norm).toBeCloseTo(Math.hypot(d[0], d[1]), 15);
  });

  it('names a ratio below 1/10 vanishing, above 10 exploding, otherwise steady', () => {
    expect(gradientRatio(norms(1e-4, 1e-2, 1)).sentence).toBe(
      'The gradient at t = 1 is 10⁻⁴ of that at t = 3: vanishing.',
    );
    expect(gradientRatio(norms(250, 1)).trend).toBe('exploding');
    expect(gradientRatio(norms(250, 1)).sentence).toContain('10²');
    expect(gradientRatio(norms(0.5, 1)).sentence).toBe(
      'The gradient at t = 1 is 0.5 of that at t = 2: it keeps its size through time.',
    );
  });

  it('with every step scored, says that early steps also collect the later losses', () => {
    expect(gradientRatio(norms(0.5, 1), true).sentence).toMatch(
      /collect the gradients of all later losses/,
    );
    expect(gradientRatio(norms(1), true).sentence).not.toMatch(/collect/);
  });

  it('guards zeros, overflow and sequences too short to compare', () => {
    expect(gradientRatio(norms(1, 0)).ratio).toBeNull();
    expect(gradientRatio(norms(0, 1)).sentence).toMatch(/vanished/);
    expect(gradientRatio(norms(Infinity, 1)).trend).toBe('exploding');
    expect(gradientRatio(norms(1)).trend).toBe('unknown');
    expect(gradientRatio([]).trend).toBe('unknown');
  });

  it('the trend agrees with the ratio for any positive norms', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e-12, max: 1e12, noNaN: true }),
        fc.double({ min: 1e-12, max: 1e12, noNaN: true }),
        (a, b) => {
          const r = gradientRatio(norms(a, 1, b));
          expect(r.ratio).toBeCloseTo(a / b, 10);
          expect(r.trend).toBe(a / b < 0.1 ? 'vanishing' : a / b > 10 ? 'exploding' : 'steady');
        },
      ),
    );
  });

  it('powers of ten round the exponent; plain numbers in between', () => {
    expect(powerOfTen(3.2e-7)).toBe('10⁻⁶');
    expect(powerOfTen(0.25)).toBe('0.25');
  });

  it('block norms become one series per block, in update order', () => {
    const s = blockNormSeries([
      { update: 1, norms: { Wxh: 1, Whh: 2 } },
      { update: 2, norms: { Wxh: 3, Whh: 4 } },
    ]);
    expect(s.map((b) => b.block)).toEqual(['Wxh', 'Whh']);
    expect(s[1].points).toEqual([
      { x: 1, y: 2 },
      { x: 2, y: 4 },
    ]);
  });
});
