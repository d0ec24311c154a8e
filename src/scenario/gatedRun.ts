// A validated LSTM or GRU scenario → a ready run: its sequences loaded, the split (as for the
// RNN), the gated net and the one trainer driving it. Shared by the CLI, tests and the bench.
import { createRng } from '../engine/random';
import { createGated, type Gated } from '../engine/recurrent/gated';
import { createGatedModel, type GatedModel } from '../engine/recurrent/gatedModel';
import type {
  GatedKind,
  GatedProblem,
  GatedSampleTrace,
  GatedStepTrace,
} from '../engine/recurrent/gatedTypes';
import { splitIndices } from '../engine/split';
import { createModelTrainer } from '../engine/trainer';
import type { ModelTrainer } from '../engine/trainerTypes';
import { loadSequences, splitSequences, type LoadedSequences } from '../data/sequences';
import { DataError, type ReadText } from '../data/types';
import type { GatedScenario } from './gatedSchema';
import { gatedSpecOf } from './gatedShare';
import { recurrentTrainerConfigOf } from './recurrentRun';

export interface GatedRun {
  readonly kind: GatedKind;
  readonly scenario: GatedScenario;
  readonly data: LoadedSequences;
  readonly split: { readonly train: Uint32Array; readonly test: Uint32Array };
  readonly net: Gated;
  readonly model: GatedModel;
  readonly trainer: ModelTrainer<GatedSampleTrace, GatedStepTrace>;
}

export function gatedProblemOf(s: GatedScenario): GatedProblem {
  return { spec: gatedSpecOf(s), sequence: s.sequence, loss: s.loss };
}

/** The net a scenario starts from (initial weights from the seed's 'init' stream). */
export function createScenarioGated(s: GatedScenario): Gated {
  return createGated(
    gatedProblemOf(s),
    s.network.init,
    s.network.weights,
    createRng(s.seed, 'init'),
  );
}

/** Builds a run from loaded sequences; DataError when no sequence is left for training. */
export function createGatedRun(s: GatedScenario, data: LoadedSequences): GatedRun {
  const split = splitSequences(data, s.split.test, (n) => splitIndices(n, s.split.test, s.seed));
  if (split.train.length === 0)
    throw new DataError('split.test', 'leaves no sequence for training');
  const net = createScenarioGated(s);
  const model: GatedModel = createGatedModel(net, data.sequences);
  const trainer = createModelTrainer(model, {
    trainIndices: split.train,
    config: recurrentTrainerConfigOf(s),
    seed: s.seed,
  });
  return { kind: s.network.kind, scenario: s, data, split, net, model, trainer };
}

export async function loadGatedRun(s: GatedScenario, readText: ReadText): Promise<GatedRun> {
  const data = await loadSequences(s.data, {
    readText,
    seed: s.seed,
    nOut: s.network.outputs,
    readout: s.sequence.readout,
  });
  return createGatedRun(s, data);
}
