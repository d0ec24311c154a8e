// A relaxation that did not settle, in words. The trainer refuses such an update through its
// non-finite-loss path (the model's accumulate returns NaN); these helpers turn the trainer's
// generic record into one that names the phase and its last change size.
import type { Divergence } from '../types';
import type { RelaxationPhase, SettleFailure } from './types';

const PHASE: Record<RelaxationPhase, { readonly name: string; readonly delta: string }> = {
  forward: { name: 'forward relaxation', delta: 'max|Δx|' },
  adjoint: { name: 'adjoint relaxation', delta: 'max|Δv|' },
};

/** "the forward relaxation of sample 2 did not settle within 1000 iterations: …" */
export function describeSettleFailure(f: SettleFailure): string {
  const { name, delta } = PHASE[f.phase];
  if (!Number.isFinite(f.lastChange))
    return (
      `the ${name} of sample ${f.sample} did not settle: ${delta} became ` +
      `${String(f.lastChange)} at iteration ${f.iterations}`
    );
  return (
    `the ${name} of sample ${f.sample} did not settle within ${f.iterations} iterations: ` +
    `its last change ${delta} was ${f.lastChange.toExponential(3)} ` +
    `(tolerance ${String(f.tolerance)})`
  );
}

/**
 * The trainer's record of the refused update (it saw a non-finite loss) rewritten to say which
 * relaxation did not settle: quantity 'relaxation', value = the last change size.
 */
export function settleDivergence(d: Divergence, f: SettleFailure): Divergence {
  return {
    ...d,
    quantity: 'relaxation',
    layer: null,
    sample: f.sample,
    value: f.lastChange,
    message: `Update ${d.update}: ${describeSettleFailure(f)}; the update was not applied.`,
  };
}
