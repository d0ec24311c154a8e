// A live settings change as a new scenario, so the one scenario validator judges it: a bad
// value is refused with its path and changes nothing. Pure.
import type { OptimizerConfig } from '../engine/types';
import type { LivePatch } from '../protocol/messages';
import type { Scenario } from '../scenario/schema';

/** The scenario with the patch applied (not yet validated). A bare learning rate keeps the optimizer in force. */
export function patchScenario(
  scenario: Scenario,
  current: OptimizerConfig,
  patch: LivePatch,
): unknown {
  const base = patch.optimizer ?? current;
  const optimizer =
    patch.learningRate !== undefined
      ? { ...base, learningRate: patch.learningRate }
      : patch.optimizer;
  return {
    ...scenario,
    network: {
      ...scenario.network,
      ...(patch.activations ? { activations: [...patch.activations] } : {}),
    },
    ...(optimizer ? { optimizer } : {}),
    ...(patch.batch ? { batch: patch.batch } : {}),
    ...(patch.regularization ? { regularization: patch.regularization } : {}),
    ...(patch.dropout !== undefined ? { dropout: patch.dropout } : {}),
    ...(patch.loss ? { loss: patch.loss } : {}),
    ...(patch.shuffle !== undefined ? { shuffle: patch.shuffle } : {}),
  };
}
