// An independent oracle: the same nets in TensorFlow.js (CPU backend, float32), fixed ones
// and random ones (fast-check, with L1/L2). Losses and every batch gradient agree within 1e-6
// relative; SGD, momentum (and Nesterov) and Adam steps agree with tfjs's own optimizers.
import * as tf from '@tensorflow/tfjs-core';
import fc from 'fast-check';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNetwork } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { createTrainer } from '../../src/engine/trainer';
import type { ActivationName, LossName, OptimizerConfig } from '../../src/engine/types';
import { baseConfig } from './helpers';
import { tfForward, tfLoss, tfPenalty } from './helpers/tfNet';
import { awayFromKinks, randomCase, type RandomCase } from './helpers/randomNet';

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
});

interface NetCase {
  sizes: number[];
  activations: ActivationName[];
  loss: LossName;
  seed: number;
  batch: number;
}

/**
 * float32 agreement: tfjs computes in float32 (ε ≈ 6e-8), so a sum of a few dozen products
 * carries a relative error of some 1e-7 — the 1e-6 relative tolerance, with an absolute
 * floor of 1e-7 for entries that are themselves at float32 noise level.
 */
function expectClose(ours: ArrayLike<number>, theirs: ArrayLike<number>, floor = 1e-7): void {
  expect(ours.length).toBe(theirs.length);
  for (let k = 0; k < ours.length; k += 1) {
    const tol = 1e-6 * Math.max(Math.abs(ours[k]), Math.abs(theirs[k])) + floor;
    if (Math.abs(ours[k] - theirs[k]) > tol) {
      throw new Error(`entry ${k}: engine ${ours[k]} vs tfjs ${theirs[k]} (tolerance ${tol})`);
    }
  }
}

/** Dyadic numbers (multiples of 1/64) are exact in float32, so both sides see the same inputs. */
function dyadic(rng: ReturnType<typeof createRng>, scale: number): number {
  return Math.round((2 * rng.next() - 1) * scale * 64) / 64;
}

function build(c: NetCase) {
  const rng = createRng(c.seed, 'oracle');
  const nIn = c.sizes[0];
  const nOut = c.sizes[c.sizes.length - 1];
  const weights = c.sizes
    .slice(1)
    .map((n, l) =>
      Array.from({ length: n }, () => Array.from({ length: c.sizes[l] }, () => dyadic(rng, 0.8))),
    );
  const biases = c.sizes.slice(1).map((n) => Array.from({ length: n }, () => dyadic(rng, 0.3)));
  const x = Array.from({ length: c.batch }, () =>
    Array.from({ length: nIn }, () => dyadic(rng, 1)),
  );
  const softmax = c.activations[c.activations.length - 1] === 'softmax';
  const t = Array.from({ length: c.batch }, () => {
    if (softmax) {
      const row = new Array<number>(nOut).fill(0);
      row[rng.int(nOut)] = 1;
      return row;
    }
    return Array.from({ length: nOut }, () =>
      c.loss === 'cross-entropy' ? Math.round((0.1 + 0.8 * rng.next()) * 64) / 64 : dyadic(rng, 1),
    );
  });
  return { weights, biases, x, t };
}

const CASES: NetCase[] = [];
const ACTS: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'];
ACTS.forEach((hidden, h) => {
  CASES.push({
    sizes: [3, 4, 2],
    activations: [hidden, 'sigmoid'],
    loss: 'squared-error',
    seed: 10 + h,
    batch: 4,
  });
  CASES.push({
    sizes: [2, 5, 3, 1],
    activations: [hidden, ACTS[(h + 1) % 5], 'sigmoid'],
    loss: 'cross-entropy',
    seed: 20 + h,
    batch: 5,
  });
  CASES.push({
    sizes: [4, 3, 3],
    activations: [hidden, 'softmax'],
    loss: 'cross-entropy',
    seed: 30 + h,
    batch: 3,
  });
  CASES.push({
    sizes: [2, 3, 2],
    activations: [hidden, hidden === 'relu' ? 'linear' : hidden],
    loss: 'mse',
    seed: 40 + h,
    batch: 4,
  });
});

describe('loss and gradients against TensorFlow.js', () => {
  it.each(
    CASES.map((c) => [`${c.sizes.join('-')} ${c.activations.join('/')} ${c.loss}`, c] as const),
  )('%s', (_name, c) => {
    const { weights, biases, x, t } = build(c);
    const net = createNetwork(
      { sizes: c.sizes, activations: c.activations, init: 'zeros', weights, biases },
      createRng(1, 'init'),
    );
    const trainer = createTrainer({
      net,
      data: {
        n: c.batch,
        nIn: c.sizes[0],
        nOut: c.sizes.at(-1)!,
        inputs: Float64Array.from(x.flat()),
        targets: Float64Array.from(t.flat()),
        task: 'regression',
      },
      trainIndices: Uint32Array.from({ length: c.batch }, (_, k) => k),
      config: {
        ...baseConfig,
        loss: c.loss,
        batch: { mode: 'full' },
        optimizer: { kind: 'sgd', learningRate: 0 },
      },
      seed: 1,
    });
    const result = trainer.step(true);
    if (!result.ok || !result.trace) throw new Error('step failed');

    const Ws = weights.map((W) => tf.variable(tf.tensor2d(W)));
    const bs = biases.map((b) => tf.variable(tf.tensor1d(b)));
    const output = c.activations[c.activations.length - 1];
    const { value, grads } = tf.variableGrads(() =>
      tfLoss(c.loss, output, tfForward(Ws, bs, c.activations, x), tf.tensor2d(t)),
    );
    expectClose([result.trace.batchLoss], [value.dataSync()[0]]);
    const theirs: number[] = [];
    Ws.forEach((W, l) => {
      theirs.push(...grads[W.name].dataSync(), ...grads[bs[l].name].dataSync());
    });
    expectClose(result.trace.gradients, theirs);
    tf.dispose([value, ...Object.values(grads), ...Ws, ...bs]);
  });
});

describe('optimizer steps against TensorFlow.js optimizers', () => {
  const configs: [string, OptimizerConfig, () => tf.Optimizer][] = [
    ['sgd', { kind: 'sgd', learningRate: 0.1 }, () => tf.train.sgd(0.1)],
    [
      'momentum',
      { kind: 'momentum', learningRate: 0.1, momentum: 0.9, nesterov: false },
      () => tf.train.momentum(0.1, 0.9, false),
    ],
    [
      'nesterov momentum',
      { kind: 'momentum', learningRate: 0.1, momentum: 0.9, nesterov: true },
      () => tf.train.momentum(0.1, 0.9, true),
    ],
    [
      'adam',
      { kind: 'adam', learningRate: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
      () => tf.train.adam(0.05, 0.9, 0.999, 1e-8),
    ],
  ];
  it.each(configs)('%s agrees for three steps', (_name, config, makeOptimizer) => {
    const c: NetCase = {
      sizes: [2, 3, 1],
      activations: ['tanh', 'sigmoid'],
      loss: 'squared-error',
      seed: 99,
      batch: 4,
    };
    const { weights, biases, x, t } = build(c);
    const net = createNetwork(
      { sizes: c.sizes, activations: c.activations, init: 'zeros', weights, biases },
      createRng(1, 'init'),
    );
    const trainer = createTrainer({
      net,
      data: {
        n: 4,
        nIn: 2,
        nOut: 1,
        inputs: Float64Array.from(x.flat()),
        targets: Float64Array.from(t.flat()),
        task: 'regression',
      },
      trainIndices: Uint32Array.of(0, 1, 2, 3),
      config: { ...baseConfig, batch: { mode: 'full' }, optimizer: config },
      seed: 1,
    });
    const Ws = weights.map((W) => tf.variable(tf.tensor2d(W)));
    const bs = biases.map((b) => tf.variable(tf.tensor1d(b)));
    const optimizer = makeOptimizer();
    for (let step = 0; step < 3; step += 1) {
      trainer.step();
      optimizer.minimize(() =>
        tfLoss(c.loss, 'sigmoid', tfForward(Ws, bs, c.activations, x), tf.tensor2d(t)),
      );
      const theirs: number[] = [];
      Ws.forEach((W, l) => theirs.push(...W.dataSync(), ...bs[l].dataSync()));
      // Adam's step is η·m̂/(√v̂+ε) whatever the gradient's size, and tfjs holds β₂ = 0.999
      // in float32 (0.99900001…), so its 1 − β₂ᵗ is off by ~1.3e-5 relative and each step
      // by ~7e-6 of η: allow 2e-5·η per step taken on top of the float32 tolerance.
      const floor = config.kind === 'adam' ? 2e-5 * config.learningRate * (step + 1) : 1e-7;
      expectClose(net.params, theirs, floor);
    }
    optimizer.dispose();
    tf.dispose([...Ws, ...bs]);
  });
});

/** The case with every weight, bias, input and target rounded to a multiple of 1/64 (exact in float32). */
function dyadicCase(c: RandomCase): RandomCase {
  const round = (v: number): number => Math.round(v * 64) / 64;
  return {
    ...c,
    net: { ...c.net, params: c.net.params.map(round) },
    xs: c.xs.map((x) => x.map(round)),
    ts: c.ts.map((t) => t.map(round)),
  };
}

describe('random nets against TensorFlow.js', () => {
  it('agree on the loss and every batch gradient, with L1 and L2 too', () => {
    fc.assert(
      fc.property(randomCase({ maxSamples: 4 }), (drawn) => {
        const c = dyadicCase(drawn);
        // away from ReLU's kink and |w| = 0, where the two may pick different one-sided slopes
        fc.pre(awayFromKinks(c));
        const { sizes, activations } = c.net;
        const net = createNetwork({ sizes, activations, init: 'zeros' }, createRng(1, 'init'));
        net.params.set(c.net.params);
        const trainer = createTrainer({
          net,
          data: {
            n: c.xs.length,
            nIn: sizes[0],
            nOut: sizes[sizes.length - 1],
            inputs: Float64Array.from(c.xs.flat()),
            targets: Float64Array.from(c.ts.flat()),
            task: 'regression',
          },
          trainIndices: Uint32Array.from(c.xs.keys()),
          config: {
            ...baseConfig,
            loss: c.loss,
            regularization: c.reg,
            batch: { mode: 'full' },
            optimizer: { kind: 'sgd', learningRate: 0 },
          },
          seed: 1,
        });
        const result = trainer.step(true);
        if (!result.ok || !result.trace) throw new Error('step failed');

        const Ws: tf.Variable[] = [];
        const bs: tf.Variable[] = [];
        const p = Array.from(c.net.params);
        let o = 0;
        for (let l = 0; l + 1 < sizes.length; l += 1) {
          const [nIn, nOut] = [sizes[l], sizes[l + 1]];
          Ws.push(tf.variable(tf.tensor2d(p.slice(o, o + nIn * nOut), [nOut, nIn])));
          bs.push(tf.variable(tf.tensor1d(p.slice(o + nIn * nOut, o + nIn * nOut + nOut))));
          o += nIn * nOut + nOut;
        }
        const output = activations[activations.length - 1];
        const { value, grads } = tf.variableGrads(() =>
          tf.add(
            tfLoss(c.loss, output, tfForward(Ws, bs, activations, c.xs), tf.tensor2d(c.ts)),
            tfPenalty(Ws, c.reg),
          ),
        );
        const theirs: number[] = [];
        Ws.forEach((W, l) =>
          theirs.push(...grads[W.name].dataSync(), ...grads[bs[l].name].dataSync()),
        );
        try {
          // Inputs are exact in float32 (dyadic), so only tfjs's float32 arithmetic differs:
          // ε ≈ 6e-8 per operation over some 20 roundings on a path through four layers, with
          // exp/log, is up to ~1e-6 relative; the absolute floor 1e-6 covers entries that are
          // sums of cancelling terms (their float32 error scales with the terms, not the sum).
          expectClose(
            [result.trace.batchLoss + result.trace.regularizationLoss],
            [value.dataSync()[0]],
            1e-6,
          );
          expectClose(result.trace.gradients, theirs, 1e-6);
        } finally {
          tf.dispose([value, ...Object.values(grads), ...Ws, ...bs]);
        }
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
