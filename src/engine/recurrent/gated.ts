// An LSTM or GRU: its problem, layout and flat parameters, the forward and backward passes
// through time (the shared readout and BPTT driver around the kind's cell), and one
// sequence's loss, gradient and trace. Pure; the untraced path allocates nothing.
import type { ParamLayout } from '../layout';
import type { Rng } from '../random';
import type { InitName } from '../types';
import { backThroughTime, listSweeps, type TimeCell } from './bptt';
import { loadGatedSequence, type GatedCache } from './gatedCache';
import type { GatedLayer } from './gatedLayer';
import { gatedLayout, gatedOffsets, type GatedOffsets } from './gatedLayout';
import { buildGatedSampleTrace } from './gatedTrace';
import type { GatedKind, GatedProblem, GatedSampleTrace } from './gatedTypes';
import { GRU_CELL, gruStep } from './gruCell';
import { LSTM_CELL, lstmStep } from './lstmCell';
import { forwardThroughTime, rnnLoss } from './rnnForward';
import { initRnnParams, type GivenBlocks } from './rnnLayout';
import type { SequenceDataset, SweepTrace } from './types';

export interface Gated extends GatedLayer {
  readonly layout: ParamLayout;
  readonly offsets: GatedOffsets;
  /** The cell's blocks, then Why, by, in layout order; mutated in place by training. */
  readonly params: Float64Array;
}

type Step = (layer: GatedLayer, cache: GatedCache, p: Float64Array, i: number) => void;
const CELLS: Record<GatedKind, { step: Step; cell: TimeCell<GatedLayer, GatedCache> }> = {
  lstm: { step: lstmStep, cell: LSTM_CELL },
  gru: { step: gruStep, cell: GRU_CELL },
};

/** Matrices drawn from `init` in layout order (as for the RNN), biases 0, given blocks over. */
export function createGated(
  problem: GatedProblem,
  init: InitName,
  given: GivenBlocks | undefined,
  rng: Rng,
): Gated {
  const layout = gatedLayout(problem.spec);
  return {
    problem,
    layout,
    offsets: gatedOffsets(problem.spec, layout),
    params: initRnnParams(layout, init, given, rng),
  };
}

/** Steps from … to (1-based, default 1 … T) forward from the state before `from`. */
export function gatedForward(
  layer: GatedLayer,
  p: Float64Array,
  cache: GatedCache,
  from = 1,
  to = cache.T,
): void {
  forwardThroughTime(CELLS[layer.problem.spec.cell].step, layer, p, cache, from, to);
}

/** Full or truncated BPTT of the last forward pass and loss (as rnnBackward). */
export function gatedBackward(
  layer: GatedLayer,
  p: Float64Array,
  cache: GatedCache,
  grads: Float64Array | null,
  sweeps: SweepTrace[] | null = null,
): void {
  backThroughTime(CELLS[layer.problem.spec.cell].cell, layer, p, cache, grads, sweeps);
}

/** One sequence forward, its loss L, and (grads given) ∂L/∂θ added into grads. */
export function gatedSequenceStep(
  net: Gated,
  cache: GatedCache,
  data: SequenceDataset,
  index: number,
  grads: Float64Array | null,
  params: Float64Array = net.params,
): number {
  loadGatedSequence(cache, data, index);
  gatedForward(net, params, cache);
  const loss = rnnLoss(net.problem, cache);
  if (grads) gatedBackward(net, params, cache, grads);
  return loss;
}

/** As gatedSequenceStep with a gradient, and the sample's full trace. */
export function traceGatedSequence(
  net: Gated,
  cache: GatedCache,
  data: SequenceDataset,
  index: number,
  grads: Float64Array | null,
): GatedSampleTrace {
  loadGatedSequence(cache, data, index);
  gatedForward(net, net.params, cache);
  const loss = rnnLoss(net.problem, cache);
  gatedBackward(net, net.params, cache, grads);
  return buildGatedSampleTrace(net, index, cache, loss, listSweeps(net.problem, cache));
}
