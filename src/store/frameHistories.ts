// The chart histories a frame feeds: batch, train and test loss per update, train and test
// loss per completed epoch, and each layer's gradient norm. Mutates the histories in place.
import type { Frame } from '../protocol/messages';
import { createHistory } from './history';
import type { Histories } from './types';

export const freshHistories = (layers: number): Histories => ({
  batchLoss: createHistory(),
  trainLoss: createHistory(256),
  epochTrainLoss: createHistory(256),
  epochTestLoss: createHistory(256),
  testLoss: createHistory(256),
  gradNorm: Array.from({ length: layers }, () => createHistory(256)),
});

/** The update each histories object last recorded. */
const lastUpdate = new WeakMap<Histories, number>();

/** Records `frame`; returns the histories to keep (new ones when the layer count changed). */
export function recordFrameInto(current: Histories, frame: Frame): Histories {
  const histories =
    current.gradNorm.length === frame.gradNorm.length
      ? current
      : freshHistories(frame.gradNorm.length);
  // a frame with no new update (a pause, a view's request) repeats the last one: once is enough
  const repeated = lastUpdate.get(histories) === frame.update;
  lastUpdate.set(histories, frame.update);
  if (!repeated) histories.batchLoss.push(frame.update, frame.batchLoss);
  // metrics are re-evaluated at a bounded rate: record each evaluation once
  if (frame.train && histories.trainLoss.points.at(-1)?.x !== frame.train.atUpdate)
    histories.trainLoss.push(frame.train.atUpdate, frame.train.loss);
  if (frame.test && histories.testLoss.points.at(-1)?.x !== frame.test.atUpdate)
    histories.testLoss.push(frame.test.atUpdate, frame.test.loss);
  if (frame.update > 0 && !repeated)
    frame.gradNorm.forEach((g, l) => histories.gradNorm[l]?.push(frame.update, g));
  // Per epoch: the metrics of the first frame after each completed epoch, at x = epochs done.
  const epochsDone = frame.epoch - 1;
  if (epochsDone > 0 && (histories.epochTrainLoss.points.at(-1)?.x ?? 0) < epochsDone) {
    if (frame.train) histories.epochTrainLoss.push(epochsDone, frame.train.loss);
    if (frame.test) histories.epochTestLoss.push(epochsDone, frame.test.loss);
  }
  return histories;
}
