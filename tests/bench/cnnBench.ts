// The convolutional benchmark: digits-cnn training throughput (images per second: forward,
// backward and an SGD update per batch of 32) on the preset's net (16 filters 3×3 padding 1
// ReLU, 2×2 max pooling, dense softmax over 10): this engine untraced and traced, convnetjs
// 0.3.0 and tfjs-core's CPU backend, on the same training images, in one run.
// Not part of CI: speed is measured here, never asserted in unit tests.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as convnetTypes from 'convnetjs';
import { loadCnnRun } from '../../src/scenario/cnnRun';
import { getCnnPreset } from '../../src/scenario/cnnPresets';
import { isCnnScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import { measure, type MeasureOptions } from './measure';

const require = createRequire(import.meta.url);
const BATCH = 32;
const RATE = 0.01;

export interface CnnBench {
  /** Training images per second, median of the timed runs, by contender. */
  readonly imagesPerSecond: Record<string, number>;
  readonly errors: Record<string, string>;
  /** untraced ÷ traced (≤ 4 is the target) and engine ÷ each peer (> 1: the engine is faster) */
  readonly ratios: {
    readonly untracedOverTraced: number;
    readonly engineVsConvnet: number;
    readonly engineVsTfjs: number;
  };
}

async function digitsRun() {
  const result = validateAnyScenario(getCnnPreset('digits-cnn')?.scenario);
  if (!result.ok || !isCnnScenario(result.scenario)) throw new Error('digits-cnn is invalid');
  const dataDir = new URL('../../public/data/', import.meta.url);
  const run = await loadCnnRun(result.scenario, (name) => readFile(new URL(name, dataDir), 'utf8'));
  // the peers train with plain SGD: so does the engine here
  run.trainer.configure({ optimizer: { kind: 'sgd', learningRate: RATE } });
  return run;
}

/** One epoch of the engine's trainer over the training images. */
async function engine(traced: boolean): Promise<() => number> {
  const run = await digitsRun();
  const n = run.split.train.length;
  const updates = Math.ceil(n / BATCH);
  return () => {
    for (let k = 0; k < updates; k += 1) run.trainer.step(traced);
    return n;
  };
}

/** The training images and labels, as the peers take them. */
async function images() {
  const run = await digitsRun();
  const { inputs, targets, nOut } = run.data.dataset;
  const rows = Array.from(run.split.train, (r) => ({
    x: inputs.subarray(r * 64, (r + 1) * 64),
    label: targets.subarray(r * nOut, (r + 1) * nOut).indexOf(1),
  }));
  return rows;
}

async function convnet(): Promise<() => number> {
  const rows = await images();
  const convnetjs = require('convnetjs') as typeof convnetTypes;
  const net = new convnetjs.Net();
  net.makeLayers([
    { type: 'input', out_sx: 8, out_sy: 8, out_depth: 1 },
    { type: 'conv', sx: 3, filters: 16, stride: 1, pad: 1, activation: 'relu' },
    { type: 'pool', sx: 2, stride: 2 },
    { type: 'softmax', num_classes: 10 },
  ]);
  const trainer = new convnetjs.Trainer(net, {
    method: 'sgd',
    learning_rate: RATE,
    batch_size: BATCH,
    momentum: 0,
    l2_decay: 0,
  });
  // convnetjs's Vol is [y][x][depth]: with one channel, row by row as the digits' rows are
  const vols = rows.map(({ x }) => {
    const v = new convnetjs.Vol(8, 8, 1, 0);
    for (let k = 0; k < 64; k += 1) v.w[k] = x[k];
    return v;
  });
  return () => {
    for (let r = 0; r < rows.length; r += 1) trainer.train(vols[r], rows[r].label);
    return rows.length;
  };
}

/* eslint-disable @typescript-eslint/no-explicit-any -- tfjs is loaded through require (its ESM does not load in plain Node) */
async function tfjs(): Promise<() => number> {
  const rows = await images();
  const tf: any = require('@tensorflow/tfjs-core');
  require('@tensorflow/tfjs-core/dist/register_all_gradients');
  require('@tensorflow/tfjs-backend-cpu');
  tf.enableProdMode();
  await tf.setBackend('cpu');
  const K = tf.variable(tf.mul(tf.randomUniform([3, 3, 1, 16], -1, 1, 'float32', 1), 0.8));
  const kb = tf.variable(tf.zeros([16]));
  const W = tf.variable(tf.mul(tf.randomUniform([256, 10], -1, 1, 'float32', 2), 0.15));
  const b = tf.variable(tf.zeros([10]));
  const batches: { x: any; y: any }[] = [];
  for (let start = 0; start < rows.length; start += BATCH) {
    const part = rows.slice(start, start + BATCH);
    const x = new Float32Array(part.length * 64);
    const y = new Float32Array(part.length * 10);
    part.forEach((r, s) => {
      x.set(r.x, s * 64);
      y[s * 10 + r.label] = 1;
    });
    batches.push({
      x: tf.tensor4d(x, [part.length, 8, 8, 1]),
      y: tf.tensor2d(y, [part.length, 10]),
    });
  }
  const optimizer = tf.train.sgd(RATE);
  return () => {
    for (const { x, y } of batches) {
      optimizer.minimize(() => {
        const a = tf.relu(tf.add(tf.conv2d(x, K, 1, 'same'), kb));
        const p = tf.maxPool(a, [2, 2], [2, 2], 'valid');
        const z = tf.add(tf.matMul(tf.reshape(p, [-1, 256]), W), b);
        return tf.losses.softmaxCrossEntropy(y, z);
      });
    }
    return rows.length;
  };
}
/* eslint-enable @typescript-eslint/no-explicit-any */

const CONTENDERS: Record<string, () => Promise<() => number>> = {
  'engine (untraced)': () => engine(false),
  'engine (traced)': () => engine(true),
  'convnetjs 0.3.0': convnet,
  'tfjs-core 4.22 (cpu)': tfjs,
};

export async function runCnnBench(
  options: MeasureOptions & { readonly log?: (line: string) => void },
): Promise<CnnBench> {
  const imagesPerSecond: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const [name, prepare] of Object.entries(CONTENDERS)) {
    try {
      imagesPerSecond[name] = measure(await prepare(), options);
      options.log?.(`cnn: ${name} ${Math.round(imagesPerSecond[name])} images/s`);
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      options.log?.(`cnn: ${name} failed: ${errors[name]}`);
    }
  }
  const untraced = imagesPerSecond['engine (untraced)'] ?? NaN;
  return {
    imagesPerSecond,
    errors,
    ratios: {
      untracedOverTraced: untraced / (imagesPerSecond['engine (traced)'] ?? NaN),
      engineVsConvnet: untraced / (imagesPerSecond['convnetjs 0.3.0'] ?? NaN),
      engineVsTfjs: untraced / (imagesPerSecond['tfjs-core 4.22 (cpu)'] ?? NaN),
    },
  };
}

export function formatCnnTable(b: CnnBench): string {
  const lines = ['| contender | training images / s |', '| --- | ---: |'];
  for (const [name, ips] of Object.entries(b.imagesPerSecond))
    lines.push(`| ${name} | ${Math.round(ips)} |`);
  for (const [name, message] of Object.entries(b.errors))
    lines.push(`| ${name} | failed: ${message} |`);
  lines.push(
    '',
    `untraced ÷ traced: ${b.ratios.untracedOverTraced.toFixed(2)} (target ≤ 4) · ` +
      `engine ÷ convnetjs: ${b.ratios.engineVsConvnet.toFixed(2)} · ` +
      `engine ÷ tfjs: ${b.ratios.engineVsTfjs.toFixed(2)} (targets > 1)`,
  );
  return `${lines.join('\n')}\n`;
}

/** `npx tsx tests/bench/cnnBench.ts [--quick]`: this benchmark alone. */
if (process.argv[1]?.endsWith('cnnBench.ts')) {
  const quick = process.argv.includes('--quick');
  void runCnnBench({
    runs: quick ? 1 : 3,
    seconds: quick ? 1 : 2,
    log: (line) => process.stderr.write(`${line}\n`),
  }).then((b) => process.stdout.write(formatCnnTable(b)));
}
