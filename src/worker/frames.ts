// Frames for the page: counters, losses, metrics at a bounded rate, per-layer statistics and
// a copy of the parameters (copies, never the engine's own buffers); for a recurrent net also
// a live inspection of the shown sequence.
import { evaluate } from '../engine/evaluate';
import type { LayerStats } from '../engine/types';
import type { Frame, Message, Metrics, RunSummary } from '../protocol/messages';
import type { CnnRun } from '../scenario/cnnRun';
import type { FixedPointRun } from '../scenario/fixedPointRun';
import { isSequenceRun, paramsOf, type AppRun, type MlpAppRun, type SequenceRun } from './runs';

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
export function refreshMetrics(run: AppRun, state: FrameState, now: number): void {
  const { trainer, split } = run;
  const loss = trainer.config.loss;
  const atUpdate = trainer.updates;
  const metricsOf = (indices: Uint32Array) =>
    run.kind === 'mlp'
      ? evaluate(run.net, loss, run.data.dataset, indices)
      : run.model.evaluate(loss, indices);
  state.train = { ...metricsOf(split.train), atUpdate };
  state.test = split.test.length > 0 ? { ...metricsOf(split.test), atUpdate } : null;
  state.metricsAt = now;
}

/**
 * The frame; `shown` (recurrent nets) is the data-set index of the sequence to inspect with
 * the current parameters.
 */
export function buildFrame(
  run: AppRun,
  state: FrameState,
  playing: boolean,
  shown: number | null = null,
): Frame {
  const L = run.trainer.model.statGroups.length;
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
    params: paramsOf(run).slice(),
    appliedFrom: state.appliedFrom,
    ...(isSequenceRun(run) && shown !== null ? { sequence: run.trainer.inspect(shown) } : {}),
    ...(run.kind === 'cnn' && shown !== null ? { image: run.trainer.inspect(shown) } : {}),
    ...(run.kind === 'fixed-point' && shown !== null
      ? { relaxation: run.trainer.inspect(shown) }
      : {}),
  };
  state.lossSum = 0;
  state.lossCount = 0;
  state.appliedFrom = null;
  return frame;
}

/** A copy of the data set for the page to draw and score. */
export function dataMessage(run: MlpAppRun): Message {
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

export function summarize(run: AppRun, shown = 0): RunSummary {
  if (isSequenceRun(run)) return summarizeRecurrent(run, shown);
  if (run.kind === 'cnn') return summarizeCnn(run, shown);
  if (run.kind === 'fixed-point') return summarizeFixedPoint(run, shown);
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

/** A recurrent run's summary: the MLP fields in its terms, and what only it has. */
function summarizeRecurrent(run: SequenceRun, shown: number): RunSummary {
  const { scenario, data, split, trainer, model } = run;
  const { spec } = run.kind === 'rnn' ? run.rnn.problem : run.net.problem;
  // truncation and the loss over time may have changed since the load (a live patch)
  const sequence = model.sequenceConfig();
  return {
    title: scenario.title,
    description: scenario.description ?? null,
    sizes: [spec.inputs, spec.hidden, spec.outputs],
    activations: model.activationNames(),
    loss: trainer.config.loss,
    optimizer: trainer.config.optimizer,
    batch: trainer.config.batch,
    regularization: trainer.config.regularization,
    dropout: 0,
    seed: scenario.seed,
    task: data.sequences.task,
    nTrain: split.train.length,
    nTest: split.test.length,
    featureNames: data.featureNames,
    classNames: data.classNames,
    dataLabel: data.label,
    recurrent: {
      spec,
      sequence,
      layout: model.layout,
      groups: model.statGroups.map((g) => g.weights[0]?.name ?? ''),
      lengths: Array.from(data.sequences.lengths),
      shown,
    },
  };
}

/** A convolutional run's summary: one "size" per statistics group (the gradient-norm series). */
function summarizeCnn(run: CnnRun, shown: number): RunSummary {
  const { scenario, data, split, trainer, model } = run;
  const groups = model.statGroups.map((g) => g.weights[0]?.name ?? '');
  return {
    title: scenario.title,
    description: scenario.description ?? null,
    sizes: [data.dataset.nIn, ...model.statGroups.map((g) => g.weights[0]?.shape[0] ?? 0)],
    activations: model.activationNames(),
    loss: trainer.config.loss,
    optimizer: trainer.config.optimizer,
    batch: trainer.config.batch,
    regularization: trainer.config.regularization,
    dropout: 0,
    seed: scenario.seed,
    task: data.dataset.task,
    nTrain: split.train.length,
    nTest: split.test.length,
    featureNames: data.featureNames,
    classNames: data.classNames,
    dataLabel: data.label,
    cnn: {
      spec: run.cnn.spec,
      layout: model.layout,
      groups,
      samples: data.dataset.n,
      shown,
    },
  };
}

/** A fixed-point run's summary: its units as one layer, and its spec. */
function summarizeFixedPoint(run: FixedPointRun, shown: number): RunSummary {
  const { scenario, data, split, trainer, model } = run;
  const spec = model.spec();
  return {
    title: scenario.title,
    description: scenario.description ?? null,
    sizes: [spec.inputs, spec.units],
    activations: model.activationNames(),
    loss: trainer.config.loss,
    optimizer: trainer.config.optimizer,
    batch: trainer.config.batch,
    regularization: trainer.config.regularization,
    dropout: 0,
    seed: scenario.seed,
    task: data.dataset.task,
    nTrain: split.train.length,
    nTest: split.test.length,
    featureNames: data.featureNames,
    classNames: data.classNames,
    dataLabel: data.label,
    fixedPoint: {
      spec,
      layout: model.layout,
      samples: data.dataset.n,
      shown,
      groups: model.statGroups.map((g) => g.blocks.map((b) => b.name).join(' and ')),
    },
  };
}

/** Frame pacing: at most one frame until the page acknowledges it (then the latest state). */
export interface Outbox {
  /** Counts one applied update into the next frame. */
  record(loss: number, stats: LayerStats): void;
  /** Settings changed: the next frame says from which update they apply. */
  changed(fromUpdate: number): void;
  /**
   * A frame now, acknowledged or not; metrics refreshed when stale or when `fresh`; `shown`
   * (recurrent nets) is the sequence to inspect.
   */
  frame(run: AppRun, playing: boolean, fresh: boolean, shown?: number | null): Frame;
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
    frame(run, playing, fresh, shown = null) {
      const t = now();
      if (fresh || t - state.metricsAt >= METRICS_EVERY_MS) refreshMetrics(run, state, t);
      awaitingAck = true;
      sentAt = t;
      pending = false;
      return buildFrame(run, state, playing, shown);
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
