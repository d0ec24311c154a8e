// A validated convolutional scenario → a ready run: its data loaded and fitted to the input
// shape and the output layer, the seeded split, the CNN and the one trainer driving it.
// Shared by the CLI and tests.
import { createCnn, type Cnn } from '../engine/conv/cnn';
import { cnnShapes, type CnnGivenWeights } from '../engine/conv/cnnLayout';
import { createCnnModel, type CnnModel } from '../engine/conv/cnnModel';
import type { CnnSampleTrace, CnnStepTrace } from '../engine/conv/types';
import { createRng } from '../engine/random';
import { splitIndices } from '../engine/split';
import { createModelTrainer } from '../engine/trainer';
import type { ModelTrainer } from '../engine/trainerTypes';
import type { TrainerConfig } from '../engine/types';
import { loadData } from '../data/load';
import { DataError, type LoadedData, type ReadText } from '../data/types';
import type { CnnScenario } from './cnnSchema';
import { cnnSpecOf } from './cnnShare';

export { cnnSpecOf } from './cnnShare';

export interface CnnRun {
  readonly kind: 'cnn';
  readonly scenario: CnnScenario;
  readonly data: LoadedData;
  readonly split: { readonly train: Uint32Array; readonly test: Uint32Array };
  readonly cnn: Cnn;
  readonly model: CnnModel;
  readonly trainer: ModelTrainer<CnnSampleTrace, CnnStepTrace>;
}

/** As for MLPs; CNNs have no dropout. */
export function cnnTrainerConfigOf(s: CnnScenario): TrainerConfig {
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

/** The CNN a scenario starts from (initial weights from the seed's 'init' stream). */
export function createScenarioCnn(s: CnnScenario): Cnn {
  return createCnn(
    cnnSpecOf(s),
    s.network.init,
    s.network.weights as CnnGivenWeights | undefined,
    createRng(s.seed, 'init'),
  );
}

/** Builds a run from loaded data; DataError when the data does not fit the network. */
export function createCnnRun(s: CnnScenario, data: LoadedData): CnnRun {
  const { dataset } = data;
  const [C, H, W] = s.network.input;
  if (dataset.nIn !== C * H * W)
    throw new DataError(
      'network.input',
      `must hold ${dataset.nIn} numbers (the data's input columns), not ${C}×${H}×${W} = ${C * H * W}`,
    );
  const cnn = createScenarioCnn(s);
  const last = cnn.layers[cnn.layers.length - 1];
  if (dataset.nOut !== last.nOut)
    throw new DataError(
      `network.layers[${cnn.layers.length - 1}]`,
      `must give ${dataset.nOut} outputs (the data's), not ${last.nOut}`,
    );
  const split = splitIndices(dataset.n, s.split.test, s.seed);
  if (split.train.length === 0) throw new DataError('split.test', 'leaves no sample for training');
  const config = cnnTrainerConfigOf(s);
  const capacity =
    config.batch.mode === 'minibatch'
      ? Math.min(config.batch.size, split.train.length)
      : config.batch.mode === 'full'
        ? split.train.length
        : 1;
  const model = createCnnModel(cnn, dataset, capacity);
  const trainer = createModelTrainer(model, { trainIndices: split.train, config, seed: s.seed });
  return { kind: 'cnn', scenario: s, data, split, cnn, model, trainer };
}

export async function loadCnnRun(s: CnnScenario, readText: ReadText): Promise<CnnRun> {
  const shapes = cnnShapes(cnnSpecOf(s));
  const nOut = shapes[shapes.length - 1].outShape[0];
  const data = await loadData(s.data, { readText, seed: s.seed, nOut });
  return createCnnRun(s, data);
}
