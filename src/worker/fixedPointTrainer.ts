// A fixed-point run's trainer for the session: the same trainer, but a refused update whose
// cause was a relaxation that did not settle says so (which phase, its last change size), as
// the command line does. The session then pauses and shows that message like any divergence.
import { settleDivergence } from '../engine/fixedpoint/settle';
import type { FixedPointSampleTrace, FixedPointStepTrace } from '../engine/fixedpoint/types';
import type { ModelTrainer } from '../engine/trainerTypes';
import type { FixedPointRun } from '../scenario/fixedPointRun';

type FixedPointTrainer = ModelTrainer<FixedPointSampleTrace, FixedPointStepTrace>;

/** `run` with a trainer whose refused steps name the relaxation that did not settle. */
export function withSettleMessages(run: FixedPointRun): FixedPointRun {
  const inner: FixedPointTrainer = run.trainer;
  const trainer: FixedPointTrainer = {
    get model() {
      return inner.model;
    },
    get trainIndices() {
      return inner.trainIndices;
    },
    get config() {
      return inner.config;
    },
    get updates() {
      return inner.updates;
    },
    get epoch() {
      return inner.epoch;
    },
    get positionInEpoch() {
      return inner.positionInEpoch;
    },
    step(trace) {
      const result = inner.step(trace);
      if (result.ok) return result;
      const failure = run.model.lastFailure();
      return failure
        ? { ok: false, divergence: settleDivergence(result.divergence, failure) }
        : result;
    },
    configure: (patch) => inner.configure(patch),
    setActivations: (names) => inner.setActivations(names),
    optimizerState: () => inner.optimizerState(),
    inspect: (index) => inner.inspect(index),
    snapshot: () => inner.snapshot(),
    restore: (snapshot) => inner.restore(snapshot),
  };
  return { ...run, trainer };
}
