// The relaxation chart's data: max|Δ| per iteration of the forward relaxation (x) and of the
// adjoint one (v), cut at the cursor while stepping (the lines grow iteration by iteration),
// the tolerance both stop at, and a sentence of how fast they converged. Pure.
import type { FixedPointSampleTrace } from '../engine/fixedpoint/types';
import { formatShort } from '../viz/format';
import type { RelaxationStage } from './fixedPointRule';

export interface ChangePoint {
  readonly x: number;
  readonly y: number;
}

export interface RelaxationSeries {
  readonly forward: readonly ChangePoint[];
  readonly adjoint: readonly ChangePoint[];
  readonly tolerance: number;
  /** "Forward: 17 iterations to max|Δx| = 3.1e-13; adjoint: 16 …; each shrinks the change …" */
  readonly sentence: string;
}

const points = (change: Float64Array, upTo: number): ChangePoint[] =>
  Array.from(change.subarray(0, upTo), (y, k) => ({ x: k + 1, y }));

/** The points shown at `stage` (everything when not stepping). */
export function relaxationSeries(
  sample: FixedPointSampleTrace,
  stage: RelaxationStage | null,
  tolerance: number,
  radius: number,
): RelaxationSeries {
  const F = sample.forwardChange.length;
  const A = sample.adjointChange.length;
  const kind = stage?.stage ?? 'fixed-point';
  const forwardUpTo = kind === 'forward' ? stage!.iteration : F;
  const adjointUpTo =
    kind === 'forward' || kind === 'loss' ? 0 : kind === 'adjoint' ? stage!.iteration : A;
  const parts = [
    `forward: ${F} iteration${F === 1 ? '' : 's'}${sample.settled ? '' : ' (did not settle)'}, last max|Δx| ${formatShort(sample.forwardChange[F - 1] ?? NaN)}`,
  ];
  if (A > 0)
    parts.push(
      `adjoint: ${A} iteration${A === 1 ? '' : 's'}${sample.adjointSettled ? '' : ' (did not settle)'}, last max|Δv| ${formatShort(sample.adjointChange[A - 1] ?? NaN)}`,
    );
  const rate = Number.isFinite(radius)
    ? radius < 1
      ? ` Both shrink by about ρ(D·W) = ${formatShort(radius)} per iteration near the fixed point.`
      : ` ρ(D·W) = ${formatShort(radius)} is not below 1: near this point the change need not shrink.`
    : '';
  return {
    forward: points(sample.forwardChange, forwardUpTo),
    adjoint: points(sample.adjointChange, adjointUpTo),
    tolerance,
    sentence: `Tolerance ${formatShort(tolerance)}; ${parts.join('; ')}.${rate}`,
  };
}

/**
 * Whether ρ(D·W) promises convergence, in one sentence; `settled` false: the shown relaxation
 * ran out of iterations (ρ is then taken at its last iterate).
 */
export function radiusVerdict(radius: number, settled = true): string {
  if (!Number.isFinite(radius)) return 'ρ(D·W) is not known yet.';
  if (!settled)
    return radius < 1
      ? `ρ(D·W) = ${formatShort(radius)} < 1 at the last iterate: the relaxation is converging, but needs more iterations than allowed to reach the tolerance.`
      : `ρ(D·W) = ${formatShort(radius)} ≥ 1 at the last iterate: the relaxation need not converge at all.`;
  return radius < 1
    ? `ρ(D·W) = ${formatShort(radius)} < 1: near x* each iteration of either relaxation shrinks the change by about this factor, so both settle.`
    : `ρ(D·W) = ${formatShort(radius)} ≥ 1: the relaxations need not settle near x*; an update whose relaxation does not settle is refused.`;
}
