// Changing a scenario's architecture or initialisation: a new network, drawn afresh. Hidden
// layers keep the activation of the first hidden layer; the output layer keeps its own.
import type { InitName } from '../engine/types';
import type { Scenario } from './schema';

/** Parses "8, 8" (hidden layer sizes, input and output excluded); "" means no hidden layer. */
export function parseHiddenLayers(text: string): number[] | string {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const parts = trimmed.split(/[\s,]+/);
  const sizes = parts.map(Number);
  const bad = parts.findIndex((p, k) => !/^\d+$/.test(p) || sizes[k] < 1 || sizes[k] > 1024);
  if (bad >= 0) return `“${parts[bad]}” is not a layer size from 1 to 1024`;
  if (sizes.length > 15) return 'at most 15 hidden layers';
  return sizes;
}

export function reshapeScenario(
  scenario: Scenario,
  hidden: readonly number[],
  init: InitName,
): Scenario {
  const { layers, activations } = scenario.network;
  const hiddenActivation = activations.length > 1 ? activations[0] : 'tanh';
  const output = activations[activations.length - 1];
  const network: Scenario['network'] = {
    kind: scenario.network.kind,
    layers: [layers[0], ...hidden, layers[layers.length - 1]],
    activations: [
      ...hidden.map(() => (hiddenActivation === 'softmax' ? 'tanh' : hiddenActivation)),
      output,
    ],
    init,
    trainBiases: scenario.network.trainBiases,
  };
  return { ...scenario, network };
}
