// Copies of the workspace and optimizer into a StepTrace: what one update did, in full.
// Only called for traced steps; every array is a fresh copy the caller may keep.
import type { Optimizer } from './optimizers';
import type { Workspace } from './propagate';
import type { GradientClip, Network, SampleTrace, StepTrace, TrainerConfig } from './types';

// slice() copies a typed array far faster than Float64Array.from (no iterator protocol).
const copy = (a: Float64Array): Float64Array => a.slice();

/** The trace of the sample last propagated through `ws`, whose loss was `loss`. */
export function buildSampleTrace(
  index: number,
  ws: Workspace,
  withMasks: boolean,
  loss: number,
): SampleTrace {
  return {
    index,
    input: copy(ws.x),
    target: copy(ws.t),
    layers: ws.z.map((z, l) => {
      const mask = ws.mask[l];
      return {
        z: copy(z),
        a: copy(ws.a[l]),
        dLda: copy(ws.da[l]),
        delta: copy(ws.dz[l]),
        mask: withMasks && mask ? copy(mask) : null,
      };
    }),
    loss,
  };
}

export interface StepTraceParts {
  readonly update: number;
  readonly epoch: number;
  readonly net: Network;
  readonly config: TrainerConfig;
  readonly batch: number[];
  readonly samples: SampleTrace[];
  readonly batchLoss: number;
  readonly regularizationLoss: number;
  readonly gradients: Float64Array;
  readonly before: Float64Array;
  readonly after: Float64Array;
  readonly optimizer: Optimizer;
  readonly clip?: GradientClip;
}

export function buildStepTrace(parts: StepTraceParts): StepTrace {
  const { net, config, optimizer, before, after } = parts;
  const state: Record<string, Float64Array> = {};
  for (const [name, arr] of Object.entries(optimizer.state())) state[name] = copy(arr);
  const change = new Float64Array(after.length);
  for (let k = 0; k < after.length; k += 1) change[k] = after[k] - before[k];
  return {
    update: parts.update,
    epoch: parts.epoch,
    sizes: [...net.sizes],
    activations: net.activations.map((a) => a.name),
    loss: config.loss,
    regularization: config.regularization,
    trainBiases: config.trainBiases,
    dropout: config.dropout,
    batch: parts.batch,
    samples: parts.samples,
    batchLoss: parts.batchLoss,
    regularizationLoss: parts.regularizationLoss,
    gradients: parts.gradients,
    before,
    after,
    optimizer: { config: optimizer.config, t: optimizer.t, state, change },
    ...(parts.clip ? { clip: parts.clip } : {}),
  };
}
