// A live settings change of a convolutional run: the optimizer, batch, regularization, loss
// and shuffling go through the same validated path as a recurrent run's (recurrentPatch.ts);
// what shapes the net (its layers, activations) is changed by editing the scenario.
import type { LivePatch } from '../protocol/messages';
import type { CnnRun } from '../scenario/cnnRun';
import type { AppScenario } from '../scenario/validate';
import { CommandError } from './commandError';
import { applyRecurrentPatch } from './recurrentPatch';

/** Returns the scenario to keep; refuses what a CNN cannot change live. */
export function applyCnnPatch(run: CnnRun, scenario: AppScenario, patch: LivePatch): AppScenario {
  if (patch.activations)
    throw new CommandError('a convolutional net’s activations are changed by editing its layers');
  if (patch.dropout !== undefined && patch.dropout !== 0)
    throw new CommandError('convolutional nets have no dropout');
  return applyRecurrentPatch(run, scenario, patch);
}
