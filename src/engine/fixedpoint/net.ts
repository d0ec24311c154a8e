// A fixed-point net: its spec, layout, block offsets and flat parameters, and one sample's
// full Almeida–Pineda pass (forward relaxation, loss, adjoint relaxation, gradients).
import type { ParamLayout } from '../layout';
import type { Rng } from '../random';
import type { GivenBlocks } from '../recurrent/rnnLayout';
import type { InitName, LossName } from '../types';
import {
  fixedPointLayout,
  fixedPointOffsets,
  initFixedPointParams,
  type FixedPointOffsets,
} from './layout';
import {
  addGradients,
  outputLoss,
  relaxAdjoint,
  relaxForward,
  type FixedPointCache,
} from './relax';
import type { FixedPointSpec, RelaxationPhase } from './types';

export interface FixedPointNet {
  readonly spec: FixedPointSpec;
  readonly layout: ParamLayout;
  readonly offsets: FixedPointOffsets;
  /** W, V, b in layout order; mutated in place by training. */
  readonly params: Float64Array;
}

export function createFixedPointNet(
  spec: FixedPointSpec,
  init: InitName,
  given: GivenBlocks | undefined,
  rng: Rng,
): FixedPointNet {
  const layout = fixedPointLayout(spec);
  return {
    spec,
    layout,
    offsets: fixedPointOffsets(spec),
    params: initFixedPointParams(layout, init, given, rng),
  };
}

/**
 * The sample already loaded in `c` (loadSample): forward relaxation, the loss (into c.loss),
 * then — when the loss is finite — the adjoint relaxation, and when both settled the gradient
 * added into `grads` (skipped when null). Returns the phase that did not settle, or null.
 * `params` defaults to the net's own (the gradient check probes a copy). Allocates nothing.
 */
export function fixedPointPass(
  net: FixedPointNet,
  loss: LossName,
  c: FixedPointCache,
  grads: Float64Array | null,
  params: Float64Array = net.params,
): RelaxationPhase | null {
  const { spec, offsets } = net;
  c.adjointIterations = 0;
  c.adjointSettled = false;
  c.v.fill(0);
  c.delta.fill(0);
  if (!relaxForward(spec, offsets, params, c)) {
    c.loss = NaN;
    c.e.fill(0);
    return 'forward';
  }
  if (!Number.isFinite(outputLoss(spec, loss, c))) return null;
  if (!relaxAdjoint(spec, offsets, params, c)) return 'adjoint';
  if (grads) addGradients(spec, offsets, c, grads);
  return null;
}
