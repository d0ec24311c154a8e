// detExp, detExpm1 and detTanh (arithmetic only, so every JavaScript engine gives the same
// bits) against Math over the whole double range (fast-check): exp and expm1 at most 1 unit in
// the last place apart, tanh at most 2; the limits exact, and identities that do not go
// through Math.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detExp, detExpm1, detTanh } from '../../src/engine/detMath';

const bits = new Float64Array(1);
const asInt = new BigInt64Array(bits.buffer);

/** Position of x on the number line of doubles (−0 and +0 both 0), for ulp distances. */
function ordinal(x: number): bigint {
  bits[0] = x;
  const i = asInt[0];
  return i < 0n ? -(i & 0x7fffffffffffffffn) : i;
}

/** The next double above x (x finite and positive). */
function nextUp(x: number): number {
  bits[0] = x;
  asInt[0] += 1n;
  return bits[0];
}

/** The next double below x (x finite and positive). */
function nextDown(x: number): number {
  bits[0] = x;
  asInt[0] -= 1n;
  return bits[0];
}

/** How many doubles apart a and b are (0 when equal, NaN with NaN counts as equal). */
function ulps(a: number, b: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b) ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

const anyDouble = fc.double({ noNaN: true });
/** Doubles spread over magnitudes from 2^-60 to 2^10, both signs (where the work happens). */
const moderate = fc
  .tuple(fc.double({ min: -60, max: 10, noNaN: true }), fc.boolean())
  .map(([e, negative]) => (negative ? -1 : 1) * 2 ** e);
const RUNS = { numRuns: 20000 };

describe('deterministic exp, expm1 and tanh', () => {
  it.each([
    ['detExp', 1, detExp, Math.exp],
    ['detExpm1', 1, detExpm1, Math.expm1],
    ['detTanh', 2, detTanh, Math.tanh],
  ] as const)('%s is within %i ulp of Math over the whole range', (_name, bound, det, math) => {
    fc.assert(
      fc.property(anyDouble, (x) => ulps(det(x), math(x)) <= bound),
      RUNS,
    );
    fc.assert(
      fc.property(moderate, (x) => ulps(det(x), math(x)) <= bound),
      RUNS,
    );
    for (let x = -40; x <= 40; x += 1 / 64) {
      expect(ulps(det(x), math(x))).toBeLessThanOrEqual(bound);
    }
  });

  it('keeps tanh within 2 ulp of Math where its two forms meet and in 200 000 draws', () => {
    // Across 0.625 (the rational form, then 1 − 2/(e^2x + 1)) and 22 (±1), and densely where
    // tanh nets and grids live: |x| in [2^−28, 22], spread over magnitudes.
    let worst = 0;
    const check = (x: number): void => {
      worst = Math.max(worst, ulps(detTanh(x), Math.tanh(x)), ulps(detTanh(-x), -Math.tanh(x)));
    };
    for (const edge of [0.625, 22]) {
      let x = edge;
      for (let k = 0; k < 64; k += 1) x = nextDown(x);
      for (let k = 0; k < 128; k += 1, x = nextUp(x)) {
        check(x);
        // monotone across the seam
        expect(detTanh(nextUp(x))).toBeGreaterThanOrEqual(detTanh(x));
      }
    }
    let seed = 12345;
    for (let k = 0; k < 200000; k += 1) {
      seed = (seed * 16807) % 2147483647;
      check(2 ** (-28 + (seed / 2147483647) * 32.46));
    }
    expect(worst).toBeLessThanOrEqual(2);
  });

  it('gets the limits, zeros, tiny and huge arguments exactly', () => {
    expect([detExp(NaN), detExpm1(NaN), detTanh(NaN)]).toEqual([NaN, NaN, NaN]);
    expect([detExp(Infinity), detExp(-Infinity), detExp(710), detExp(-746)]).toEqual([
      Infinity,
      0,
      Infinity,
      0,
    ]);
    expect([detExpm1(Infinity), detExpm1(-Infinity), detExpm1(-40), detExpm1(710)]).toEqual([
      Infinity,
      -1,
      -1,
      Infinity,
    ]);
    expect([detTanh(Infinity), detTanh(-Infinity), detTanh(22), detTanh(-1e300)]).toEqual([
      1, -1, 1, -1,
    ]);
    expect([detExp(0), detExp(-0), detExp(1), detExp(5e-324)]).toEqual([1, 1, Math.E, 1]);
    expect(Object.is(detExpm1(-0), -0) && Object.is(detTanh(-0), -0)).toBe(true);
    // e^x − 1 = x + x²/2 + … rounds to x below 2^−54, tanh x = x − x³/3 + … below 2^−28.
    for (const tiny of [5e-324, 1e-300, 2 ** -60, -(2 ** -55)]) expect(detExpm1(tiny)).toBe(tiny);
    for (const tiny of [5e-324, 1e-300, 2 ** -40, -(2 ** -29)]) expect(detTanh(tiny)).toBe(tiny);
    expect(detExpm1(2 ** -40)).toBe(2 ** -40 + 2 ** -81);
    // The largest finite result and the smallest subnormal one.
    expect(detExp(709.782712893384)).toBeGreaterThan(1.79e308);
    expect(detExp(709.782712893384)).toBeLessThan(Infinity);
    expect(detExp(-745.1332191019411)).toBe(5e-324);
  });

  it('keeps identities that do not go through Math', () => {
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        // e^x · e^−x = 1 and e^x − 1 = expm1 x, each to a few roundings
        const product = detExp(x) * detExp(-x);
        const viaExp = detExp(x) - 1;
        const m = detExpm1(x);
        return (
          Math.abs(product - 1) <= 4 * Number.EPSILON &&
          Math.abs(viaExp - m) <= 2 * Number.EPSILON * Math.max(1, Math.abs(detExp(x)))
        );
      }),
      RUNS,
    );
    fc.assert(
      fc.property(moderate, (x) => {
        // tanh is odd, within (−1, 1], and equals m/(m + 2) with m = e^(2x) − 1
        const t = detTanh(x);
        const m = detExpm1(2 * x);
        const other = Number.isFinite(m) ? m / (m + 2) : 1;
        return (
          Object.is(detTanh(-x), -t) &&
          Math.abs(t) <= 1 &&
          Math.abs(t - other) <= 4 * Number.EPSILON * Math.abs(t)
        );
      }),
      RUNS,
    );
    expect(ulps(detExp(Math.LN2), 2)).toBeLessThanOrEqual(1);
    expect(ulps(detExp(-Math.LN2), 0.5)).toBeLessThanOrEqual(1);
  });
});
