// A validated recurrent scenario → a ready run: its sequences loaded, the split (seeded, or by
// time for sunspots), the RNN and the one trainer driving it. Shared by the CLI and tests.
import type { Rnn } from '../engine/recurrent/rnn';
import { createRnnModel, type RnnModel } from '../engine/recurrent/rnnModel';
import type { RnnSampleTrace, RnnStepTrace } from '../engine/recurrent/types';
import { splitIndices } from '../engine/split';
import { createModelTrainer } from '../engine/trainer';
import type { ModelTrainer } from '../engine/trainerTypes';
import type { TrainerConfig } from '../engine/types';
import { loadSequences, splitSequences, type LoadedSequences } from '../data/sequences';
import { DataError, type ReadText } from '../data/types';
import type { RecurrentScenario } from './recurrentSchema';
import { createScenarioRnn } from './startingNets';

export { createScenarioRnn, recurrentProblemOf } from './startingNets';

export interface RecurrentRun {
  readonly kind: 'rnn';
  readonly scenario: RecurrentScenario;
  readonly data: LoadedSequences;
  readonly split: { readonly train: Uint32Array; readonly test: Uint32Array };
  readonly rnn: Rnn;
  readonly model: RnnModel;
  readonly trainer: ModelTrainer<RnnSampleTrace, RnnStepTrace>;
}

/** As for MLPs; recurrent nets (of every kind) have no dropout. */
export function recurrentTrainerConfigOf(
  s: Pick<RecurrentScenario, 'loss' | 'optimizer' | 'batch' | 'regularization' | 'shuffle'> & {
    readonly network: { readonly trainBiases: boolean };
  },
): TrainerConfig {
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

/** Builds a run from loaded sequences; DataError when no sequence is left for training. */
export function createRecurrentRun(s: RecurrentScenario, data: LoadedSequences): RecurrentRun {
  const split = splitSequences(data, s.split.test, (n) => splitIndices(n, s.split.test, s.seed));
  if (split.train.length === 0)
    throw new DataError('split.test', 'leaves no sequence for training');
  const rnn = createScenarioRnn(s);
  const model = createRnnModel(rnn, data.sequences);
  const trainer = createModelTrainer(model, {
    trainIndices: split.train,
    config: recurrentTrainerConfigOf(s),
    seed: s.seed,
  });
  return { kind: 'rnn', scenario: s, data, split, rnn, model, trainer };
}

export async function loadRecurrentRun(
  s: RecurrentScenario,
  readText: ReadText,
): Promise<RecurrentRun> {
  const data = await loadSequences(s.data, {
    readText,
    seed: s.seed,
    nOut: s.network.outputs,
    readout: s.sequence.readout,
  });
  return createRecurrentRun(s, data);
}
