// Colour ramps of the 2-D views as lookup tables (d3 Lab interpolation sampled once, so a
// 100×100 grid costs one table read per pixel), class colours, and value colours. Pure.
import { interpolateLab, piecewise, rgb, scaleLinear } from 'd3';
import { CATEGORICAL, NEGATIVE, NEUTRAL, POSITIVE } from './colors';
import type { Range } from './plane';
import { tameRange } from './scales';

/** Entries per ramp; odd, so the middle entry is exactly the diverging ramp's NEUTRAL. */
export const RAMP_STEPS = 511;

function sample(interpolate: (t: number) => string): Uint8Array {
  const table = new Uint8Array(RAMP_STEPS * 3); // [RAMP_STEPS, rgb]
  for (let k = 0; k < RAMP_STEPS; k += 1) {
    const c = rgb(interpolate(k / (RAMP_STEPS - 1)));
    table.set([c.r, c.g, c.b], 3 * k);
  }
  return table;
}

/** NEGATIVE at 0, NEUTRAL in the middle, POSITIVE at the end. */
export const divergingRamp = sample(piecewise(interpolateLab, [NEGATIVE, NEUTRAL, POSITIVE]));

const classRamps = new Map<string, Uint8Array>();

/** NEUTRAL at 0 to `color` at the end (cached per colour). */
export function classRamp(color: string): Uint8Array {
  let table = classRamps.get(color);
  if (!table) {
    table = sample(interpolateLab(NEUTRAL, color));
    classRamps.set(color, table);
  }
  return table;
}

/**
 * Class c of k. Two classes use the single output's ends (class 0 NEGATIVE, class 1 POSITIVE),
 * so a sigmoid net and a two-way softmax net look alike; more use the Okabe–Ito series.
 */
export function classColor(c: number, k: number): string {
  if (k <= 2) return c === 0 ? NEGATIVE : POSITIVE;
  return CATEGORICAL[c % CATEGORICAL.length];
}

/** Hex colour of a value on the diverging ramp over `domain` (clamped; NaN is NEUTRAL). */
export function valueColor(value: number, domain: Range): string {
  const t = scaleLinear()
    .domain(tameRange(domain))
    .range([0, RAMP_STEPS - 1])
    .clamp(true);
  const k = Number.isFinite(value) ? Math.round(t(value)) : (RAMP_STEPS - 1) / 2;
  return rgb(divergingRamp[3 * k], divergingRamp[3 * k + 1], divergingRamp[3 * k + 2]).formatHex();
}
