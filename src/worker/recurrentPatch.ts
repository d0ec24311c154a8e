// A live settings change of a recurrent run: the patch written into the scenario, the whole
// scenario validated (a bad value is refused with its path and changes nothing), then put in
// force from the next update. A net over sequences (RNN, LSTM, GRU) also takes truncation and
// the loss over time live. Settings that shape the data or the net (sequence length, scored
// steps, initial weights) are not live: the page reloads the edited scenario for them.
import type { LivePatch } from '../protocol/messages';
import type { AppScenario } from '../scenario/validate';
import { CommandError } from './commandError';
import { isSequenceRun, validatedAny, type AppRun } from './runs';

/**
 * Returns the scenario to keep; refuses what a recurrent net cannot change live. A fixed-point
 * net (recurrent too, relaxed rather than unrolled) takes the same patches.
 */
export function applyRecurrentPatch(
  run: AppRun,
  scenario: AppScenario,
  patch: LivePatch,
): AppScenario {
  if (patch.activations)
    throw new CommandError('a recurrent net’s activations are changed by editing its scenario');
  if (patch.dropout !== undefined && patch.dropout !== 0)
    throw new CommandError('recurrent nets have no dropout');
  const current = run.trainer.config.optimizer;
  const base = patch.optimizer ?? current;
  const optimizer =
    patch.learningRate !== undefined
      ? { ...base, learningRate: patch.learningRate }
      : patch.optimizer;
  const before = 'sequence' in scenario ? scenario.sequence : undefined;
  if (patch.sequence && (!isSequenceRun(run) || !before))
    throw new CommandError('only nets over sequences have truncation and a loss over time');
  const s = validatedAny({
    ...scenario,
    // the readout stays (the data's targets are shaped by it): only these two are live
    ...(patch.sequence
      ? {
          sequence: {
            ...before,
            bptt: patch.sequence.bptt ?? before?.bptt,
            lossOverTime: patch.sequence.lossOverTime ?? before?.lossOverTime,
          },
        }
      : {}),
    ...(optimizer ? { optimizer } : {}),
    ...(patch.batch ? { batch: patch.batch } : {}),
    ...(patch.regularization ? { regularization: patch.regularization } : {}),
    ...(patch.loss ? { loss: patch.loss } : {}),
    ...(patch.shuffle !== undefined ? { shuffle: patch.shuffle } : {}),
  });
  run.trainer.configure({
    optimizer: s.optimizer,
    batch: s.batch,
    regularization: s.regularization,
    loss: s.loss,
    shuffle: s.shuffle,
  });
  if (patch.sequence && isSequenceRun(run) && 'sequence' in s) run.model.setSequence(s.sequence);
  return s;
}
