// The gated cells' tape: the Elman tape (x, h, readout, losses, ∂L/∂h) plus every step's gate
// pre-activations and values, the LSTM's cell state and the GRU's reset product, and their
// derivatives — allocated up front for the longest sequence, so passes allocate nothing.
import { createRnnCache, loadSequence, type RnnCache } from './rnnCache';
import { GATES, type GatedSpec } from './gatedTypes';
import type { SequenceDataset } from './types';

/** Index i is step t = i + 1; c has one more row (c[0] = c₀ = 0), as h. */
export interface GatedCache extends RnnCache {
  /** Number of gates G (4 for LSTM, 3 for GRU); gate k of step i is pre[i][k·H …]. */
  readonly G: number;
  /** pre[i]: [G·H] each gate's pre-activation */
  readonly pre: Float64Array[];
  /** act[i]: [G·H] each gate's value */
  readonly act: Float64Array[];
  /** LSTM: c[t] (t = 0 … maxT) and tanh(cₜ) at tc[i] */
  readonly c: Float64Array[];
  readonly tc: Float64Array[];
  /** GRU: reset-after Whn·hₜ₋₁ + bhn; reset-before rₜ⊙hₜ₋₁ */
  readonly aux: Float64Array[];
  /** Sums over sweeps: dc[i] = ∂L/∂cₜ (LSTM), dGates[i] = ∂L/∂(pre-activations) */
  readonly dc: Float64Array[];
  readonly dGates: Float64Array[];
  /** Scratch of one sweep: ∂L/∂cₜ carried to step t − 1 ([H]); one step's dPre [G·H] */
  readonly dcNext: Float64Array;
  readonly dPre: Float64Array;
  /** GRU scratch [H] */
  readonly dAux: Float64Array;
}

function rows(count: number, width: number): Float64Array[] {
  const buffer = new Float64Array(count * width);
  return Array.from({ length: count }, (_, k) => buffer.subarray(k * width, (k + 1) * width));
}

export function createGatedCache(spec: GatedSpec, maxT: number): GatedCache {
  const H = spec.hidden;
  const G = GATES[spec.cell].length;
  const lstm = spec.cell === 'lstm';
  return {
    ...createRnnCache(spec, maxT),
    G,
    pre: rows(maxT, G * H),
    act: rows(maxT, G * H),
    c: rows(lstm ? maxT + 1 : 0, H),
    tc: rows(lstm ? maxT : 0, H),
    aux: rows(lstm ? 0 : maxT, H),
    dc: rows(lstm ? maxT : 0, H),
    dGates: rows(maxT, G * H),
    dcNext: new Float64Array(H),
    dPre: new Float64Array(G * H),
    dAux: new Float64Array(H),
  };
}

/** loadSequence, and c₀ = 0 for an LSTM (mutates cache). */
export function loadGatedSequence(cache: GatedCache, data: SequenceDataset, index: number): void {
  loadSequence(cache, data, index);
  if (cache.c.length > 0) cache.c[0].fill(0);
}
