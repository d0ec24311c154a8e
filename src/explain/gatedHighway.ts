// The gated cells' gradient highway across time: the LSTM's cell state cₜ = fₜ⊙cₜ₋₁ + …, whose
// gradient goes back multiplied by the forget gates only, and the GRU's hₜ = zₜ⊙hₜ₋₁ + …,
// multiplied by the update gates. For one unit, the running product of those gates from the
// last step back, and the norms ‖∂L/∂hₜ‖ and ‖∂L/∂cₜ‖ per step. Pure: numbers and words.
import type { GatedSampleTrace } from '../engine/recurrent/gatedTypes';
import { powerOfTen, type StepNorm } from './gradientThroughTime';

export interface HighwayStep {
  /** 1-based step, as on screen. */
  readonly t: number;
  /** The gate that carries the highway into this step from the one before: fₜ (LSTM) or zₜ (GRU). */
  readonly gate: number;
  /**
   * The product of the gates of steps t+1 … T: what is left of a gradient at T on arriving at t
   * (null where truncated BPTT cuts the path: see truncationWindow.cutHighway).
   */
  readonly product: number | null;
  /** The state on the highway: cₜ (LSTM) or hₜ (GRU). */
  readonly state: number;
}

export interface Highway {
  /** "f" or "z". */
  readonly gateName: string;
  /** "c" or "h". */
  readonly stateName: string;
  readonly j: number;
  readonly steps: readonly HighwayStep[];
  readonly sentence: string;
}

/**
 * Unit j's highway: the gate per step and the running product Π_{k=t+1}^{T} gate_k (1 at T).
 * Along the highway alone, ∂c_T/∂cₜ (LSTM) is exactly this product; for the GRU it is the
 * direct part of ∂h_T/∂hₜ (the other paths go through the gates and the candidate).
 */
export function gatedHighway(sample: GatedSampleTrace, lstm: boolean, j: number): Highway {
  const gateName = lstm ? 'f' : 'z';
  const stateName = lstm ? 'c' : 'h';
  const T = sample.steps.length;
  const products = new Array<number>(T).fill(1);
  for (let t = T - 2; t >= 0; t -= 1)
    products[t] = products[t + 1] * sample.steps[t + 1].gates[gateName][j];
  const steps = sample.steps.map((st, t) => ({
    t: st.t,
    gate: st.gates[gateName][j],
    product: products[t],
    state: lstm ? (st.c?.[j] ?? NaN) : st.h[j],
  }));
  const first = products[0] ?? 1;
  const sentence =
    T < 2
      ? 'A sequence of one step: nothing to carry back.'
      : `Along the ${lstm ? 'cell-state' : 'update-gate'} highway of unit ${j + 1}, a gradient at t = ${T} keeps ${powerOfTen(first)} of its size on reaching t = 1 (the product of the ${gateName} gates of steps 2…${T}).`;
  return { gateName, stateName, j, steps, sentence };
}

/** ‖∂L/∂cₜ‖₂ per step (LSTM; empty for a GRU). */
export function dLdcNorms(sample: GatedSampleTrace): StepNorm[] {
  return sample.steps.flatMap((st) =>
    st.dLdc ? [{ t: st.t, norm: Math.sqrt(st.dLdc.reduce((s, v) => s + v * v, 0)) }] : [],
  );
}
