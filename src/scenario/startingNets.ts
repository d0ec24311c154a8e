// The net a scenario starts from, before any data or trainer: its weights from the seed's
// 'init' stream (or those the scenario gives). Share links and weight edits need only this,
// so the page loads it without the trainer and the data loaders (they live in the worker).
import { createNetwork } from '../engine/network';
import { createRng } from '../engine/random';
import { createRnn, type Rnn } from '../engine/recurrent/rnnNet';
import type { RnnProblem } from '../engine/recurrent/types';
import type { Network } from '../engine/types';
import type { RecurrentScenario } from './recurrentSchema';
import type { Scenario } from './schema';

/** The MLP a scenario starts from. */
export function createScenarioNetwork(scenario: Scenario): Network {
  const { network } = scenario;
  return createNetwork(
    {
      sizes: network.layers,
      activations: network.activations,
      init: network.init,
      weights: network.weights,
      biases: network.biases,
    },
    createRng(scenario.seed, 'init'),
  );
}

/** What the recurrent forward and backward passes need, from a recurrent scenario. */
export function recurrentProblemOf(s: RecurrentScenario): RnnProblem {
  const { inputs, hidden, outputs, activation, outputActivation, readout } = s.network;
  return {
    spec: { inputs, hidden, outputs, activation, outputActivation, readout },
    sequence: s.sequence,
    loss: s.loss,
  };
}

/** The RNN a scenario starts from. */
export function createScenarioRnn(s: RecurrentScenario): Rnn {
  return createRnn(
    recurrentProblemOf(s),
    s.network.init,
    s.network.weights,
    createRng(s.seed, 'init'),
  );
}
