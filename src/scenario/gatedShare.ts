// An LSTM/GRU scenario's starting parameters, for share links: the seed's draw (or the
// scenario's own blocks), and those parameters written back into the scenario as blocks.
// Only the layout and the initial draw: the page loads this without the gated engine.
import { createRng } from '../engine/random';
import { nestedByName, type ParamLayout } from '../engine/layout';
import { gatedLayout } from '../engine/recurrent/gatedLayout';
import type { GatedSpec } from '../engine/recurrent/gatedTypes';
import { initRnnParams } from '../engine/recurrent/rnnLayout';
import type { GatedScenario } from './gatedSchema';

type Blocks = NonNullable<GatedScenario['network']['weights']>;

/** The cell's spec as the engine takes it (GRU's convention; reset-after for an LSTM). */
export function gatedSpecOf(s: GatedScenario): GatedSpec {
  const { kind, inputs, hidden, outputs, outputActivation, readout } = s.network;
  return {
    cell: kind,
    inputs,
    hidden,
    outputs,
    activation: 'tanh',
    outputActivation,
    readout,
    gru: s.network.kind === 'gru' ? s.network.gru : 'reset-after',
  };
}

/** The blocks' layout of a gated scenario's net. */
export const gatedLayoutOf = (s: GatedScenario): ParamLayout => gatedLayout(gatedSpecOf(s));

/** The starting parameters (flat, layout order): as createGated draws them from the seed. */
export function gatedStartingParams(s: GatedScenario): Float64Array {
  return initRnnParams(
    gatedLayoutOf(s),
    s.network.init,
    s.network.weights,
    createRng(s.seed, 'init'),
  );
}

/** The scenario without explicit blocks: the seed draws them. */
export function gatedWithoutWeights(s: GatedScenario): GatedScenario {
  const network = { ...s.network };
  delete network.weights;
  return { ...s, network };
}

/** The scenario with its starting parameters written out as blocks. */
export function gatedShareable(s: GatedScenario, initial: Float64Array): GatedScenario {
  const weights = nestedByName(gatedLayoutOf(s), initial) as Blocks;
  return { ...s, network: { ...s.network, weights } };
}
