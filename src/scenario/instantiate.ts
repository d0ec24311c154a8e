// A validated scenario → a ready run: its data loaded, the split, the network and trainer.
// Shared by the CLI and the worker session.
import { splitIndices } from '../engine/split';
import { createTrainer, type Trainer } from '../engine/trainer';
import type { Network, TrainerConfig } from '../engine/types';
import { loadData } from '../data/load';
import type { LoadedData, ReadText } from '../data/types';
import { dataFitError } from './dataChecks';
import type { Scenario } from './schema';
import { createScenarioNetwork } from './startingNets';

export { createScenarioNetwork } from './startingNets';

export interface Run {
  readonly scenario: Scenario;
  readonly data: LoadedData;
  readonly split: { readonly train: Uint32Array; readonly test: Uint32Array };
  readonly net: Network;
  readonly trainer: Trainer;
}

export function trainerConfigOf(scenario: Scenario): TrainerConfig {
  return {
    loss: scenario.loss,
    optimizer: scenario.optimizer,
    batch: scenario.batch,
    regularization: scenario.regularization,
    dropout: scenario.dropout,
    shuffle: scenario.shuffle,
    trainBiases: scenario.network.trainBiases,
  };
}

/** The network a scenario starts from (initial weights from the seed's 'init' stream). */
/**
 * Builds a run from loaded data. Throws DataError when the data does not fit the network
 * (CSV columns vs layer sizes) or leaves no training sample.
 */
export function createRun(scenario: Scenario, data: LoadedData): Run {
  const { dataset } = data;
  const misfit = dataFitError(scenario, dataset);
  if (misfit) throw misfit;
  const split = splitIndices(dataset.n, scenario.split.test, scenario.seed);
  const net = createScenarioNetwork(scenario);
  const trainer = createTrainer({
    net,
    data: dataset,
    trainIndices: split.train,
    config: trainerConfigOf(scenario),
    seed: scenario.seed,
  });
  return { scenario, data, split, net, trainer };
}

/** Loads the scenario's data (reading shipped files through readText) and builds the run. */
export async function loadScenarioRun(scenario: Scenario, readText: ReadText): Promise<Run> {
  const data = await loadData(scenario.data, {
    readText,
    seed: scenario.seed,
    nOut: scenario.network.layers[scenario.network.layers.length - 1],
  });
  return createRun(scenario, data);
}
