// Elementary functions built from + − × ÷, Math.sqrt and bit access only. IEEE 754 rounds
// those exactly, so every JavaScript engine gives the same bits; Math.exp, Math.log,
// Math.tanh and Math.pow differ in the last bit between engines (Node 20 and Chromium 156 do),
// which would break "the same scenario gives the same numbers in Node and every browser".
// exp and expm1 follow fdlibm's methods (range reduction, then a short fixed polynomial or
// rational form: error below 1 ulp), tanh a rational form near 0 and exp beyond (within 2 ulp);
// log and sin use series. Accuracy within a couple of ulps.

const LN2_HI = 6.9314718036912381649e-1; // ln 2, high part (k·LN2_HI is exact for |k| < 2^11)
const LN2_LO = 1.90821492927058770002e-10; // ln 2 − LN2_HI
const LOG2E = 1.4426950408889634;
const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;
const TWO_PI = 6.283185307179586;
const PI = 3.141592653589793;
const E = 2.718281828459045;

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

/** The double whose high 32 bits are `hi` and low 32 bits 0 (for the thresholds below). */
function fromHighWord(hi: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setUint32(0, hi);
  return view.getFloat64(0);
}

// Thresholds on |x|, as the fdlibm method (Sun Microsystems, 1993) states them on the high word.
const HALF_LN2 = fromHighWord(0x3fd62e43); // |x| ≥ this: reduce (just above ½ ln 2)
const THREE_HALF_LN2 = fromHighWord(0x3ff0a2b2); // |x| < this: k = ±1 (just below 1.5 ln 2)
const EXP_TINY = 2 ** -28; // |x| < this: e^x = 1 + x
const EXPM1_TINY = 2 ** -54; // |x| < this: e^x − 1 = x
const EXPM1_SATURATE = fromHighWord(0x4043687a); // x ≤ −this (about −56 ln 2): e^x − 1 = −1
const EXP_OVER = 7.09782712893383973096e2; // e^x overflows above this
const EXP_UNDER = -7.4513321910194110842e2; // e^x underflows to 0 below this

// e^r on |r| ≤ ½ ln 2: with c = r − r²·(P1 + P2 r² + … + P5 r⁸) (a Remez fit of the fdlibm
// method), e^r = 1 + r + r·c/(2 − c) to < 1 ulp.
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;

// e^r − 1 on |r| ≤ ½ ln 2: with h = r²/2, a rational correction in h (scaled Remez
// coefficients of the fdlibm method) to < 1 ulp.
const Q1 = -3.33333333333331316428e-2;
const Q2 = 1.58730158725481460165e-3;
const Q3 = -7.93650757867487942473e-5;
const Q4 = 4.00821782732936239552e-6;
const Q5 = -2.01099218183624371326e-7;

/** y · 2^k, exact whenever the result is normal (two factors so that neither overflows). */
function scale(y: number, k: number): number {
  if (k > -1020 && k < 1020) return y * POW2[1100 + k];
  const k1 = k >> 1;
  return y * POW2[1100 + k1] * POW2[1100 + k - k1];
}

// The array forms are the core: each runs its whole loop in one function, which V8 compiles as
// a unit (one call per layer). A per-element function this long is not inlined, and a call per
// element cost 2–3× the arithmetic (and boxes a returned double). out may be x itself.

/**
 * out[j] = e^x[j] for j < n (fdlibm's method, error < 1 ulp): x = k·ln2 + r with |r| ≤ ½ ln 2
 * (ln 2 in two parts so that k·ln2 is exact), e^r from a degree-5 polynomial in r² and one
 * division, times 2^k.
 */
export function detExpMany(x: Float64Array, out: Float64Array, n: number): void {
  for (let j = 0; j < n; j += 1) {
    const v = x[j];
    const a = v < 0 ? -v : v;
    if (a < HALF_LN2) {
      if (a < EXP_TINY) out[j] = 1 + v;
      else {
        const t = v * v;
        const c = v - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        out[j] = 1 - ((v * c) / (c - 2) - v);
      }
    } else if (!(v <= EXP_OVER && v >= EXP_UNDER)) {
      out[j] = v > 0 ? Infinity : v !== v ? NaN : 0;
    } else if (v === 1) {
      out[j] = E; // the reconstruction below is 1 ulp high at exactly 1
    } else {
      const k = a < THREE_HALF_LN2 ? (v < 0 ? -1 : 1) : (LOG2E * v + (v < 0 ? -0.5 : 0.5)) | 0; // nearest
      const hi = v - k * LN2_HI; // exact: k·LN2_HI has few significant bits
      const lo = k * LN2_LO;
      const r = hi - lo;
      const t = r * r;
      const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
      out[j] = scale(1 - (lo - (r * c) / (2 - c) - hi), k);
    }
  }
}

/**
 * out[j] = e^x[j] − 1 for j < n, accurate near 0 (fdlibm's method, error < 1 ulp): the
 * reduction of detExpMany carrying the rounding error c of r, then a rational form in r²/2 and
 * a reconstruction that never subtracts nearly equal numbers.
 */
export function detExpm1Many(x: Float64Array, out: Float64Array, n: number): void {
  for (let j = 0; j < n; j += 1) {
    const v = x[j];
    const a = v < 0 ? -v : v;
    let k = 0;
    let c = 0;
    let r = v;
    if (a < EXPM1_TINY) {
      out[j] = v;
      continue;
    }
    if (a >= HALF_LN2) {
      if (!(v <= EXP_OVER && v > -EXPM1_SATURATE)) {
        out[j] = v > 0 ? Infinity : v !== v ? NaN : -1;
        continue;
      }
      k = a < THREE_HALF_LN2 ? (v < 0 ? -1 : 1) : (LOG2E * v + (v < 0 ? -0.5 : 0.5)) | 0;
      const hi = v - k * LN2_HI;
      const lo = k * LN2_LO;
      r = hi - lo;
      c = hi - r - lo;
    }
    const hfx = 0.5 * r;
    const hxs = r * hfx;
    const r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    const t = 3 - r1 * hfx;
    let e = hxs * ((r1 - t) / (6 - r * t));
    if (k === 0) {
      out[j] = r - (r * e - hxs);
      continue;
    }
    e = r * (e - c) - c - hxs;
    if (k === -1) out[j] = 0.5 * (r - e) - 0.5;
    else if (k === 1) out[j] = r < -0.25 ? -2 * (e - (r + 0.5)) : 1 + 2 * (r - e);
    else if (k <= -2 || k > 56) out[j] = scale(1 - (e - r), k) - 1;
    else if (k < 20) out[j] = (1 - POW2[1100 - k] - (e - r)) * POW2[1100 + k];
    else out[j] = (r - (e + POW2[1100 - k]) + 1) * POW2[1100 + k];
  }
}

// tanh x on |x| < 0.625: x + x·s·P(s)/Q(s) with s = x² (Cephes' rational fit, S. L. Moshier).
const TP0 = -0.9643991794250523;
const TP1 = -99.28772310019185;
const TP2 = -1614.6876844170845;
const TQ0 = 112.81167849163293;
const TQ1 = 2235.4883906010045;
const TQ2 = 4844.063053251255;
const TANH_SMALL = 0.625;

/**
 * out[j] = tanh x[j] for j < n, odd, within 2 ulp of Math.tanh (detMath.test.ts): for
 * |x| < 0.625, a rational form in x² (no cancellation: the correction to x is below 12 %);
 * for 0.625 ≤ |x| < 22, 1 − 2/(e^(2|x|) + 1) with e^(2|x|) by detExpMany's reduction and
 * polynomial written out (2|x| lies in [1.25, 44): k from 2 to 63, no overflow branches);
 * beyond, ±1; below 2^−28, x itself. Half the time of fdlibm's tanh through expm1 (fewer branches and steps), which
 * matters on grids and tanh nets. out may be x itself.
 */
export function detTanhMany(x: Float64Array, out: Float64Array, n: number): void {
  for (let j = 0; j < n; j += 1) {
    const v = x[j];
    const a = v < 0 ? -v : v;
    let z: number;
    if (a < EXP_TINY)
      z = a; // tanh x rounds to x (and −0 stays −0)
    else if (a < TANH_SMALL) {
      const s = a * a;
      z = a + (a * s * ((TP0 * s + TP1) * s + TP2)) / (((s + TQ0) * s + TQ1) * s + TQ2);
    } else if (a < 22) {
      const u = a + a;
      const k = (LOG2E * u + 0.5) | 0; // nearest, u > 0
      const hi = u - k * LN2_HI;
      const lo = k * LN2_LO;
      const r = hi - lo;
      const t = r * r;
      const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
      const e = (1 - (lo - (r * c) / (2 - c) - hi)) * POW2[1100 + k];
      z = 1 - 2 / (e + 1);
    } else z = a === a ? 1 : a; // NaN stays NaN
    out[j] = v < 0 ? -z : z;
  }
}

// The scalar forms go through one-slot arrays: a returned double is boxed anyway.
const arg = new Float64Array(1);
const res = new Float64Array(1);

/** e^x (see detExpMany). */
export function detExp(x: number): number {
  arg[0] = x;
  detExpMany(arg, res, 1);
  return res[0];
}

/** out[i] = e^x (see detExpMany). */
export function detExpInto(out: Float64Array, i: number, x: number): void {
  out[i] = detExp(x);
}

/** e^x − 1 (see detExpm1Many). */
export function detExpm1(x: number): number {
  arg[0] = x;
  detExpm1Many(arg, res, 1);
  return res[0];
}

/** out[i] = e^x − 1 (see detExpm1Many). */
export function detExpm1Into(out: Float64Array, i: number, x: number): void {
  out[i] = detExpm1(x);
}

/** tanh x (see detTanhMany). */
export function detTanh(x: number): number {
  arg[0] = x;
  detTanhMany(arg, res, 1);
  return res[0];
}

/** out[i] = tanh x (see detTanhMany). */
export function detTanhInto(out: Float64Array, i: number, x: number): void {
  out[i] = detTanh(x);
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
