// The checks a scenario's data must pass against its network, in one place for every path
// that loads one: the CLI's validate and train, the app's import and its links. Pure.
import { loadCarriedData } from '../data/load';
import { DataError } from '../data/types';
import type { Dataset } from '../engine/types';
import { splitIndices } from '../engine/split';
import type { ScenarioIssue } from './checks';
import type { Scenario } from './schema';

/** Why loaded data does not fit the scenario's network or split, or null when it does. */
export function dataFitError(scenario: Scenario, dataset: Dataset): DataError | null {
  const { layers } = scenario.network;
  const L = layers.length - 1;
  if (dataset.nIn !== layers[0])
    return new DataError(
      'network.layers[0]',
      `must be ${dataset.nIn}: the data has ${dataset.nIn} input columns`,
    );
  if (dataset.nOut !== layers[L])
    return new DataError(
      `network.layers[${L}]`,
      `must be ${dataset.nOut}: the data has ${dataset.nOut} outputs`,
    );
  if (splitIndices(dataset.n, scenario.split.test, scenario.seed).train.length === 0)
    return new DataError('split.test', 'leaves no sample for training');
  return null;
}

/**
 * The data a scenario carries (inline rows, CSV text) read and checked against the network,
 * as training would: each problem names its path, row and column. Generated and shipped data
 * are checked when they are loaded (loadScenarioRun), by the same dataFitError.
 */
export function checkCarriedData(scenario: Scenario): ScenarioIssue[] {
  const { layers } = scenario.network;
  try {
    const data = loadCarriedData(scenario.data, layers[layers.length - 1]);
    const error = data && dataFitError(scenario, data.dataset);
    return error ? [{ path: error.path, message: error.message }] : [];
  } catch (error) {
    if (error instanceof DataError) return [{ path: error.path, message: error.message }];
    throw error;
  }
}
