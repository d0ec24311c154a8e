// Editing the update just traced, in place: one starting weight, input, target or the learning
// rate changes, and the same update is computed again from the state before it. Data edits
// are written into the scenario too, so checkpoints and share links keep them. Also live
// settings changes put in force. Pure but for the run it is given.
import type { TrainerSnapshot } from '../engine/trainer';
import type { LivePatch, RevisionEdit } from '../protocol/messages';
import type { Scenario } from '../scenario/schema';
import { checkParam, checkSample } from './checks';
import { CommandError } from './commandError';
import { patchScenario } from './livePatch';
import { validated, type MlpAppRun } from './runs';

/** The scenario with one inline sample value changed (validated, so a bad value says where). */
function withDataValue(scenario: Scenario, run: MlpAppRun, edit: RevisionEdit): Scenario {
  if (edit.kind !== 'input' && edit.kind !== 'target') return scenario;
  const data = scenario.data;
  if (data.kind !== 'inline')
    throw new CommandError(
      'only data written into the scenario (inline data) can be edited; generated and file data stay as loaded',
    );
  const { nIn, nOut, n } = run.data.dataset;
  checkSample(edit.sample, n);
  const width = edit.kind === 'input' ? nIn : nOut;
  if (!Number.isInteger(edit.column) || edit.column < 0 || edit.column >= width)
    throw new CommandError(`${edit.kind} column ${edit.column} is outside 0…${width - 1}`);
  if (!Number.isFinite(edit.value)) throw new CommandError('a value must be a finite number');
  if (edit.kind === 'input') {
    const inputs = data.inputs.map((row, r) =>
      r === edit.sample ? row.map((x, c) => (c === edit.column ? edit.value : x)) : row,
    );
    return validated({ ...scenario, data: { ...data, inputs } });
  }
  const old = data.targets[edit.sample];
  if (typeof old === 'number')
    throw new CommandError('this target is a class index; edit the scenario to change a class');
  const targets = data.targets.map((row, r) =>
    r === edit.sample && typeof row !== 'number'
      ? row.map((t, c) => (c === edit.column ? edit.value : t))
      : row,
  );
  return validated({ ...scenario, data: { ...data, targets } });
}

export interface RevisionState {
  readonly run: MlpAppRun;
  readonly scenario: Scenario;
  /** The snapshot taken just before the traced update. */
  readonly before: TrainerSnapshot | undefined;
  /** Starting parameters (edits before update 1 change them). */
  readonly initial: Float64Array;
}

/**
 * Rewinds to the state before the update just traced and applies the edit; the caller then
 * traces the update again. Returns the scenario to keep (with data edits and a new learning
 * rate written in). Nothing changes when the edit is refused.
 */
export function rewindAndEdit(state: RevisionState, edit: RevisionEdit): Scenario {
  const { run, before, initial } = state;
  if (!before || before.updates !== run.trainer.updates - 1)
    throw new CommandError(
      'only the update just traced can be edited: step forward by one update, then edit it',
    );
  let scenario = withDataValue(state.scenario, run, edit);
  if (edit.kind === 'param') checkParam(edit.index, edit.value, run.net.params.length);
  if (edit.kind === 'learningRate')
    scenario = validated(
      patchScenario(scenario, run.trainer.config.optimizer, { learningRate: edit.value }),
    );
  // Every check passed: now change things.
  run.trainer.restore(before);
  switch (edit.kind) {
    case 'param':
      run.net.params[edit.index] = edit.value;
      if (run.trainer.updates === 0) initial[edit.index] = edit.value;
      break;
    case 'input':
    case 'target': {
      const { dataset } = run.data;
      const width = edit.kind === 'input' ? dataset.nIn : dataset.nOut;
      const values = edit.kind === 'input' ? dataset.inputs : dataset.targets;
      values[edit.sample * width + edit.column] = edit.value;
      break;
    }
    case 'learningRate': {
      const { config } = run.trainer;
      run.trainer.configure({
        optimizer: { ...config.optimizer, learningRate: edit.value },
      });
      break;
    }
  }
  return scenario;
}

/** After the redone update: the settings changed since it (and a new learning rate) apply again. */
export function reapplySettings(run: MlpAppRun, scenario: Scenario): void {
  run.trainer.configure({
    optimizer: scenario.optimizer,
    batch: scenario.batch,
    regularization: scenario.regularization,
    dropout: scenario.dropout,
    loss: scenario.loss,
    shuffle: scenario.shuffle,
  });
  run.trainer.setActivations(scenario.network.activations);
}

/**
 * A live settings change, validated as a whole scenario (a bad value changes nothing), then
 * put in force from the next update. Returns the scenario to keep.
 */
export function applyPatch(run: MlpAppRun, scenario: Scenario, patch: LivePatch): Scenario {
  const s = validated(patchScenario(scenario, run.trainer.config.optimizer, patch));
  run.trainer.configure({
    optimizer: s.optimizer,
    batch: s.batch,
    regularization: s.regularization,
    dropout: s.dropout,
    loss: s.loss,
    shuffle: s.shuffle,
  });
  if (patch.activations) run.trainer.setActivations(s.network.activations);
  return s;
}
