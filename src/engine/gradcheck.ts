// Gradient check: backpropagated gradients of one sample against finite differences.
// Evaluates a copy of the parameters; the network passed in is left exactly as it was.
import { backward, createWorkspace, forward, sampleLoss } from './propagate';
import { addPenaltyGradient, penalty } from './regularization';
import { blockOf, roleMask } from './layout';
import { mlpBlockNames } from './network';
import type { LossName, Network, RegularizationConfig } from './types';

export interface GradientCheckOptions {
  /** Step h of the differences (default 1e-3, see below). */
  readonly epsilon?: number;
  readonly regularization?: RegularizationConfig;
}

export interface LayerCheck {
  /** 1-based non-input layer. */
  readonly layer: number;
  readonly weights: number;
  readonly biases: number;
}

export interface GradientCheck {
  readonly layers: readonly LayerCheck[];
  /** The largest error over every parameter. */
  readonly worst: number;
  readonly analytic: Float64Array;
  readonly numeric: Float64Array;
}

/** Below this magnitude, errors are measured on this scale (round-off would dominate). */
export const GRADCHECK_FLOOR = 1e-4;

/**
 * For every parameter θ_k, the fourth-order central difference
 *   n_k = [8(L(θ+h) − L(θ−h)) − (L(θ+2h) − L(θ−2h))] / (12h)
 * (truncation error O(h⁴), so h = 1e-3 keeps both truncation and round-off near 1e-12),
 * compared with backpropagation's a_k by |a_k − n_k| / max(|a_k|, |n_k|, 1e-4).
 * L includes the regularization penalty when one is given.
 */
export function gradientCheck(
  net: Network,
  loss: LossName,
  input: Float64Array,
  target: Float64Array,
  options: GradientCheckOptions = {},
): GradientCheck {
  const h = options.epsilon ?? 1e-3;
  const reg = options.regularization ?? { kind: 'none' as const };
  const probe: Network = { ...net, params: net.params.slice() };
  const isWeight = roleMask(net.layout, 'weight');
  const ws = createWorkspace(net.sizes, false);
  ws.x.set(input);
  ws.t.set(target);
  const lossAt = (): number => {
    forward(probe, ws, 0, null);
    return sampleLoss(probe, ws, loss) + penalty(probe.params, isWeight, reg);
  };

  const P = probe.params.length;
  const analytic = new Float64Array(P);
  forward(probe, ws, 0, null);
  backward(probe, ws, loss, analytic);
  addPenaltyGradient(analytic, probe.params, isWeight, reg);

  const numeric = new Float64Array(P);
  const errors = new Float64Array(P);
  for (let k = 0; k < P; k += 1) {
    const original = probe.params[k];
    const at = (offset: number): number => {
      probe.params[k] = original + offset;
      return lossAt();
    };
    const d1 = at(h) - at(-h);
    const d2 = at(2 * h) - at(-2 * h);
    probe.params[k] = original;
    numeric[k] = (8 * d1 - d2) / (12 * h);
    const a = analytic[k];
    const n = numeric[k];
    errors[k] = Math.abs(a - n) / Math.max(Math.abs(a), Math.abs(n), GRADCHECK_FLOOR);
  }

  let worst = 0;
  const largest = (name: string): number => {
    const block = blockOf(net.layout, name);
    let e = 0;
    for (let k = block.offset; k < block.offset + block.size; k += 1) e = Math.max(e, errors[k]);
    return e;
  };
  const layers = net.layers.map((_, l) => {
    const names = mlpBlockNames(l);
    const w = largest(names.W);
    const b = largest(names.b);
    worst = Math.max(worst, w, b);
    return { layer: l + 1, weights: w, biases: b };
  });
  return { layers, worst, analytic, numeric };
}
