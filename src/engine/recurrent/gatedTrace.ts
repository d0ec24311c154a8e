// A traced LSTM/GRU sample: fresh copies of the tape's steps in the contract's shape (t x h y
// target loss dLdy dLdh, the gates and their deltas, c and dLdc for LSTM) and the sweeps.
import type { GatedCache } from './gatedCache';
import type { GatedLayer } from './gatedLayer';
import { GATES, type GatedSampleTrace, type GatedTimeStepTrace } from './gatedTypes';
import type { SweepTrace } from './types';

/** Step i (0-based) of the tape after forward, loss and backward, as step t = i + 1. */
export function gatedStepTrace(
  layer: GatedLayer,
  cache: GatedCache,
  i: number,
): GatedTimeStepTrace {
  const H = layer.problem.spec.hidden;
  const scored = cache.scored[i] === 1;
  const gates: Record<string, Float64Array> = {};
  const dGates: Record<string, Float64Array> = {};
  GATES[layer.problem.spec.cell].forEach((name, k) => {
    gates[name] = cache.act[i].slice(k * H, (k + 1) * H);
    dGates[name] = cache.dGates[i].slice(k * H, (k + 1) * H);
  });
  const lstm = layer.problem.spec.cell === 'lstm';
  return {
    t: i + 1,
    x: cache.x[i].slice(),
    h: cache.h[i + 1].slice(),
    y: cache.y[i].slice(),
    target: scored ? cache.target[i].slice() : null,
    loss: scored ? cache.stepLoss[i] : null,
    dLdy: scored ? cache.dy[i].slice() : null,
    dLdh: cache.dh[i].slice(),
    gates,
    dGates,
    c: lstm ? cache.c[i + 1].slice() : null,
    dLdc: lstm ? cache.dc[i].slice() : null,
  };
}

export function buildGatedSampleTrace(
  layer: GatedLayer,
  index: number,
  cache: GatedCache,
  loss: number,
  sweeps: readonly SweepTrace[] | null,
): GatedSampleTrace {
  const steps: GatedTimeStepTrace[] = [];
  for (let i = 0; i < cache.T; i += 1) steps.push(gatedStepTrace(layer, cache, i));
  return { index, steps, loss, sweeps };
}
