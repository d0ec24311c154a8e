// Scales for the graph: edge width from |value| (sqrt by default, so small weights stay
// visible) with the maximum taken from the data, and max-abs helpers over flat arrays. Pure,
// and free of d3 (the graph is on the first screen): the data views' d3 scale is pixelScale.ts.

export interface EdgeWidthOptions {
  /** Width of a zero-valued edge. */
  readonly min?: number;
  /** Width of the largest |value|. */
  readonly max?: number;
  readonly kind?: 'sqrt' | 'linear';
}

/** |value| in [0, maxAbs] → width in [min, max]; clamped, so outliers never exceed max. */
export function edgeWidthScale(
  maxAbs: number,
  options: EdgeWidthOptions = {},
): (v: number) => number {
  const min = options.min ?? 0.75;
  const max = options.max ?? 8;
  const domainMax = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
  // d3's scaleSqrt/scaleLinear with clamp: the input clamped to the domain, transformed,
  // normalized to [0, 1], then min·(1 − t) + max·t
  const transform = options.kind === 'linear' ? (v: number) => v : Math.sqrt;
  const top = transform(domainMax);
  const scale = (v: number): number => {
    const t = transform(Math.max(0, Math.min(domainMax, v))) / top;
    return min * (1 - t) + max * t;
  };
  return (v: number) => (Number.isFinite(v) ? scale(Math.abs(v)) : min);
}

/** Largest finite |x[k]| for k in [start, end); 0 when there is none. */
export function maxAbs(x: ArrayLike<number>, start = 0, end = x.length): number {
  let m = 0;
  for (let k = start; k < end; k += 1) {
    const a = Math.abs(x[k]);
    if (a > m && Number.isFinite(a)) m = a;
  }
  return m;
}

/**
 * Coordinates are drawn within ±1e300: the span and midpoint of any two such values stay
 * finite (1e308 − (−1e308) is Infinity, and Infinity in a scale gives NaN in an SVG attribute).
 */
export const MAX_COORDINATE = 1e300;

/** A value held within ±MAX_COORDINATE (NaN stays NaN, for callers to skip). */
export function tame(v: number): number {
  return v > MAX_COORDINATE ? MAX_COORDINATE : v < -MAX_COORDINATE ? -MAX_COORDINATE : v;
}

/**
 * A range every scale can use: finite ends within ±MAX_COORDINATE, in order ([−1, 1] when an
 * end is not finite). A flat range stays flat: d3 maps it to the middle of its output.
 */
export function tameRange(range: readonly [number, number]): [number, number] {
  const [a, b] = range.map((v) => (Number.isFinite(v) ? tame(v) : Number.NaN));
  if (Number.isNaN(a) || Number.isNaN(b)) return [-1, 1];
  return a <= b ? [a, b] : [b, a];
}
