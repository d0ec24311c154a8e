// A recurrent scenario's starting parameters, for share links and settings: the seed's draw
// (or the scenario's own blocks), those parameters written back into the scenario, and the
// "Recurrent weight scale" (Whh redrawn as a multiple of its default initial draw). Pure.
import { nestedByName } from '../engine/layout';
import { createScenarioRnn } from './startingNets';
import type { RecurrentScenario } from './recurrentSchema';

type Blocks = NonNullable<RecurrentScenario['network']['weights']>;

/** The starting parameters a recurrent scenario gives by itself (flat, layout order). */
export function recurrentStartingParams(scenario: RecurrentScenario): Float64Array {
  return createScenarioRnn(scenario).params;
}

/** The scenario without explicit blocks: the seed draws them. */
export function recurrentWithoutWeights(scenario: RecurrentScenario): RecurrentScenario {
  const network = { ...scenario.network };
  delete network.weights;
  return { ...scenario, network };
}

/** The scenario with its starting parameters written out as blocks (Wxh, Whh, bh, Why, by). */
export function recurrentShareable(
  scenario: RecurrentScenario,
  initial: Float64Array,
): RecurrentScenario {
  const { layout } = createScenarioRnn(scenario);
  const weights = nestedByName(layout, initial) as Blocks;
  return { ...scenario, network: { ...scenario.network, weights } };
}

const norm = (values: ArrayLike<number>, from: number, size: number): number => {
  let sum = 0;
  for (let k = from; k < from + size; k += 1) sum += values[k] * values[k];
  return Math.sqrt(sum);
};

/** Whh's default draw (the seed's, whatever the scenario gives) and where it sits. */
function defaultWhh(scenario: RecurrentScenario) {
  const given = scenario.network.weights;
  const rest: Blocks = { ...given };
  delete rest.Whh;
  const rnn = createScenarioRnn({ ...scenario, network: { ...scenario.network, weights: rest } });
  const block = rnn.layout.blocks.find((b) => b.name === 'Whh')!;
  return { rnn, block };
}

/**
 * "Recurrent weight scale" s: Whh starts as s × its default initial draw (the seed's draw from
 * `network.init`), the other blocks unchanged. s = 1 is the default; s > 1 makes gradients
 * through time grow (explode), s < 1 makes them shrink (vanish). Written as an explicit Whh.
 */
export function withRecurrentScale(scenario: RecurrentScenario, scale: number): RecurrentScenario {
  const { rnn, block } = defaultWhh(scenario);
  const [rows, cols] = block.shape;
  const Whh = Array.from({ length: rows }, (_, j) =>
    Array.from({ length: cols }, (_, i) => scale * rnn.params[block.offset + j * cols + i]),
  );
  const weights: Blocks = { ...scenario.network.weights, Whh };
  if (scale === 1) delete weights.Whh;
  const network: RecurrentScenario['network'] = { ...scenario.network, weights };
  if (Object.keys(weights).length === 0) delete network.weights;
  return { ...scenario, network };
}

/** The scale a scenario's Whh has: ‖given Whh‖ / ‖default draw‖ (1 when none is given). */
export function recurrentScaleOf(scenario: RecurrentScenario): number {
  if (!scenario.network.weights?.Whh) return 1;
  const { rnn, block } = defaultWhh(scenario);
  const base = norm(rnn.params, block.offset, block.size);
  const own = recurrentStartingParams(scenario);
  return base > 0 ? norm(own, block.offset, block.size) / base : 1;
}
