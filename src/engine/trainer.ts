// The trainer: batches, epochs, the optimizer step, divergence checks and traces.
// step(false) allocates nothing in its hot path; step(true) returns fresh copies.
import { getActivation } from './activations';
import { clipByGlobalNorm, clipFactor } from './clip';
import { describeDivergence, firstNonFinite } from './divergence';
import { describeParam, weightMask } from './network';
import { createOptimizer } from './optimizers';
import { backward, createWorkspace, forward, sampleLoss, type Workspace } from './propagate';
import { createRng } from './random';
import { addPenaltyGradient, penalty } from './regularization';
import { buildSampleTrace, buildStepTrace } from './traceBuild';
import type { Trainer, TrainerOptions } from './trainerTypes';
import type {
  DivergenceQuantity,
  LayerStats,
  SampleTrace,
  StepResult,
  TrainerConfig,
} from './types';

export type { Trainer, TrainerOptions, TrainerSnapshot } from './trainerTypes';

function batchSize(config: TrainerConfig, trainCount: number): number {
  switch (config.batch.mode) {
    case 'online':
      return 1;
    case 'minibatch':
      return Math.max(1, Math.min(config.batch.size, trainCount));
    case 'full':
      return trainCount;
  }
}

export function createTrainer(options: TrainerOptions): Trainer {
  const { net, data, seed } = options;
  const trainIndices = Uint32Array.from(options.trainIndices);
  if (trainIndices.length === 0) throw new RangeError('the training set is empty');
  let config = options.config;
  const L = net.layers.length;
  const P = net.params.length;
  const nIn = net.sizes[0];
  const nOut = net.sizes[L];

  const isWeight = weightMask(net.sizes);
  const trainable = new Uint8Array(P);
  const setTrainable = (): void => {
    for (let k = 0; k < P; k += 1) trainable[k] = isWeight[k] || config.trainBiases ? 1 : 0;
  };
  setTrainable();

  const optimizer = createOptimizer(config.optimizer, P);
  const shuffleRng = createRng(seed, 'shuffle');
  const dropoutRng = createRng(seed, 'dropout');
  let ws: Workspace = createWorkspace(net.sizes, config.dropout > 0);
  const evalWs = createWorkspace(net.sizes, false);
  const grads = new Float64Array(P);
  const next = new Float64Array(P);
  const stats: LayerStats = { gradNorm: new Float64Array(L), updateRatio: new Float64Array(L) };

  const order = Uint32Array.from(trainIndices);
  if (config.shuffle) shuffleRng.shuffle(order);
  let position = 0;
  let updates = 0;
  let epochsCompleted = 0;

  const result = { ok: true as const, update: 0, epoch: 0, loss: 0, stats, trace: null };

  // Copies one sample into the workspace (plain loops: subarray views would allocate).
  const load = (w: Workspace, index: number): void => {
    const { inputs, targets } = data;
    for (let i = 0, o = index * nIn; i < nIn; i += 1) w.x[i] = inputs[o + i];
    for (let k = 0, o = index * nOut; k < nOut; k += 1) w.t[k] = targets[o + k];
  };

  const diverged = (
    quantity: DivergenceQuantity,
    layer: number | null,
    sample: number | null,
    value: number,
  ): StepResult => {
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
  const fail = (r: StepResult): StepResult => {
    if (dropoutSaved) dropoutRng.loadStateFrom(dropoutBefore);
    dropoutSaved = false;
    return r;
  };

  const step = (trace = false): StepResult => {
    const count = Math.min(batchSize(config, order.length), order.length - position);
    const dropout = config.dropout;
    dropoutSaved = dropout > 0;
    if (dropoutSaved) dropoutRng.saveStateInto(dropoutBefore);
    const before = trace ? net.params.slice() : null;
    const samples: SampleTrace[] | null = trace ? [] : null;
    grads.fill(0);
    let lossSum = 0;
    for (let s = 0; s < count; s += 1) {
      const index = order[position + s];
      load(ws, index);
      forward(net, ws, dropout, dropoutRng);
      const loss = sampleLoss(net, ws, config.loss);
      if (!Number.isFinite(loss)) {
        // Locate the failure: replay this sample's forward pass (without dropout) with checks.
        const badLayer = forward(net, ws, 0, null, true);
        if (badLayer) {
          const a = ws.a[badLayer - 1];
          return fail(diverged('activation', badLayer, index, a[firstNonFinite(a)]));
        }
        return fail(diverged('loss', null, index, loss));
      }
      backward(net, ws, config.loss, grads);
      lossSum += loss;
      if (samples) samples.push(buildSampleTrace(index, ws, dropout > 0, loss));
    }
    for (let k = 0; k < P; k += 1) grads[k] /= count;
    const regLoss = trace ? penalty(net.params, isWeight, config.regularization) : 0;
    addPenaltyGradient(grads, net.params, isWeight, config.regularization);
    const badGrad = firstNonFinite(grads);
    if (badGrad >= 0) {
      // An infinite hidden activation can leave the loss finite (a saturated output): name it.
      for (let s = 0; s < count; s += 1) {
        const index = order[position + s];
        load(ws, index);
        const badLayer = forward(net, ws, 0, null, true);
        if (badLayer) {
          const a = ws.a[badLayer - 1];
          return fail(diverged('activation', badLayer, index, a[firstNonFinite(a)]));
        }
      }
      const where = describeParam(net.sizes, badGrad);
      return fail(diverged('gradient', where.layer + 1, null, grads[badGrad]));
    }
    const clipNorm = config.optimizer.clipNorm;
    // The trace keeps the gradient itself (its chain-rule terms add up to it) and the clip.
    const unclipped = trace && clipNorm !== undefined ? grads.slice() : null;
    const normBefore = clipNorm === undefined ? 0 : clipByGlobalNorm(grads, clipNorm);
    optimizer.propose(net.params, grads, trainable, next);

    // One pass per layer: the statistics, and whether every proposed parameter is finite.
    const params = net.params;
    for (let l = 0; l < L; l += 1) {
      const { wOffset, bOffset, nOut: n } = net.layers[l];
      let g2 = 0;
      let w2 = 0;
      let d2 = 0;
      let finite = true;
      for (let k = wOffset; k < bOffset; k += 1) {
        const w = next[k];
        finite &&= Number.isFinite(w);
        g2 += grads[k] * grads[k];
        w2 += params[k] * params[k];
        d2 += (w - params[k]) * (w - params[k]);
      }
      for (let k = bOffset; k < bOffset + n; k += 1) finite &&= Number.isFinite(next[k]);
      if (!finite) {
        const bad = firstNonFinite(next);
        const where = describeParam(net.sizes, bad);
        return fail(diverged(where.kind, where.layer + 1, null, next[bad]));
      }
      stats.gradNorm[l] = Math.sqrt(g2);
      stats.updateRatio[l] = w2 > 0 ? Math.sqrt(d2 / w2) : d2 > 0 ? Infinity : 0;
    }

    net.params.set(next);
    optimizer.commit();
    updates += 1;
    const epoch = epochsCompleted + 1;
    // Read the batch before an epoch's end reshuffles the order in place.
    const batch = samples ? Array.from(order.subarray(position, position + count)) : null;
    position += count;
    if (position >= order.length) {
      // The epoch is over: its last batch may have been smaller, and is never merged.
      epochsCompleted += 1;
      position = 0;
      if (config.shuffle) shuffleRng.shuffle(order);
    }
    const loss = lossSum / count;
    dropoutSaved = false;
    if (!samples || !before || !batch) {
      result.update = updates;
      result.epoch = epoch;
      result.loss = loss;
      return result;
    }
    const after = net.params.slice();
    return {
      ok: true,
      update: updates,
      epoch,
      loss,
      stats: {
        gradNorm: stats.gradNorm.slice(),
        updateRatio: stats.updateRatio.slice(),
      },
      trace: buildStepTrace({
        update: updates,
        epoch,
        net,
        config,
        batch,
        samples,
        batchLoss: loss,
        regularizationLoss: regLoss,
        gradients: unclipped ?? grads.slice(),
        before,
        after,
        optimizer,
        ...(clipNorm === undefined
          ? {}
          : { clip: { norm: normBefore, factor: clipFactor(normBefore, clipNorm) } }),
      }),
    };
  };

  const trainer: Trainer = {
    net,
    data,
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
      const previous = config;
      config = { ...config, ...patch };
      if (patch.optimizer) optimizer.setConfig(patch.optimizer);
      if (patch.trainBiases !== undefined) setTrainable();
      if (previous.dropout > 0 !== config.dropout > 0) {
        ws = createWorkspace(net.sizes, config.dropout > 0);
      }
    },
    setActivations(names) {
      if (names.length !== L)
        throw new RangeError(`expected ${L} activations, got ${names.length}`);
      net.activations = names.map(getActivation);
    },
    optimizerState() {
      return optimizer.state();
    },
    inspect(index) {
      load(evalWs, index);
      forward(net, evalWs, 0, null);
      backward(net, evalWs, config.loss, null);
      return buildSampleTrace(index, evalWs, false, sampleLoss(net, evalWs, config.loss));
    },
    snapshot() {
      const state: Record<string, Float64Array> = {};
      for (const [name, arr] of Object.entries(optimizer.state())) state[name] = arr.slice();
      return {
        params: net.params.slice(),
        optimizer: { t: optimizer.t, state },
        config,
        activations: net.activations.map((a) => a.name),
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
      net.params.set(snapshot.params);
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
