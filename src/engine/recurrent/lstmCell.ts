// The LSTM cell (contracts.md): one time step forward over the gated tape, and one step back
// for the shared BPTT driver, carrying ∂L/∂c back through the forget gate. Allocates nothing.
import type { TimeCell } from './bptt';
import type { GatedCache } from './gatedCache';
import { affine, backGate, sigmoidInto, tanhInto, type GatedLayer } from './gatedLayer';

/**
 * Step i (0-based), from hₜ₋₁ = cache.h[i], cₜ₋₁ = cache.c[i] (mutates cache):
 *   iₜ = σ(Wxi·x + Whi·hₜ₋₁ + bi), fₜ, oₜ likewise, gₜ = tanh(Wxg·x + Whg·hₜ₋₁ + bg)
 *   cₜ = fₜ⊙cₜ₋₁ + iₜ⊙gₜ,  hₜ = oₜ⊙tanh(cₜ)
 */
export function lstmStep(layer: GatedLayer, cache: GatedCache, p: Float64Array, i: number): void {
  const { inputs: I, hidden: H } = layer.problem.spec;
  const { Wx, Wh, b } = layer.offsets;
  const x = cache.x[i];
  const hPrev = cache.h[i];
  const cPrev = cache.c[i];
  const pre = cache.pre[i];
  const act = cache.act[i];
  for (let k = 0; k < 4; k += 1) {
    for (let j = 0; j < H; j += 1) {
      const s = affine(p, b[k], Wx[k], x, I, Wh[k], hPrev, H, j);
      pre[k * H + j] = s;
      if (k === 2) tanhInto(act, k * H + j, s);
      else sigmoidInto(act, k * H + j, s);
    }
  }
  const c = cache.c[i + 1];
  const tc = cache.tc[i];
  const h = cache.h[i + 1];
  for (let j = 0; j < H; j += 1) {
    c[j] = act[H + j] * cPrev[j] + act[j] * act[2 * H + j];
    tanhInto(tc, j, c[j]);
    h[j] = act[3 * H + j] * tc[j];
  }
}

/**
 * Step i back, from dh = cache.dhCur (total ∂L/∂hₜ) and the carried ∂L/∂cₜ part
 * cache.dcNext = dcₜ₊₁⊙fₜ₊₁:
 *   dcₜ = dcNext + dh⊙oₜ⊙(1 − tanh²cₜ)
 *   δi = dcₜ⊙gₜ⊙iₜ(1−iₜ), δf = dcₜ⊙cₜ₋₁⊙fₜ(1−fₜ), δg = dcₜ⊙iₜ⊙(1−gₜ²), δo = dh⊙tanh cₜ⊙oₜ(1−oₜ)
 *   ∂Wx· += δ·xᵀ, ∂Wh· += δ·hₜ₋₁ᵀ, ∂b· += δ;  dhNext = Σ Wh·ᵀ·δ·;  dcNext = dcₜ⊙fₜ
 */
export const LSTM_CELL: TimeCell<GatedLayer, GatedCache> = {
  back(layer, cache, p, grads, i) {
    const { inputs: I, hidden: H } = layer.problem.spec;
    const { Wx, Wh, b } = layer.offsets;
    const { dhCur, dhNext, dcNext, dPre } = cache;
    const act = cache.act[i];
    const tc = cache.tc[i];
    const cPrev = cache.c[i];
    const dcSum = cache.dc[i];
    for (let j = 0; j < H; j += 1) {
      const ig = act[j];
      const fg = act[H + j];
      const gg = act[2 * H + j];
      const og = act[3 * H + j];
      const dc = dcNext[j] + dhCur[j] * og * (1 - tc[j] * tc[j]);
      dPre[j] = dc * gg * ig * (1 - ig);
      dPre[H + j] = dc * cPrev[j] * fg * (1 - fg);
      dPre[2 * H + j] = dc * ig * (1 - gg * gg);
      dPre[3 * H + j] = dhCur[j] * tc[j] * og * (1 - og);
      dcSum[j] += dc;
      dcNext[j] = dc * fg;
    }
    const dGates = cache.dGates[i];
    for (let k = 0; k < 4 * H; k += 1) dGates[k] += dPre[k];
    const x = cache.x[i];
    const hPrev = cache.h[i];
    dhNext.fill(0);
    for (let k = 0; k < 4; k += 1)
      for (let j = 0; j < H; j += 1)
        backGate(p, grads, b[k], Wx[k], x, I, Wh[k], hPrev, H, j, dPre[k * H + j], dhNext);
  },
  begin(cache) {
    cache.dcNext.fill(0);
  },
  clear(cache, T) {
    for (let i = 0; i < T; i += 1) {
      cache.dc[i].fill(0);
      cache.dGates[i].fill(0);
    }
  },
};
