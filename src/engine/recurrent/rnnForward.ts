// The Elman RNN forward pass over one loaded sequence, and its loss over time. Reads the
// flat parameters through the layout's offsets; writes only into the cache.
import { getActivation } from '../activations';
import { crossEntropyFromLogits, getLoss, hasFusedDelta } from '../losses';
import type { ActivationName } from '../types';
import type { ReadoutLayer } from './bptt';
import type { RnnCache } from './rnnCache';
import { NO_NOISE, rnnRecord, type RnnLayer } from './rnnRecord';
import type { RnnProblem } from './types';

/**
 * For t = from … to (default 1 … T), from the state already in cache.h[from − 1] (h₀ = 0
 * unless a caller froze another state there; mutates cache):
 *   aₜ = Wxh·xₜ + Whh·hₜ₋₁ + bh,  hₜ = f(aₜ),  yₜ = g(Why·hₜ + by)  (yₜ = hₜ without a readout)
 * Wxh: [H, I], Whh: [H, H], bh: [H], Why: [O, H], by: [O].
 */
export function rnnForward(
  layer: RnnLayer,
  p: Float64Array,
  cache: RnnCache,
  from = 1,
  to = cache.T,
): void {
  forwardThroughTime(elmanStep, layer, p, cache, from, to);
}

const elmanStep = (layer: RnnLayer, cache: RnnCache, p: Float64Array, i: number): void => {
  rnnRecord.forward(layer, cache, p, cache.x[i], NO_NOISE, i);
};

/**
 * rnnForward for any cell: `step` writes hₜ (cache.h[i + 1]) of step i (0-based) from
 * cache.x[i] and the state before it; the readout yₜ = g(Why·hₜ + by) is shared.
 */
export function forwardThroughTime<L extends ReadoutLayer, C extends RnnCache>(
  step: (layer: L, cache: C, p: Float64Array, i: number) => void,
  layer: L,
  p: Float64Array,
  cache: C,
  from = 1,
  to = cache.T,
): void {
  const { problem, offsets: at } = layer;
  const { hidden: H, outputs: O, readout } = problem.spec;
  const g = getActivation(problem.spec.outputActivation);
  for (let i = from - 1; i < to; i += 1) {
    step(layer, cache, p, i);
    if (!readout) continue;
    const h = cache.h[i + 1];
    const z = cache.z[i];
    for (let o = 0; o < O; o += 1) {
      let s = p[at.by + o];
      const r = at.Why + o * H;
      for (let k = 0; k < H; k += 1) s += p[r + k] * h[k];
      z[o] = s;
    }
    g.forward(z, cache.y[i], O);
  }
}

/** The activation the loss sees: the readout's g, or the hidden f without a readout. */
export function lossActivation(problem: RnnProblem): ActivationName {
  return problem.spec.readout ? problem.spec.outputActivation : problem.spec.activation;
}

/**
 * The sequence's loss L = c·Σ_{scored t} ℓₜ (c = 1 for `sum`, 1/#scored for `mean`), and
 * for every scored step ℓₜ, dy = ∂L/∂yₜ = c·∂ℓₜ/∂yₜ and (readout) dz = ∂L/∂zₜ (mutates cache).
 * Cross-entropy after a softmax or sigmoid readout uses dz = c·(y − t) and the logits' form.
 */
export function rnnLoss(problem: RnnProblem, cache: RnnCache): number {
  const { outputs: O, readout } = problem.spec;
  const act = lossActivation(problem);
  const loss = getLoss(problem.loss);
  const fused = readout && hasFusedDelta(problem.loss, act);
  const g = getActivation(problem.spec.outputActivation);
  const T = cache.T;
  let count = 0;
  for (let i = 0; i < T; i += 1) count += cache.scored[i];
  const c = problem.sequence.lossOverTime === 'mean' ? 1 / count : 1;
  let total = 0;
  for (let i = 0; i < T; i += 1) {
    if (!cache.scored[i]) continue;
    const y = cache.y[i];
    const t = cache.target[i];
    const l = fused ? crossEntropyFromLogits(cache.z[i], t, O, act) : loss.value(y, t, O, act);
    cache.stepLoss[i] = l;
    total += l;
    const dy = cache.dy[i];
    loss.grad(y, t, dy, O, act);
    for (let k = 0; k < O; k += 1) dy[k] *= c;
    if (!readout) continue;
    const dz = cache.dz[i];
    if (fused) for (let k = 0; k < O; k += 1) dz[k] = c * (y[k] - t[k]);
    else g.backward(cache.z[i], y, dy, dz, O);
  }
  return c * total;
}
