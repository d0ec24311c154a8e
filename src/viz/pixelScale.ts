// Data → pixels for the data views: a d3 linear scale over a tamed domain (see scales.ts).
// Its own module so the first screen, which draws no data view, loads no d3 scale. Pure.
import { scaleLinear, type ScaleLinear } from 'd3';
import { tameRange } from './scales';

/**
 * Data → pixels for the data views, over a tamed domain. With `clamp` (the default) values
 * beyond the domain sit at its ends, so every finite value gives a finite pixel; without it,
 * the caller bounds what it draws. A non-finite value gives NaN: skip it when drawing.
 */
export function pixelScale(
  domain: readonly [number, number],
  pixels: readonly [number, number],
  clamp = true,
): ScaleLinear<number, number> {
  return scaleLinear().domain(tameRange(domain)).range(pixels).clamp(clamp);
}
