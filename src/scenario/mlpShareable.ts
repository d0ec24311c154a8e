// An MLP scenario with its starting parameters written out as weights and biases. Apart from
// shareable.ts (which adds the recurrent case and its net builder) so the page's data
// changes need no recurrent code. Pure.
import { unflattenParams } from '../engine/network';
import type { Scenario } from './schema';

/** The scenario with `initial` (the engine's flat layout) as its weights and biases. */
export function mlpShareable(scenario: Scenario, initial: Float64Array): Scenario {
  const { weights, biases } = unflattenParams(scenario.network.layers, initial);
  return { ...scenario, network: { ...scenario.network, weights, biases } };
}
