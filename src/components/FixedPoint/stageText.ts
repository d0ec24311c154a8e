// The sentence above the fixed-point graph (where the cursor is in the two relaxations, with
// the shown iteration's change size) and the graph's text alternative. Plain text from the
// view model (no maths of its own).
import { formatShort } from '../../viz/format';
import type { FixedPointViewModel } from './types';

/** "3 units driven by 2 inputs; output unit x3. Unit values: x1 = 0.654, …" */
export function graphSummary(model: FixedPointViewModel): string {
  const { spec, stage } = model;
  const outputs = spec.outputUnits.map((u) => `x${u + 1}`).join(', ');
  const values = stage
    ? Array.from(stage.x, (value, j) => `x${j + 1} = ${formatShort(value)}`).join(', ')
    : 'not yet relaxed';
  const plural = spec.outputUnits.length > 1 ? 's' : '';
  return `${spec.units} units driven by ${spec.inputs} inputs; output unit${plural} ${outputs}. Unit values: ${values}.`;
}

export function stageSentence(model: FixedPointViewModel): string {
  const { stage, sample, trace, spec } = model;
  if (!stage || !sample) return 'Relaxing the network…';
  const who =
    trace && trace.samples.length > 1
      ? ` (sample ${model.sampleIndex + 1} of ${trace.samples.length})`
      : '';
  const change = stage.change === null ? '' : formatShort(stage.change);
  switch (stage.stage) {
    case 'forward':
      return `Forward relaxation x ← f(W·x + V·ξ + b), iteration ${stage.iteration} of ${sample.iterations}${who}: max|Δx| = ${change}.`;
    case 'loss':
      return `The net settled at x* after ${sample.iterations} iterations${who}; loss ${formatShort(sample.loss)} at the output unit${spec.outputUnits.length > 1 ? 's' : ''}, e = ∂L/∂x*.`;
    case 'adjoint':
      return `Adjoint relaxation v ← Wᵀ·(D·v) + e, iteration ${stage.iteration} of ${sample.adjointIterations}${who}: max|Δv| = ${change}.`;
    case 'gradients':
      return `Both relaxations settled${who}: every gradient is an outer product, ∂L/∂W = δ·x*ᵀ with δ = D·v*.`;
    case 'fixed-point':
      return sample.settled
        ? `The shown sample settles at x* in ${sample.iterations} iterations and its error settles back in ${sample.adjointIterations}. Step to watch the relaxations iteration by iteration.`
        : `The shown sample does not settle within ${sample.iterations} iterations with these weights.`;
  }
}
