// The contenders of the engine benchmark: this engine (untraced and traced), brain.js,
// convnetjs, TensorFlow.js (CPU backend) and a hand-fused loop. Each trains one epoch per
// call on the same data and returns how many examples it trained.
import { createRequire } from 'node:module';
import type * as brainTypes from 'brain.js';
import type * as convnetTypes from 'convnetjs';
import { createNetwork, unflattenParams } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { createTrainer } from '../../src/engine/trainer';
import type { ActivationName } from '../../src/engine/types';
import { compileFused } from './fused';
import { trainerOptions, type Workload } from './workloads';

// brain.js, convnetjs and tfjs load through require (CommonJS; tfjs's ESM does not load in
// plain Node), each only in the process that measures it.
const require = createRequire(import.meta.url);

export interface Contender {
  readonly name: string;
  /** What it does per example, where it differs from the others. */
  readonly note: string;
  prepare(w: Workload): Promise<() => number>;
}

/** This engine's trainer on workload w: the same initial weights, batches and SGD as the others. */
function engineTrainer(w: Workload) {
  const nested = unflattenParams(w.sizes, w.initial);
  const activations: ActivationName[] = [...w.sizes.slice(2).map(() => w.hidden), w.output];
  const net = createNetwork(
    { sizes: w.sizes, activations, init: 'zeros', weights: nested.weights, biases: nested.biases },
    createRng(1, 'init'),
  );
  return createTrainer(trainerOptions(w, net));
}

function engine(traced: boolean): Contender {
  return {
    name: traced ? 'engine (traced)' : 'engine',
    note: traced ? 'full StepTrace of every update' : 'trainer.step(false)',
    async prepare(w) {
      const trainer = engineTrainer(w);
      return () => {
        const epoch = trainer.epoch;
        while (trainer.epoch === epoch) trainer.step(traced);
        return w.n;
      };
    },
  };
}

function fused(det: boolean): Contender {
  return {
    name: det ? 'fused loop (detMath)' : 'fused loop',
    note: det
      ? "the same loop with the engine's arithmetic-only tanh and exp: the limit under its determinism rule"
      : 'one loop written for this net alone, Math.tanh/exp: the practical limit',
    async prepare(w) {
      // It must do the engine's work: after one epoch from the same start, the same weights
      // (up to Math.tanh/exp against the engine's arithmetic-only versions, ~1e-16 each).
      const check = compileFused(w, det);
      check.epoch();
      const trainer = engineTrainer(w);
      while (trainer.epoch === 1) trainer.step(false);
      check.params().forEach((v, k) => {
        const e = trainer.net.params[k];
        if (Math.abs(v - e) > 1e-9 * Math.max(1, Math.abs(e)))
          throw new Error(
            `the fused loop disagrees with the engine at parameter ${k}: ${v} vs ${e}`,
          );
      });
      return compileFused(w, det).epoch;
    },
  };
}

/**
 * brain.js 1.6.1's NeuralNetwork has no batch size: train() and trainPatterns() call
 * trainPattern(example) for each example, which runs the forward pass (runInput), the deltas
 * (calculateDeltas) and then adjustWeights: every weight and bias moves after every example,
 * with its momentum term (set to 1e-9 here). So per example it does one full update where the
 * others do a tenth (or 1/32) of one: batch 1 is as close to batch 10 as it allows. Its output
 * layer uses the hidden activation (tanh, or ReLU for digits) and squared error, as it offers
 * no sigmoid or softmax output beside a tanh/ReLU hidden layer. We call trainPattern directly
 * so that its per-epoch error bookkeeping is not timed.
 */
const brainjs: Contender = {
  name: 'brain.js 1.6.1',
  note: 'online only (one update per example, its only mode); its hidden activation on the output too; squared error',
  async prepare(w) {
    const brain = require('brain.js') as typeof brainTypes;
    const net = new brain.NeuralNetwork({
      hiddenLayers: w.sizes.slice(1, -1),
      activation: w.hidden === 'relu' ? 'relu' : 'tanh',
      learningRate: w.learningRate,
      momentum: 1e-9, // brain.js refuses 0; this is plain SGD to every printed digit
    } as brainTypes.INeuralNetworkOptions);
    const data = Array.from({ length: w.n }, (_, r) => ({
      input: Array.from(w.inputs.subarray(r * w.nIn, (r + 1) * w.nIn)),
      output: Array.from(w.targets.subarray(r * w.nOut, (r + 1) * w.nOut)),
    }));
    net.train(data.slice(0, 1), { iterations: 1 }); // sizes the net and initialises it
    const trainer = net as unknown as { trainPattern(d: (typeof data)[number]): void };
    return () => {
      for (const d of data) trainer.trainPattern(d);
      return w.n;
    };
  },
};

const convnet: Contender = {
  name: 'convnetjs 0.3.0',
  note: 'its own SGD trainer with batch_size; float64',
  async prepare(w) {
    const layers: Record<string, unknown>[] = [
      { type: 'input', out_sx: 1, out_sy: 1, out_depth: w.nIn },
    ];
    for (const n of w.sizes.slice(1, -1))
      layers.push({ type: 'fc', num_neurons: n, activation: w.hidden });
    if (w.output === 'softmax') layers.push({ type: 'softmax', num_classes: w.nOut });
    else
      layers.push(
        { type: 'fc', num_neurons: w.nOut, activation: 'sigmoid' },
        { type: 'regression', num_neurons: w.nOut },
      );
    const convnetjs = require('convnetjs') as typeof convnetTypes;
    const net = new convnetjs.Net();
    net.makeLayers(layers);
    const trainer = new convnetjs.Trainer(net, {
      method: 'sgd',
      learning_rate: w.learningRate,
      batch_size: w.batch,
      momentum: 0,
      l2_decay: 0,
    });
    const vols = Array.from({ length: w.n }, (_, r) => {
      const v = new convnetjs.Vol(1, 1, w.nIn, 0);
      for (let k = 0; k < w.nIn; k += 1) v.w[k] = w.inputs[r * w.nIn + k];
      return v;
    });
    return () => {
      for (let r = 0; r < w.n; r += 1) {
        trainer.train(vols[r], w.output === 'softmax' ? w.labels[r] : [w.targets[r]]);
      }
      return w.n;
    };
  },
};

/* eslint-disable @typescript-eslint/no-explicit-any -- tfjs is loaded through require (its ESM does not load in plain Node) */
const tfjs: Contender = {
  name: 'tfjs-core 4.22 (cpu)',
  note: 'optimizer.minimize on each batch; float32',
  async prepare(w) {
    const tf: any = require('@tensorflow/tfjs-core');
    require('@tensorflow/tfjs-core/dist/register_all_gradients');
    require('@tensorflow/tfjs-backend-cpu');
    tf.enableProdMode(); // as in production: no debug checks, no "install tfjs-node" banner
    await tf.setBackend('cpu');
    const vars: { W: any; b: any }[] = [];
    let offset = 0;
    for (let l = 0; l + 1 < w.sizes.length; l += 1) {
      const nIn = w.sizes[l];
      const nOut = w.sizes[l + 1];
      const Wt = Float32Array.from(w.initial.subarray(offset, offset + nIn * nOut));
      // engine W is [nOut, nIn]; tfjs multiplies x [B, nIn] by W^T [nIn, nOut]
      vars.push({
        W: tf.variable(tf.transpose(tf.tensor2d(Wt, [nOut, nIn]))),
        b: tf.variable(tf.zeros([nOut])),
      });
      offset += nIn * nOut + nOut;
    }
    const batches: { x: any; y: any }[] = [];
    for (let start = 0; start < w.n; start += w.batch) {
      const end = Math.min(w.n, start + w.batch);
      batches.push({
        x: tf.tensor2d(Float32Array.from(w.inputs.subarray(start * w.nIn, end * w.nIn)), [
          end - start,
          w.nIn,
        ]),
        y: tf.tensor2d(Float32Array.from(w.targets.subarray(start * w.nOut, end * w.nOut)), [
          end - start,
          w.nOut,
        ]),
      });
    }
    const optimizer = tf.train.sgd(w.learningRate);
    const forward = (x: any): any => {
      let a = x;
      vars.forEach((v, l) => {
        const z = tf.add(tf.matMul(a, v.W), v.b);
        const last = l === vars.length - 1;
        a = last
          ? w.output === 'softmax'
            ? z
            : tf.sigmoid(z)
          : w.hidden === 'relu'
            ? tf.relu(z)
            : tf.tanh(z);
      });
      return a;
    };
    return () => {
      for (const { x, y } of batches) {
        optimizer.minimize(() => {
          const out = forward(x);
          if (w.output === 'softmax') return tf.losses.softmaxCrossEntropy(y, out);
          return tf.mul(0.5, tf.mean(tf.sum(tf.square(tf.sub(out, y)), 1)));
        });
      }
      return w.n;
    };
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

export const CONTENDERS: readonly Contender[] = [
  engine(false),
  engine(true),
  brainjs,
  convnet,
  tfjs,
  fused(false),
  fused(true),
];
