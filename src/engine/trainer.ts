// The one trainer: batches, epochs, the batch mean, regularization, the optimizer step,
// divergence checks, statistics, snapshots and traces — for any family's `Model`.
// step(false) allocates nothing in its hot path; step(true) returns fresh copies.
import { clipByGlobalNorm, clipFactor } from './clip';
import { describeDivergence, firstNonFinite } from './divergence';
import { roleMask } from './layout';
import { createMlpModel } from './mlp';
import type { Model } from './model';
import { createOptimizer } from './optimizers';
import { createRng } from './random';
import { addPenaltyGradient, penalty } from './regularization';
import type { ModelTrainer, ModelTrainerOptions, Trainer, TrainerOptions } from './trainerTypes';
import type { DivergenceQuantity, LayerStats, StepResult } from './types';
import { batchSize, copyState, groupSums } from './updateStats';

export type {
  ModelTrainer,
  ModelTrainerOptions,
  Trainer,
  TrainerOptions,
  TrainerSnapshot,
} from './trainerTypes';

/** The MLP trainer: the one trainer over `createMlpModel(net, data)`. */
export function createTrainer(options: TrainerOptions): Trainer {
  const { net, data } = options;
  return Object.assign(createModelTrainer(createMlpModel(net, data), options), { net, data });
}

/** The one trainer over a family's model (see model.ts for what the model does). */
export function createModelTrainer<Sample, Step>(
  model: Model<Sample, Step>,
  options: ModelTrainerOptions,
): ModelTrainer<Sample, Step> {
  const { seed } = options;
  const trainIndices = Uint32Array.from(options.trainIndices);
  if (trainIndices.length === 0) throw new RangeError('the training set is empty');
  let config = options.config;
  const params = model.params;
  const P = params.length;
  const groups = model.statGroups.map((g) => ({
    weights: g.weights,
    others: g.blocks.filter((b) => !g.weights.includes(b)),
  }));
  const G = groups.length;

  // Regularization applies to the 'weight' blocks; trainBiases = false freezes the 'bias' ones.
  const isWeight = roleMask(model.layout, 'weight');
  const trainable = new Uint8Array(P);
  const setTrainable = (): void => {
    for (let k = 0; k < P; k += 1) trainable[k] = isWeight[k] || config.trainBiases ? 1 : 0;
  };
  setTrainable();

  const optimizer = createOptimizer(config.optimizer, P);
  const shuffleRng = createRng(seed, 'shuffle');
  const dropoutRng = createRng(seed, 'dropout');
  const grads = new Float64Array(P);
  const next = new Float64Array(P);
  const stats: LayerStats = { gradNorm: new Float64Array(G), updateRatio: new Float64Array(G) };
  // The pass options, rewritten in place before each batch (no allocation per step).
  const pass = { loss: config.loss, dropout: config.dropout, rng: dropoutRng };

  const order = Uint32Array.from(trainIndices);
  if (config.shuffle) shuffleRng.shuffle(order);
  let position = 0;
  let updates = 0;
  let epochsCompleted = 0;

  const result = { ok: true as const, update: 0, epoch: 0, loss: 0, stats, trace: null };

  const diverged = (
    quantity: DivergenceQuantity,
    layer: number | null,
    sample: number | null,
    value: number,
  ): StepResult<Step> => {
    const at = {
      update: updates + 1,
      epoch: epochsCompleted + 1,
      learningRate: config.optimizer.learningRate,
    };
    return { ok: false, divergence: describeDivergence(at, quantity, layer, sample, value) };
  };

  // A refused update rewinds the dropout stream, so retrying draws the same masks.
  const dropoutBefore = new Uint32Array(4);
  let dropoutSaved = false;
  const fail = (r: StepResult<Step>): StepResult<Step> => {
    if (dropoutSaved) dropoutRng.loadStateFrom(dropoutBefore);
    dropoutSaved = false;
    return r;
  };

  // Locates a non-finite loss: replays the sample's forward pass (without dropout) with checks.
  const nonFiniteLoss = (index: number, loss: number): StepResult<Step> => {
    const bad = model.findNonFinite(index);
    if (bad) return diverged('activation', bad.layer, index, bad.value);
    return diverged('loss', null, index, loss);
  };

  const norms = new Float64Array(3);
  // Each sample's loss on the untraced path (grown to the largest batch seen).
  let losses = new Float64Array(0);

  const step = (trace = false): StepResult<Step> => {
    const count = Math.min(batchSize(config, order.length), order.length - position);
    const dropout = config.dropout;
    pass.loss = config.loss;
    pass.dropout = dropout;
    dropoutSaved = dropout > 0;
    if (dropoutSaved) dropoutRng.saveStateInto(dropoutBefore);
    // A traced update's four parameter-sized copies (before, after, gradients, change) as
    // views of one buffer: one backing store instead of four (each costs more than its copy).
    const copies = trace ? new Float64Array(4 * P) : null;
    const before = copies ? copies.subarray(0, P) : null;
    before?.set(params);
    const samples: Sample[] | null = trace ? [] : null;
    grads.fill(0);
    model.prepareBatch?.(order, position, count, pass);
    let lossSum = 0;
    if (losses.length < count) losses = new Float64Array(count);
    // The family's whole-batch path when it has one (traced or not), else sample by sample.
    const bad =
      samples && model.accumulateManyTraced
        ? model.accumulateManyTraced(order, position, count, grads, pass, losses, samples)
        : !samples && model.accumulateMany
          ? model.accumulateMany(order, position, count, grads, pass, losses)
          : null;
    if (bad !== null) {
      if (bad >= 0) return fail(nonFiniteLoss(order[position + bad], losses[bad]));
      for (let k = 0; k < count; k += 1) lossSum += losses[k];
    } else {
      for (let s = 0; s < count; s += 1) {
        const index = order[position + s];
        const loss = model.accumulate(index, grads, pass);
        if (!Number.isFinite(loss)) return fail(nonFiniteLoss(index, loss));
        lossSum += loss;
        if (samples) samples.push(model.traceSample(index, loss));
      }
    }
    for (let k = 0; k < P; k += 1) grads[k] /= count;
    const regLoss = trace ? penalty(params, isWeight, config.regularization) : 0;
    addPenaltyGradient(grads, params, isWeight, config.regularization);
    const badGrad = firstNonFinite(grads);
    if (badGrad >= 0) {
      // An infinite hidden activation can leave the loss finite (a saturated output): name it.
      for (let s = 0; s < count; s += 1) {
        const index = order[position + s];
        const bad = model.findNonFinite(index);
        if (bad) return fail(diverged('activation', bad.layer, index, bad.value));
      }
      return fail(diverged('gradient', model.ownerOf(badGrad).layer, null, grads[badGrad]));
    }
    const clipNorm = config.optimizer.clipNorm;
    // The trace keeps the gradient itself (its chain-rule terms add up to it) and the clip.
    const gradients = copies ? copies.subarray(2 * P, 3 * P) : null;
    if (gradients && clipNorm !== undefined) gradients.set(grads);
    const normBefore = clipNorm === undefined ? 0 : clipByGlobalNorm(grads, clipNorm);
    optimizer.propose(params, grads, trainable, next);

    // One pass per group: the statistics, and whether every proposed parameter is finite.
    for (let g = 0; g < G; g += 1) {
      if (!groupSums(groups[g].weights, groups[g].others, grads, params, next, norms)) {
        const bad = firstNonFinite(next);
        const owner = model.ownerOf(bad);
        return fail(diverged(owner.quantity, owner.layer, null, next[bad]));
      }
      const g2 = norms[0];
      const w2 = norms[1];
      const d2 = norms[2];
      stats.gradNorm[g] = Math.sqrt(g2);
      stats.updateRatio[g] = w2 > 0 ? Math.sqrt(d2 / w2) : d2 > 0 ? Infinity : 0;
    }

    params.set(next);
    optimizer.commit();
    updates += 1;
    const epoch = epochsCompleted + 1;
    // Read the batch before an epoch's end reshuffles the order in place.
    const batch: number[] | null = samples ? [] : null;
    if (batch) for (let s = 0; s < count; s += 1) batch.push(order[position + s]);
    position += count;
    if (position >= order.length) {
      // The epoch is over: its last batch may have been smaller, and is never merged.
      epochsCompleted += 1;
      position = 0;
      if (config.shuffle) shuffleRng.shuffle(order);
    }
    const loss = lossSum / count;
    dropoutSaved = false;
    if (!samples || !copies || !before || !gradients || !batch) {
      result.update = updates;
      result.epoch = epoch;
      result.loss = loss;
      return result;
    }
    const after = copies.subarray(P, 2 * P);
    after.set(params);
    if (clipNorm === undefined) gradients.set(grads);
    const state = copyState(optimizer.state());
    const change = copies.subarray(3 * P);
    for (let k = 0; k < P; k += 1) change[k] = after[k] - before[k];
    return {
      ok: true,
      update: updates,
      epoch,
      loss,
      stats: {
        gradNorm: stats.gradNorm.slice(),
        updateRatio: stats.updateRatio.slice(),
      },
      trace: model.traceStep({
        update: updates,
        epoch,
        loss: config.loss,
        regularization: config.regularization,
        trainBiases: config.trainBiases,
        dropout: config.dropout,
        batch,
        samples,
        batchLoss: loss,
        regularizationLoss: regLoss,
        gradients,
        before,
        after,
        optimizer: { config: optimizer.config, t: optimizer.t, state, change },
        ...(clipNorm === undefined
          ? {}
          : { clip: { norm: normBefore, factor: clipFactor(normBefore, clipNorm) } }),
      }),
    };
  };

  const trainer: ModelTrainer<Sample, Step> = {
    model,
    trainIndices,
    get config() {
      return config;
    },
    get updates() {
      return updates;
    },
    get epoch() {
      return epochsCompleted + 1;
    },
    get positionInEpoch() {
      return position;
    },
    step,
    configure(patch) {
      config = { ...config, ...patch };
      if (patch.optimizer) optimizer.setConfig(patch.optimizer);
      if (patch.trainBiases !== undefined) setTrainable();
    },
    setActivations(names) {
      model.setActivations(names);
    },
    optimizerState() {
      return optimizer.state();
    },
    inspect(index) {
      return model.inspect(index, config.loss);
    },
    snapshot() {
      const state = copyState(optimizer.state());
      return {
        params: params.slice(),
        optimizer: { t: optimizer.t, state },
        config,
        activations: model.activationNames(),
        updates,
        epochsCompleted,
        position,
        order: Uint32Array.from(order),
        rng: { shuffle: shuffleRng.getState(), dropout: dropoutRng.getState() },
      };
    },
    restore(snapshot) {
      if (snapshot.params.length !== P || snapshot.order.length !== order.length) {
        throw new RangeError('the snapshot belongs to a different network or data set');
      }
      trainer.configure(snapshot.config);
      optimizer.setConfig(snapshot.config.optimizer);
      optimizer.load(snapshot.optimizer.t, snapshot.optimizer.state);
      trainer.setActivations(snapshot.activations);
      params.set(snapshot.params);
      updates = snapshot.updates;
      epochsCompleted = snapshot.epochsCompleted;
      position = snapshot.position;
      order.set(snapshot.order);
      shuffleRng.setState(snapshot.rng.shuffle);
      dropoutRng.setState(snapshot.rng.dropout);
    },
  };
  return trainer;
}
