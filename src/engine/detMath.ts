// Arithmetic-only log, sin and cos for the seeded generators. Built from + − × ÷ (IEEE
// rounds them exactly), so every JavaScript engine gives the same bits; Math.log/Math.sin
// may differ in the last bit between engines. Not for hot loops.

const LN2 = 0.6931471805599453;
const TWO_PI = 6.283185307179586;
const PI = 3.141592653589793;

/** Natural logarithm of x > 0: x = m·2^k with m in [√½, √2), ln m = 2·atanh((m−1)/(m+1)). */
export function detLog(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  let k = 0;
  let m = x;
  while (m >= 1.4142135623730951) {
    m /= 2;
    k += 1;
  }
  while (m < 0.7071067811865476) {
    m *= 2;
    k -= 1;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  // |s| ≤ 0.1716, so s^(2n+1) falls below 1e-17 well before n = 14.
  for (let n = 1; n <= 29; n += 2) {
    sum += term / n;
    term *= s2;
  }
  return 2 * sum + k * LN2;
}

/** sin(x): reduce to [−π, π], then a Taylor series to 1e-16. */
export function detSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  let r = x - TWO_PI * Math.round(x / TWO_PI);
  if (r > PI) r -= TWO_PI;
  if (r < -PI) r += TWO_PI;
  // sin(r) = sin(π − r): fold into [−π/2, π/2] where the series converges fastest.
  if (r > PI / 2) r = PI - r;
  else if (r < -PI / 2) r = -PI - r;
  const r2 = r * r;
  let term = r;
  let sum = r;
  for (let n = 1; n < 14; n += 1) {
    term *= -r2 / (2 * n * (2 * n + 1));
    sum += term;
  }
  return sum;
}

/** cos(x) = sin(x + π/2). */
export function detCos(x: number): number {
  return detSin(x + PI / 2);
}
