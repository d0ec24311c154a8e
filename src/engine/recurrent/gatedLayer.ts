// The gated layer a cell's step reads (its problem and block offsets), and the gates'
// squashing functions written into an array slot (the engine's deterministic exp and tanh).
import { detExpInto, detTanhInto } from '../detMath';
import type { GatedOffsets } from './gatedLayout';
import type { GatedProblem } from './gatedTypes';

export interface GatedLayer {
  readonly problem: GatedProblem;
  readonly offsets: GatedOffsets;
}

/** out[k] = σ(z), from e^−|z| so that it never overflows (as the sigmoid activation). */
export function sigmoidInto(out: Float64Array, k: number, z: number): void {
  if (z >= 0) {
    detExpInto(out, k, -z);
    out[k] = 1 / (1 + out[k]);
  } else {
    detExpInto(out, k, z);
    out[k] = out[k] / (1 + out[k]);
  }
}

export const tanhInto = detTanhInto;

/**
 * s = b[j] + W_x[j,:]·x + (W_h[j,:]·h when h is given): one unit's affine input to a gate,
 * rows of the flat parameters `p` at offsets bx, wx, wh.
 */
export function affine(
  p: Float64Array,
  b: number,
  wx: number,
  x: Float64Array,
  I: number,
  wh: number,
  h: Float64Array | null,
  H: number,
  j: number,
): number {
  let s = p[b + j];
  const rx = wx + j * I;
  for (let m = 0; m < I; m += 1) s += p[rx + m] * x[m];
  if (h) {
    const rh = wh + j * H;
    for (let m = 0; m < H; m += 1) s += p[rh + m] * h[m];
  }
  return s;
}

/**
 * For one gate's delta d (one unit j): ∂Wx[j,:] += d·x, ∂Wh[j,:] += d·h, ∂b[j] += d (mutates
 * grads), and dhNext += Wh[j,:]ᵀ·d.
 */
export function backGate(
  p: Float64Array,
  grads: Float64Array | null,
  b: number,
  wx: number,
  x: Float64Array,
  I: number,
  wh: number,
  h: Float64Array,
  H: number,
  j: number,
  d: number,
  dhNext: Float64Array,
): void {
  const rx = wx + j * I;
  const rh = wh + j * H;
  if (grads) {
    grads[b + j] += d;
    for (let m = 0; m < I; m += 1) grads[rx + m] += d * x[m];
    for (let m = 0; m < H; m += 1) grads[rh + m] += d * h[m];
  }
  for (let m = 0; m < H; m += 1) dhNext[m] += p[rh + m] * d;
}
