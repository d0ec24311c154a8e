// An Elman RNN's parameters: its problem (spec, sequence settings, loss), the named blocks of
// its layout and the flat vector, initialized from a seeded stream or given. No passes here
// (rnn.ts runs them), so what only needs the starting weights loads nothing else.
import type { ParamLayout } from '../layout';
import type { Rng } from '../random';
import type { InitName } from '../types';
import {
  initRnnParams,
  rnnLayout,
  rnnOffsets,
  type GivenBlocks,
  type RnnOffsets,
} from './rnnLayout';
import type { RnnProblem } from './types';

export interface Rnn {
  readonly problem: RnnProblem;
  readonly layout: ParamLayout;
  readonly offsets: RnnOffsets;
  /** Wxh, Whh, bh, Why, by in layout order; mutated in place by training. */
  readonly params: Float64Array;
}

export function createRnn(
  problem: RnnProblem,
  init: InitName,
  given: GivenBlocks | undefined,
  rng: Rng,
): Rnn {
  const layout = rnnLayout(problem.spec);
  return {
    problem,
    layout,
    offsets: rnnOffsets(layout),
    params: initRnnParams(layout, init, given, rng),
  };
}
