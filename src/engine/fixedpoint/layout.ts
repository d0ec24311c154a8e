// The fixed-point net's parameter blocks over one flat vector — W (units×units), V
// (units×inputs), b (units), contracts.md's order — and their initialisation.
import { createLayout, type ParamLayout } from '../layout';
import type { Rng } from '../random';
import { initRnnParams, type GivenBlocks } from '../recurrent/rnnLayout';
import type { InitName } from '../types';
import type { FixedPointSpec } from './types';

/** W: [N, N] (W[j][i] from unit i to unit j) · V: [N, I] · b: [N]. */
export function fixedPointLayout(spec: Pick<FixedPointSpec, 'units' | 'inputs'>): ParamLayout {
  const { units: N, inputs: I } = spec;
  return createLayout([
    { name: 'W', shape: [N, N], role: 'weight' },
    { name: 'V', shape: [N, I], role: 'weight' },
    { name: 'b', shape: [N], role: 'bias' },
  ]);
}

/** Where the blocks start in the flat vector. */
export interface FixedPointOffsets {
  readonly W: number;
  readonly V: number;
  readonly b: number;
}

export function fixedPointOffsets(
  spec: Pick<FixedPointSpec, 'units' | 'inputs'>,
): FixedPointOffsets {
  const { units: N, inputs: I } = spec;
  return { W: 0, V: N * N, b: N * N + N * I };
}

/**
 * Initial parameters as for the recurrent blocks: W then V drawn from `init` (fan-in/fan-out of
 * each block), b = 0, then the given blocks written over them.
 */
export function initFixedPointParams(
  layout: ParamLayout,
  init: InitName,
  given: GivenBlocks | undefined,
  rng: Rng,
): Float64Array {
  return initRnnParams(layout, init, given, rng);
}
