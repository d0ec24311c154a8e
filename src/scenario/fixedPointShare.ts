// A fixed-point scenario's engine spec and starting parameters, for the page (share links,
// settings) as well as the runs: the seed's draw (or the scenario's own blocks W V b) and those
// parameters written back into the scenario. Pure; nothing of the trainer, the data loaders or
// the relaxations (the page's first load holds this).
import { createRng } from '../engine/random';
import { fixedPointLayout, initFixedPointParams } from '../engine/fixedpoint/layout';
import type { FixedPointSpec } from '../engine/fixedpoint/types';
import { nestedByName } from '../engine/layout';
import type { FixedPointScenario } from './fixedPointSchema';

type Blocks = NonNullable<FixedPointScenario['network']['weights']>;

/** The engine's spec: the scenario's network with the start state filled in (zeros). */
export function fixedPointSpecOf(s: FixedPointScenario): FixedPointSpec {
  const { units, inputs, outputUnits, activation, relaxation } = s.network;
  return {
    units,
    inputs,
    outputUnits,
    activation,
    relaxation: {
      start: relaxation.start ?? new Array<number>(units).fill(0),
      tolerance: relaxation.tolerance,
      maxIterations: relaxation.maxIterations,
    },
  };
}

/** The starting parameters a fixed-point scenario gives by itself (flat: W, V, b). */
export function fixedPointStartingParams(scenario: FixedPointScenario): Float64Array {
  // the run's draw (fixedPointRun.ts), without the relaxation code the net brings along
  const layout = fixedPointLayout(scenario.network);
  const { init, weights } = scenario.network;
  return initFixedPointParams(layout, init, weights, createRng(scenario.seed, 'init'));
}

/** The scenario without explicit blocks: the seed draws them. */
export function fixedPointWithoutWeights(scenario: FixedPointScenario): FixedPointScenario {
  const network = { ...scenario.network };
  delete network.weights;
  return { ...scenario, network };
}

/** The scenario with its starting parameters written out as blocks (W, V, b). */
export function fixedPointShareable(
  scenario: FixedPointScenario,
  initial: Float64Array,
): FixedPointScenario {
  const layout = fixedPointLayout(scenario.network);
  const weights = nestedByName(layout, initial) as Blocks;
  return { ...scenario, network: { ...scenario.network, weights } };
}
