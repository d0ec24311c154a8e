// Scales for the graph: edge width from |value| (sqrt by default, so small weights stay
// visible) with the maximum taken from the data, and max-abs helpers over flat arrays. Pure.
import { scaleLinear, scaleSqrt } from 'd3';

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
  const scale = (options.kind === 'linear' ? scaleLinear() : scaleSqrt())
    .domain([0, domainMax])
    .range([min, max])
    .clamp(true);
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
