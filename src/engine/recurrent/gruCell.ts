// The GRU cell (contracts.md), in both conventions: reset-after (PyTorch's default) and
// reset-before. One time step forward over the gated tape, one step back for the shared
// BPTT driver. Allocates nothing.
import type { TimeCell } from './bptt';
import type { GatedCache } from './gatedCache';
import { affine, backGate, sigmoidInto, tanhInto, type GatedLayer } from './gatedLayer';

/**
 * Step i (0-based), from hₜ₋₁ = cache.h[i] (mutates cache):
 *   rₜ = σ(Wxr·x + Whr·hₜ₋₁ + br), zₜ = σ(Wxz·x + Whz·hₜ₋₁ + bz)
 *   reset-after:  nₜ = tanh(Wxn·x + bxn + rₜ⊙(Whn·hₜ₋₁ + bhn))   (aux = Whn·hₜ₋₁ + bhn)
 *   reset-before: nₜ = tanh(Wxn·x + bxn + Whn·(rₜ⊙hₜ₋₁) + bhn)   (aux = rₜ⊙hₜ₋₁)
 *   hₜ = (1 − zₜ)⊙nₜ + zₜ⊙hₜ₋₁
 */
export function gruStep(layer: GatedLayer, cache: GatedCache, p: Float64Array, i: number): void {
  const { inputs: I, hidden: H, gru } = layer.problem.spec;
  const { Wx, Wh, b, bhn } = layer.offsets;
  const x = cache.x[i];
  const hPrev = cache.h[i];
  const pre = cache.pre[i];
  const act = cache.act[i];
  const aux = cache.aux[i];
  for (let k = 0; k < 2; k += 1) {
    for (let j = 0; j < H; j += 1) {
      const s = affine(p, b[k], Wx[k], x, I, Wh[k], hPrev, H, j);
      pre[k * H + j] = s;
      sigmoidInto(act, k * H + j, s);
    }
  }
  const after = gru === 'reset-after';
  if (after) for (let j = 0; j < H; j += 1) aux[j] = affine(p, bhn, Wh[2], hPrev, H, 0, null, 0, j);
  else for (let j = 0; j < H; j += 1) aux[j] = act[j] * hPrev[j];
  const h = cache.h[i + 1];
  for (let j = 0; j < H; j += 1) {
    const sx = affine(p, b[2], Wx[2], x, I, 0, null, 0, j);
    const s = after ? sx + act[j] * aux[j] : sx + affine(p, bhn, Wh[2], aux, H, 0, null, 0, j);
    pre[2 * H + j] = s;
    tanhInto(act, 2 * H + j, s);
    const z = act[H + j];
    h[j] = (1 - z) * act[2 * H + j] + z * hPrev[j];
  }
}

/**
 * Step i back, from dh = cache.dhCur (total ∂L/∂hₜ):
 *   δn = dh⊙(1 − zₜ)⊙(1 − nₜ²),  δz = dh⊙(hₜ₋₁ − nₜ)⊙zₜ(1 − zₜ),  dhNext = dh⊙zₜ + …
 *   reset-after:  dAux = δn⊙rₜ (∂L/∂(Whn·hₜ₋₁ + bhn)), δr = δn⊙aux⊙rₜ(1 − rₜ)
 *                 ∂Whn += dAux·hₜ₋₁ᵀ, ∂bhn += dAux, dhNext += Whnᵀ·dAux
 *   reset-before: dAux = Whnᵀ·δn (∂L/∂(rₜ⊙hₜ₋₁)), δr = dAux⊙hₜ₋₁⊙rₜ(1 − rₜ)
 *                 ∂Whn += δn·auxᵀ, ∂bhn += δn, dhNext += dAux⊙rₜ
 *   ∂Wxn += δn·xᵀ, ∂bxn += δn; r and z: ∂Wx· += δ·xᵀ, ∂Wh· += δ·hₜ₋₁ᵀ, ∂b· += δ, dhNext += Wh·ᵀ·δ
 */
export const GRU_CELL: TimeCell<GatedLayer, GatedCache> = {
  back(layer, cache, p, grads, i) {
    const { inputs: I, hidden: H, gru } = layer.problem.spec;
    const { Wx, Wh, b, bhn } = layer.offsets;
    const { dhCur, dhNext, dPre, dAux } = cache;
    const act = cache.act[i];
    const aux = cache.aux[i];
    const x = cache.x[i];
    const hPrev = cache.h[i];
    const after = gru === 'reset-after';
    for (let j = 0; j < H; j += 1) {
      const z = act[H + j];
      const n = act[2 * H + j];
      const dh = dhCur[j];
      dPre[2 * H + j] = dh * (1 - z) * (1 - n * n);
      dPre[H + j] = dh * (hPrev[j] - n) * z * (1 - z);
      dhNext[j] = dh * z;
    }
    const wn = Wh[2];
    if (after) {
      for (let j = 0; j < H; j += 1) {
        const r = act[j];
        dAux[j] = dPre[2 * H + j] * r;
        dPre[j] = dPre[2 * H + j] * aux[j] * r * (1 - r);
      }
      for (let j = 0; j < H; j += 1)
        backGate(p, grads, bhn, 0, x, 0, wn, hPrev, H, j, dAux[j], dhNext);
    } else {
      dAux.fill(0);
      for (let j = 0; j < H; j += 1) {
        const d = dPre[2 * H + j];
        const rh = wn + j * H;
        for (let m = 0; m < H; m += 1) dAux[m] += p[rh + m] * d;
        if (grads) {
          grads[bhn + j] += d;
          for (let m = 0; m < H; m += 1) grads[rh + m] += d * aux[m];
        }
      }
      for (let j = 0; j < H; j += 1) {
        const r = act[j];
        dPre[j] = dAux[j] * hPrev[j] * r * (1 - r);
        dhNext[j] += dAux[j] * r;
      }
    }
    // Wxn and bxn: the n gate's input side (no recurrent row here: Whn was handled above)
    if (grads) {
      for (let j = 0; j < H; j += 1) {
        const d = dPre[2 * H + j];
        grads[b[2] + j] += d;
        const rx = Wx[2] + j * I;
        for (let m = 0; m < I; m += 1) grads[rx + m] += d * x[m];
      }
    }
    for (let k = 0; k < 2; k += 1)
      for (let j = 0; j < H; j += 1)
        backGate(p, grads, b[k], Wx[k], x, I, Wh[k], hPrev, H, j, dPre[k * H + j], dhNext);
    const dGates = cache.dGates[i];
    for (let k = 0; k < 3 * H; k += 1) dGates[k] += dPre[k];
  },
  begin() {},
  clear(cache, T) {
    for (let i = 0; i < T; i += 1) cache.dGates[i].fill(0);
  },
};
