// A validated fixed-point scenario → a ready run: its v1 data loaded and fitted to the inputs
// and output units, the split, the net and the one trainer driving it. Shared by the CLI and
// tests.
import { createFixedPointModel, type FixedPointModel } from '../engine/fixedpoint/model';
import { createFixedPointNet, type FixedPointNet } from '../engine/fixedpoint/net';
import type { FixedPointSampleTrace, FixedPointStepTrace } from '../engine/fixedpoint/types';
import { createRng } from '../engine/random';
import { splitIndices } from '../engine/split';
import { createModelTrainer } from '../engine/trainer';
import type { ModelTrainer } from '../engine/trainerTypes';
import type { Dataset, TrainerConfig } from '../engine/types';
import { loadData } from '../data/load';
import { DataError, type LoadedData, type ReadText } from '../data/types';
import type { FixedPointScenario } from './fixedPointSchema';
import { fixedPointSpecOf } from './fixedPointShare';

export { fixedPointSpecOf } from './fixedPointShare';

export interface FixedPointRun {
  readonly kind: 'fixed-point';
  readonly scenario: FixedPointScenario;
  readonly data: LoadedData;
  readonly split: { readonly train: Uint32Array; readonly test: Uint32Array };
  readonly net: FixedPointNet;
  readonly model: FixedPointModel;
  readonly trainer: ModelTrainer<FixedPointSampleTrace, FixedPointStepTrace>;
}

/** As for MLPs; fixed-point nets have no dropout. */
export function fixedPointTrainerConfigOf(s: FixedPointScenario): TrainerConfig {
  return {
    loss: s.loss,
    optimizer: s.optimizer,
    batch: s.batch,
    regularization: s.regularization,
    dropout: 0,
    shuffle: s.shuffle,
    trainBiases: s.network.trainBiases,
  };
}

/** The net a scenario starts from (initial weights from the seed's 'init' stream). */
export function createScenarioFixedPointNet(s: FixedPointScenario): FixedPointNet {
  return createFixedPointNet(
    fixedPointSpecOf(s),
    s.network.init,
    s.network.weights,
    createRng(s.seed, 'init'),
  );
}

/** Why loaded data does not fit the net or the split, or null when it does. */
function fitError(s: FixedPointScenario, dataset: Dataset): DataError | null {
  const { inputs, outputUnits } = s.network;
  if (dataset.nIn !== inputs)
    return new DataError(
      'network.inputs',
      `must be ${dataset.nIn}: the data has ${dataset.nIn} input columns`,
    );
  if (dataset.nOut !== outputUnits.length)
    return new DataError(
      'network.outputUnits',
      `must name ${dataset.nOut} unit${dataset.nOut === 1 ? '' : 's'}: the data has ${dataset.nOut} outputs`,
    );
  return null;
}

/** Builds a run from loaded data; DataError when it does not fit or leaves nothing to train on. */
export function createFixedPointRun(s: FixedPointScenario, data: LoadedData): FixedPointRun {
  const misfit = fitError(s, data.dataset);
  if (misfit) throw misfit;
  const split = splitIndices(data.dataset.n, s.split.test, s.seed);
  if (split.train.length === 0) throw new DataError('split.test', 'leaves no sample for training');
  const net = createScenarioFixedPointNet(s);
  const model = createFixedPointModel(net, data.dataset);
  const trainer = createModelTrainer(model, {
    trainIndices: split.train,
    config: fixedPointTrainerConfigOf(s),
    seed: s.seed,
  });
  return { kind: 'fixed-point', scenario: s, data, split, net, model, trainer };
}

export async function loadFixedPointRun(
  s: FixedPointScenario,
  readText: ReadText,
): Promise<FixedPointRun> {
  const data = await loadData(s.data, {
    readText,
    seed: s.seed,
    nOut: s.network.outputUnits.length,
  });
  return createFixedPointRun(s, data);
}
