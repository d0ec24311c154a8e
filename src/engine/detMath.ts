// Elementary functions built from + − × ÷, Math.sqrt and bit access only. IEEE 754 rounds
// those exactly, so every JavaScript engine gives the same bits; Math.exp, Math.log,
// Math.tanh and Math.pow differ in the last bit between engines (Node 20 and Chromium 156 do),
// which would break "the same scenario gives the same numbers in Node and every browser".
// Accuracy is within a couple of units in the last place.

const LN2_HI = 6.9314718036912381649e-1; // ln 2, high part (k·LN2_HI is exact for |k| < 2^11)
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const LOG2E = 1.4426950408889634;
const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;
const TWO_PI = 6.283185307179586;
const PI = 3.141592653589793;

/** 2^k for k in [−1100, 1100], built by exact doubling and halving. */
const POW2 = (() => {
  const table = new Float64Array(2201);
  table[1100] = 1;
  for (let k = 1; k <= 1100; k += 1) {
    table[1100 + k] = table[1099 + k] * 2;
    table[1100 - k] = table[1101 - k] / 2;
  }
  return table;
})();

/** Taylor coefficients 1/n! for n = 13 … 0 (Horner order). */
const EXP_C = Array.from({ length: 14 }, (_, k) => {
  let f = 1;
  for (let n = 2; n <= 13 - k; n += 1) f *= n;
  return 1 / f;
});

// The *Into forms write their result into out[i] instead of returning it: V8 boxes a double
// returned from a call it does not inline, so the training loops use these to allocate nothing.
const box = new Float64Array(1);

/** out[i] = e^x: x = k·ln2 + r with |r| ≤ ln2/2, e^r by its Taylor series to r^13, times 2^k. */
export function detExpInto(out: Float64Array, i: number, x: number): void {
  if (x !== x) out[i] = NaN;
  else if (x > 709.782712893384) out[i] = Infinity;
  else if (x < -745.1332191019412) out[i] = 0;
  else {
    const k = Math.floor(x * LOG2E + 0.5);
    const r = x - k * LN2_HI - k * LN2_LO;
    let p = EXP_C[0];
    for (let n = 1; n < 14; n += 1) p = p * r + EXP_C[n];
    // Scale in two steps so that neither factor overflows or underflows on its own.
    const k1 = k >> 1;
    out[i] = p * POW2[1100 + k1] * POW2[1100 + k - k1];
  }
}

/** e^x (see detExpInto). */
export function detExp(x: number): number {
  detExpInto(box, 0, x);
  return box[0];
}

/** out[i] = e^x − 1, accurate near 0 (the Taylor series below |x| < 0.5). */
export function detExpm1Into(out: Float64Array, i: number, x: number): void {
  if (x > -0.5 && x < 0.5) {
    let p = 0;
    for (let n = 18; n >= 1; n -= 1) p = (p + 1) * (x / n);
    out[i] = p;
  } else {
    detExpInto(out, i, x);
    out[i] -= 1;
  }
}

/** e^x − 1 (see detExpm1Into). */
export function detExpm1(x: number): number {
  detExpm1Into(box, 0, x);
  return box[0];
}

/** out[i] = tanh x = expm1(2x) / (expm1(2x) + 2), odd, saturating at |x| > 22. */
export function detTanhInto(out: Float64Array, i: number, x: number): void {
  const a = x < 0 ? -x : x;
  if (x !== x) out[i] = NaN;
  else if (a > 22) out[i] = x < 0 ? -1 : 1;
  else {
    detExpm1Into(out, i, 2 * a);
    const e = out[i];
    const t = e / (e + 2);
    out[i] = x < 0 ? -t : t;
  }
}

/** tanh x (see detTanhInto). */
export function detTanh(x: number): number {
  detTanhInto(box, 0, x);
  return box[0];
}

const scratch = new DataView(new ArrayBuffer(8));

/** ln x: x = m·2^e with m in [√½, √2), ln m = 2·atanh((m−1)/(m+1)) by its series. */
export function detLog(x: number): number {
  if (x !== x || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let shift = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54: bring a subnormal into the normal range
    shift = -54;
  }
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  let e = ((hi >>> 20) & 0x7ff) - 1023 + shift;
  scratch.setUint32(0, (hi & 0x000fffff) | 0x3ff00000); // same mantissa, exponent 0: m in [1, 2)
  let m = scratch.getFloat64(0);
  if (m > SQRT2) {
    m /= 2;
    e += 1;
  }
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  // |s| ≤ 0.1716, so terms past s^23 are below 1e-18 relative
  let p = 1 / 23;
  for (let n = 21; n >= 1; n -= 2) p = p * s2 + 1 / n;
  return 2 * s * p + e * LN2;
}

/** ln(1 + x), accurate for small |x| (series below 1e-4). */
export function detLog1p(x: number): number {
  if (x > -1e-4 && x < 1e-4) return x * (1 - x * (1 / 2 - x * (1 / 3 - x / 4)));
  return detLog(1 + x);
}

/** sin(x): reduce to [−π/2, π/2], then a Taylor series to 1e-16. */
export function detSin(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  let r = x - TWO_PI * Math.round(x / TWO_PI);
  if (r > PI) r -= TWO_PI;
  if (r < -PI) r += TWO_PI;
  // sin(r) = sin(π − r)
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
