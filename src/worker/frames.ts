// Frames for the page: counters, losses, metrics at a bounded rate, per-layer statistics and
// a copy of the parameters (copies, never the engine's own buffers).
import { evaluate } from '../engine/evaluate';
import type { LayerStats } from '../engine/types';
import type { Frame, Message, Metrics, RunSummary } from '../protocol/messages';
import type { Run } from '../scenario/instantiate';

/** Train and test metrics are re-evaluated at most this often while playing. */
export const METRICS_EVERY_MS = 250;

/** Accumulates what happened between two frames. */
export interface FrameState {
  lossSum: number;
  lossCount: number;
  /** The batch loss last sent and the update it belongs to: a frame with no new update (a
   * pause, a view's request) repeats it rather than saying "unknown". */
  lastLoss: { readonly update: number; readonly loss: number } | null;
  appliedFrom: number | null;
  train: Metrics | null;
  test: Metrics | null;
  /** When metrics were last computed (ms, the session's clock). */
  metricsAt: number;
  stats: LayerStats | null;
}

export function createFrameState(): FrameState {
  return {
    lossSum: 0,
    lossCount: 0,
    lastLoss: null,
    appliedFrom: null,
    train: null,
    test: null,
    metricsAt: -Infinity,
    stats: null,
  };
}

/** Re-evaluates train and test metrics over their whole splits. */
export function refreshMetrics(run: Run, state: FrameState, now: number): void {
  const { trainer, split, data } = run;
  const loss = trainer.config.loss;
  const atUpdate = trainer.updates;
  state.train = { ...evaluate(run.net, loss, data.dataset, split.train), atUpdate };
  state.test =
    split.test.length > 0
      ? { ...evaluate(run.net, loss, data.dataset, split.test), atUpdate }
      : null;
  state.metricsAt = now;
}

export function buildFrame(run: Run, state: FrameState, playing: boolean): Frame {
  const L = run.net.layers.length;
  const update = run.trainer.updates;
  if (state.lossCount > 0) state.lastLoss = { update, loss: state.lossSum / state.lossCount };
  const frame: Frame = {
    update,
    epoch: run.trainer.epoch,
    playing,
    batchLoss: state.lastLoss?.update === update ? state.lastLoss.loss : NaN,
    train: state.train,
    test: state.test,
    // unknown until an update runs (after a load or a restore): NaN, which charts skip
    gradNorm: state.stats ? state.stats.gradNorm.slice() : new Float64Array(L).fill(NaN),
    updateRatio: state.stats ? state.stats.updateRatio.slice() : new Float64Array(L).fill(NaN),
    params: run.net.params.slice(),
    appliedFrom: state.appliedFrom,
  };
  state.lossSum = 0;
  state.lossCount = 0;
  state.appliedFrom = null;
  return frame;
}

/** A copy of the data set for the page to draw and score. */
export function dataMessage(run: Run): Message {
  const { dataset } = run.data;
  return {
    type: 'data',
    data: {
      nIn: dataset.nIn,
      nOut: dataset.nOut,
      inputs: dataset.inputs.slice(),
      targets: dataset.targets.slice(),
      train: run.split.train.slice(),
      test: run.split.test.slice(),
    },
  };
}

export function summarize(run: Run): RunSummary {
  const { scenario, data, split, trainer } = run;
  return {
    title: scenario.title,
    description: scenario.description ?? null,
    sizes: [...run.net.sizes],
    activations: run.net.activations.map((a) => a.name),
    loss: trainer.config.loss,
    optimizer: trainer.config.optimizer,
    batch: trainer.config.batch,
    regularization: trainer.config.regularization,
    dropout: trainer.config.dropout,
    seed: scenario.seed,
    task: data.dataset.task,
    nTrain: split.train.length,
    nTest: split.test.length,
    featureNames: data.featureNames,
    classNames: data.classNames,
    dataLabel: data.label,
  };
}

/** Frame pacing: at most one frame until the page acknowledges it (then the latest state). */
export interface Outbox {
  /** Counts one applied update into the next frame. */
  record(loss: number, stats: LayerStats): void;
  /** Settings changed: the next frame says from which update they apply. */
  changed(fromUpdate: number): void;
  /** A frame now, acknowledged or not; metrics refreshed when stale or when `fresh`. */
  frame(run: Run, playing: boolean, fresh: boolean): Frame;
  /** Something changed since the last frame. */
  readonly pending: boolean;
  /** A frame was sent and the page has not acknowledged it yet. */
  readonly awaitingAck: boolean;
  /** When the unacknowledged frame was made (the session's clock), or null. */
  readonly awaitingSince: number | null;
  acknowledge(): void;
}

export function createOutbox(now: () => number): Outbox {
  const state = createFrameState();
  let pending = false;
  let awaitingAck = false;
  let sentAt = 0;
  return {
    record(loss, stats) {
      state.lossSum += loss;
      state.lossCount += 1;
      state.stats = stats;
      pending = true;
    },
    changed(fromUpdate) {
      state.appliedFrom = fromUpdate;
      pending = true;
    },
    frame(run, playing, fresh) {
      const t = now();
      if (fresh || t - state.metricsAt >= METRICS_EVERY_MS) refreshMetrics(run, state, t);
      awaitingAck = true;
      sentAt = t;
      pending = false;
      return buildFrame(run, state, playing);
    },
    get pending() {
      return pending;
    },
    get awaitingAck() {
      return awaitingAck;
    },
    get awaitingSince() {
      return awaitingAck ? sentAt : null;
    },
    acknowledge() {
      awaitingAck = false;
    },
  };
}
