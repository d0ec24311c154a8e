// Watching for a loss that has stopped improving at a high learning rate: the session
// records every update's batch loss, and once per setting this says so (the run goes on; a
// rate that high often keeps jumping past the minimum). Pure: no clock, no messages.
import type { OptimizerConfig } from '../engine/types';

/** Updates whose batch losses are averaged into one window (minibatch noise evens out). */
export const PLATEAU_WINDOW = 2000;
/** Updates without a window mean 5% below the best one before the warning. */
export const PLATEAU_PATIENCE = 20_000;
const BETTER = 0.95;

/** Rates past which steps are large for the optimizer: adaptive ones scale every step to ~lr. */
export function isHighRate(optimizer: OptimizerConfig): boolean {
  const adaptive = optimizer.kind === 'adam' || optimizer.kind === 'rmsprop';
  return optimizer.learningRate >= (adaptive ? 0.1 : 1);
}

export interface PlateauWatch {
  /** One update's batch loss under `optimizer`; true once, when the loss has stalled. */
  record(loss: number, optimizer: OptimizerConfig): boolean;
  /** The warning's text once it is due (then null until the next reset). */
  take(optimizer: OptimizerConfig): string | null;
  /** Settings or the run changed: watch afresh. */
  reset(): void;
  /** The best window's mean loss so far (Infinity before a window is complete). */
  readonly best: number;
}

export function createPlateauWatch(): PlateauWatch {
  let sum = 0;
  let count = 0;
  let best = Infinity;
  let sinceBest = 0;
  let warned = false;
  let due = false;
  return {
    record(loss, optimizer) {
      if (warned || !Number.isFinite(loss)) return false;
      sum += loss;
      count += 1;
      sinceBest += 1;
      if (count < PLATEAU_WINDOW) return false;
      const mean = sum / count;
      sum = 0;
      count = 0;
      if (mean < best * BETTER) {
        best = mean;
        sinceBest = 0;
        return false;
      }
      if (sinceBest < PLATEAU_PATIENCE || !isHighRate(optimizer)) return false;
      warned = true;
      due = true;
      return true;
    },
    take(optimizer) {
      if (!due) return null;
      due = false;
      return plateauMessage(best, optimizer);
    },
    reset() {
      sum = 0;
      count = 0;
      best = Infinity;
      sinceBest = 0;
      warned = false;
      due = false;
    },
    get best() {
      return best;
    },
  };
}

/** What the learner reads: what happened, and what to try. */
export function plateauMessage(best: number, optimizer: OptimizerConfig): string {
  const name = { sgd: 'SGD', momentum: 'momentum', rmsprop: 'RMSprop', adam: 'Adam' }[
    optimizer.kind
  ];
  return `The loss has not improved for ${PLATEAU_PATIENCE} updates (best mean batch loss ${best.toPrecision(3)}) at learning rate ${optimizer.learningRate} with ${name}: steps this large can keep jumping past the minimum. Try a learning rate 10 times lower.`;
}
