// The 2-D data views' maths: a square, nicely rounded extent around some points, and a grid of
// network outputs (or one hidden neuron's activations) as RGBA bytes in the colour-blind-safe
// palette of colors.ts. Pure: no DOM, no canvas.
import { scaleLinear, tickStep } from 'd3';
import type { ActivationName } from '../engine/types';
import { RAMP_STEPS, classColor, classRamp, divergingRamp } from './planeRamp';
import { tame, tameRange } from './scales';

export type Range = readonly [lo: number, hi: number];

export interface PlaneExtent {
  readonly x: Range;
  readonly y: Range;
}

/**
 * Network outputs over a regular n×n grid, as the worker's `grid` message sends them.
 * values: [n·n, outputs] row-major, rows over y then x: point (row, col) is
 * (x0 + col·Δx, y0 + row·Δy), both ends of each range included.
 */
export interface PlaneGrid {
  readonly resolution: number;
  readonly values: Float64Array;
  /** 1: one sigmoid/tanh/linear value per point; k ≥ 2: softmax class probabilities. */
  readonly outputs: number;
  /** The range of a single output: [0, 1] sigmoid, [−1, 1] tanh, the data range for regression. */
  readonly domain: Range;
}

export interface ExtentOptions {
  /** Margin on each side, as a fraction of the larger span (default 0.1). */
  readonly padding?: number;
  /** About how many tick steps span the range; the ends are multiples of the step (default 10). */
  readonly ticks?: number;
}

/**
 * The smallest square range (equal spans on both axes) that holds every finite point with
 * `padding` to spare and ends on multiples of a 1-2-5 tick step. No finite point: [−1, 1]².
 */
export function planeExtent(
  points: Iterable<{ readonly x: number; readonly y: number }>,
  options: ExtentOptions = {},
): PlaneExtent {
  const lo = [Infinity, Infinity];
  const hi = [-Infinity, -Infinity];
  for (const p of points) {
    if (!Number.isFinite(p.x) || !Number.isFinite(p.y)) continue;
    const [x, y] = [tame(p.x), tame(p.y)]; // spans of huge values stay finite
    lo[0] = Math.min(lo[0], x);
    hi[0] = Math.max(hi[0], x);
    lo[1] = Math.min(lo[1], y);
    hi[1] = Math.max(hi[1], y);
  }
  if (lo[0] > hi[0]) return { x: [-1, 1], y: [-1, 1] };
  const raw = Math.max(hi[0] - lo[0], hi[1] - lo[1]);
  const pad = (raw > 0 ? raw : 1) * (options.padding ?? 0.1);
  for (let a = 0; a < 2; a += 1) {
    const mid = (lo[a] + hi[a]) / 2;
    // A lone point still gets a unit-wide square around it.
    const half = (raw > 0 ? hi[a] - lo[a] : 1) / 2 + pad;
    lo[a] = mid - half;
    hi[a] = mid + half;
  }
  const step = tickStep(0, Math.max(hi[0] - lo[0], hi[1] - lo[1]), options.ticks ?? 10);
  // Ends in whole steps; i / (1/step) is exact for steps below 1, where i · step is not.
  const at = (i: number) => (step < 1 ? i / Math.round(1 / step) : i * step);
  const i0 = lo.map((v) => Math.floor(v / step));
  const i1 = hi.map((v, a) => Math.max(i0[a] + 1, Math.ceil(v / step)));
  const steps = Math.max(i1[0] - i0[0], i1[1] - i0[1]);
  const range = (a: number): Range => {
    const extra = steps - (i1[a] - i0[a]);
    return [at(i0[a] - Math.floor(extra / 2)), at(i1[a] + Math.ceil(extra / 2))];
  };
  return { x: range(0), y: range(1) };
}

/** The coordinate of grid index k of n along a range, both ends included. */
export function gridCoordinate(range: Range, n: number, k: number): number {
  return range[0] + ((range[1] - range[0]) * k) / (n - 1);
}

function checkBlock(values: ArrayLike<number>, n: number, size: number): void {
  if (!Number.isInteger(n) || n < 2 || values.length !== n * n * size)
    throw new RangeError(`a ${n}×${n} grid of ${size} values needs ${n * n * size} numbers`);
}

function put(out: Uint8ClampedArray, n: number, p: number, ramp: Uint8Array, k: number): void {
  // Image rows run top to bottom; grid rows run up the y axis.
  const row = Math.floor(p / n);
  const o = 4 * ((n - 1 - row) * n + (p % n));
  out[o] = ramp[3 * k];
  out[o + 1] = ramp[3 * k + 1];
  out[o + 2] = ramp[3 * k + 2];
  out[o + 3] = 255;
}

/**
 * A finite value → the nearest ramp entry, with `domain` spanning the ramp (clamped beyond).
 * The d3 scale's ends give the affine map, applied inline: a scale call per pixel costs about 4×.
 */
function rampIndex(domain: Range): (v: number) => number {
  const s = scaleLinear()
    .domain(tameRange(domain))
    .range([0, RAMP_STEPS - 1]);
  const at0 = s(0); // a flat domain maps everything to the middle entry
  const slope = s(1) - at0;
  return (v) => Math.round(Math.min(RAMP_STEPS - 1, Math.max(0, at0 + slope * v)));
}

/** Column `j` of a [n·n, size] block on the NEGATIVE–NEUTRAL–POSITIVE scale over `domain`. */
function fillDiverging(
  values: ArrayLike<number>,
  n: number,
  size: number,
  j: number,
  domain: Range,
  out: Uint8ClampedArray,
): Uint8ClampedArray {
  const t = rampIndex(domain);
  const middle = (RAMP_STEPS - 1) / 2;
  for (let p = 0; p < n * n; p += 1) {
    const v = values[p * size + j];
    // Non-finite values (a diverged net) show as NEUTRAL: no prediction either way.
    put(out, n, p, divergingRamp, Number.isFinite(v) ? t(v) : middle);
  }
  return out;
}

/**
 * RGBA bytes (n·n·4) of the grid, image row 0 at the top (largest y). One output: the
 * low end of the domain is NEGATIVE, the middle NEUTRAL, the high end POSITIVE, clamped beyond.
 * k outputs: the argmax class's colour, from NEUTRAL at uniform probabilities (1/k) to the
 * full class colour at probability 1.
 */
export function gridImage(grid: PlaneGrid, out?: Uint8ClampedArray): Uint8ClampedArray {
  const { resolution: n, values, outputs: k } = grid;
  checkBlock(values, n, k);
  const bytes = out ?? new Uint8ClampedArray(n * n * 4);
  if (k === 1) return fillDiverging(values, n, 1, 0, grid.domain, bytes);
  const confidence = rampIndex([1 / k, 1]);
  const ramps = Array.from({ length: k }, (_, c) => classRamp(classColor(c, k)));
  for (let p = 0; p < n * n; p += 1) {
    let best = 0;
    for (let c = 1; c < k; c += 1) if (values[p * k + c] > values[p * k + best]) best = c;
    const v = values[p * k + best];
    put(bytes, n, p, ramps[best], Number.isFinite(v) ? confidence(v) : 0);
  }
  return bytes;
}

/**
 * RGBA bytes of hidden neuron `j`'s activation over the grid: column j of `block`, the
 * layer's activations [n·n, size] row-major, drawn like a one-output grid over `domain`.
 */
export function neuronImage(
  block: Float64Array,
  n: number,
  size: number,
  j: number,
  domain: Range,
  out?: Uint8ClampedArray,
): Uint8ClampedArray {
  checkBlock(block, n, size);
  if (!Number.isInteger(j) || j < 0 || j >= size) throw new RangeError(`no neuron ${j} of ${size}`);
  return fillDiverging(block, n, size, j, domain, out ?? new Uint8ClampedArray(n * n * 4));
}

/**
 * Hidden neuron `j`'s map: the RGBA bytes over `domain`, by default its activation's own
 * (see neuronDomain), and the domain used (for a key to the colours).
 */
export function neuronPicture(
  block: Float64Array,
  n: number,
  size: number,
  j: number,
  activation: ActivationName,
  domain?: Range,
): { readonly domain: Range; readonly bytes: Uint8ClampedArray } {
  const d = domain ?? neuronDomain(activation, columnMaxAbs(block, size, j));
  return { domain: d, bytes: neuronImage(block, n, size, j, d) };
}

/** Largest finite |value| in column j of a [rows, size] block; 0 when there is none. */
export function columnMaxAbs(block: ArrayLike<number>, size: number, j: number): number {
  let m = 0;
  for (let k = j; k < block.length; k += size) {
    const a = Math.abs(block[k]);
    if (a > m && Number.isFinite(a)) m = a;
  }
  return m;
}

/**
 * A neuron heatmap's domain, centred on the activation's midpoint so NEUTRAL means "half-way":
 * sigmoid and softmax [0, 1], tanh [−1, 1]; unbounded ones (ReLU, leaky ReLU, linear)
 * [−m, m] with m the largest |a| shown (1 when all are 0).
 */
export function neuronDomain(activation: ActivationName, maxAbs: number): Range {
  switch (activation) {
    case 'sigmoid':
    case 'softmax':
      return [0, 1];
    case 'tanh':
      return [-1, 1];
    case 'relu':
    case 'leaky-relu':
    case 'linear': {
      const m = maxAbs > 0 && Number.isFinite(maxAbs) ? maxAbs : 1;
      return [-m, m];
    }
  }
}
