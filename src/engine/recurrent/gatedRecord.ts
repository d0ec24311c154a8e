// The LSTM and GRU cells as layer records (like `dense` and `rnn`): one time step forward, one
// step back from ∂L/∂hₜ (and the LSTM's carried ∂L/∂cₜ), and the step's trace, over the tape
// allocated up front. Allocates nothing per pass.
import type { LayerRecord } from '../model';
import { createGatedCache, type GatedCache } from './gatedCache';
import type { GatedLayer } from './gatedLayer';
import { gatedStepTrace } from './gatedTrace';
import type { GatedKind, GatedTimeStepTrace } from './gatedTypes';
import { GRU_CELL, gruStep } from './gruCell';
import { LSTM_CELL, lstmStep } from './lstmCell';
import type { TimeCell } from './bptt';

type Step = (layer: GatedLayer, cache: GatedCache, p: Float64Array, i: number) => void;

export type GatedRecord = LayerRecord<GatedLayer, GatedCache, GatedTimeStepTrace> & {
  /** A tape for sequences of up to maxT steps. */
  createTape(layer: GatedLayer, maxT: number): GatedCache;
};

function gatedRecord(
  kind: GatedKind,
  step: Step,
  cell: TimeCell<GatedLayer, GatedCache>,
): GatedRecord {
  return {
    kind,
    createCache: (layer) => createGatedCache(layer.problem.spec, 1),
    createTape: (layer, maxT) => createGatedCache(layer.problem.spec, maxT),
    /** Step t (0-based) from x and the state in cache.h[t] (and cache.c[t]). */
    forward(layer, cache, p, x, _noise, t) {
      const xt = cache.x[t];
      if (x !== xt) xt.set(x.subarray(0, xt.length));
      step(layer, cache, p, t);
    },
    /**
     * Step t back from cache.dhCur (and cache.dcNext for an LSTM): the cell's gradient into
     * grads, ∂L/∂hₜ₋₁ into cache.dhNext, the gates' deltas into cache.dPre (and summed into
     * cache.dGates); dx = Σ Wx·ᵀ·δ· when asked (GRU's n gate: its input side Wxn).
     */
    backward(layer, cache, p, _x, grads, dx, t) {
      cell.back(layer, cache, p, grads, t);
      if (!dx) return;
      const { inputs: I, hidden: H } = layer.problem.spec;
      dx.fill(0);
      layer.offsets.Wx.forEach((wx, k) => {
        for (let j = 0; j < H; j += 1) {
          const d = cache.dPre[k * H + j];
          for (let m = 0; m < I; m += 1) dx[m] += p[wx + j * I + m] * d;
        }
      });
    },
    trace: (layer, cache, t) => gatedStepTrace(layer, cache, t),
  };
}

export const lstmRecord = gatedRecord('lstm', lstmStep, LSTM_CELL);
export const gruRecord = gatedRecord('gru', gruStep, GRU_CELL);
