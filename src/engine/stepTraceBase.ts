// The part of a step trace every network family fills the same way: the trainer's StepParts
// as they are, less `dropout` (a family that has dropout adds it with its own fields).
import type { StepParts } from './model';
import type { UpdateTraceBase } from './types';

/** The family-independent fields of one update's trace, with the family's sample traces. */
export function stepTraceBase<Sample>(
  parts: StepParts<Sample>,
): UpdateTraceBase & { readonly samples: Sample[] } {
  return {
    update: parts.update,
    epoch: parts.epoch,
    loss: parts.loss,
    regularization: parts.regularization,
    trainBiases: parts.trainBiases,
    batch: parts.batch,
    samples: parts.samples,
    batchLoss: parts.batchLoss,
    regularizationLoss: parts.regularizationLoss,
    gradients: parts.gradients,
    before: parts.before,
    after: parts.after,
    optimizer: parts.optimizer,
    ...(parts.clip ? { clip: parts.clip } : {}),
  };
}
