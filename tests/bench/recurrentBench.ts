// The recurrent benchmark: BPTT time steps per second (forward + backward through time +
// update) on sunspots-rnn-sized work (windows of 24 years, 16 tanh units, batches of 16):
// this engine untraced and traced, brain.js 1.6.1's recurrent.RNNTimeStep and tfjs-layers
// 4.22.0's simpleRNN (CPU backend, float32), in one run.
// Not part of CI: speed is measured here, never asserted in unit tests.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as brainTypes from 'brain.js';
import { getRecurrentPreset } from '../../src/scenario/recurrentPresets';
import { loadRecurrentRun } from '../../src/scenario/recurrentRun';
import { isRecurrentScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import { measure, type MeasureOptions } from './measure';
import { tfjsSequenceEpoch } from './tfjsRecurrent';

const require = createRequire(import.meta.url);

export interface RecurrentBench {
  /** BPTT time steps per second, median of the timed runs, by contender. */
  readonly stepsPerSecond: Record<string, number>;
  readonly errors: Record<string, string>;
  /** untraced ÷ traced (≤ 4 is the target) and engine ÷ brain.js (> 1: the engine is faster) */
  readonly ratios: {
    readonly untracedOverTraced: number;
    readonly engineVsBrain: number;
    readonly engineVsTfjs: number;
  };
}

async function sunspotRun() {
  const preset = getRecurrentPreset('sunspots-rnn');
  const result = validateAnyScenario(preset?.scenario);
  if (!result.ok || !isRecurrentScenario(result.scenario))
    throw new Error('sunspots-rnn is invalid');
  const dataDir = new URL('../../public/data/', import.meta.url);
  return loadRecurrentRun(result.scenario, (name) => readFile(new URL(name, dataDir), 'utf8'));
}

/** One epoch of the engine's trainer over the training windows; returns the time steps. */
async function engine(traced: boolean): Promise<() => number> {
  const run = await sunspotRun();
  const { lengths } = run.data.sequences;
  let steps = 0;
  for (const s of run.split.train) steps += lengths[s];
  const updates = Math.ceil(run.split.train.length / 16);
  return () => {
    for (let k = 0; k < updates; k += 1) run.trainer.step(traced);
    return steps;
  };
}

/**
 * brain.js 1.6.1's RNNTimeStep on the same windows (inputs then the last target, so each of
 * the 24 steps predicts the next year, as the engine's every-step readout does). It has no
 * batches: trainPattern updates after every sequence. Called directly, so its per-epoch
 * error bookkeeping is not timed.
 */
async function brainjs(): Promise<() => number> {
  const run = await sunspotRun();
  const { inputs, targets, starts, lengths } = run.data.sequences;
  const windows = Array.from(run.split.train, (s) => {
    const xs = Array.from(inputs.subarray(starts[s], starts[s] + lengths[s]));
    return [...xs, targets[starts[s] + lengths[s] - 1]];
  });
  const brain = require('brain.js') as typeof brainTypes;
  const net = new brain.recurrent.RNNTimeStep({
    inputSize: 1,
    hiddenLayers: [16],
    outputSize: 1,
    learningRate: 0.005,
  } as unknown as brainTypes.IRNNDefaultOptions);
  net.train([windows[0]], { iterations: 1 } as brainTypes.INeuralNetworkTrainingOptions);
  const trainer = net as unknown as { trainPattern(d: number[]): void };
  return () => {
    for (const w of windows) trainer.trainPattern(w);
    return windows.length * (windows[0].length - 1);
  };
}

const CONTENDERS: Record<string, () => Promise<() => number>> = {
  'engine (untraced)': () => engine(false),
  'engine (traced)': () => engine(true),
  'brain.js 1.6.1 RNNTimeStep': brainjs,
  'tfjs-layers 4.22.0 simpleRNN (cpu)': async () => {
    const run = await sunspotRun();
    return tfjsSequenceEpoch('simpleRNN', { ...run.data.sequences, train: run.split.train });
  },
};

export async function runRecurrentBench(
  options: MeasureOptions & { readonly log?: (line: string) => void },
): Promise<RecurrentBench> {
  const stepsPerSecond: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const [name, prepare] of Object.entries(CONTENDERS)) {
    try {
      stepsPerSecond[name] = measure(await prepare(), options);
      options.log?.(`recurrent: ${name} ${Math.round(stepsPerSecond[name])} steps/s`);
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      options.log?.(`recurrent: ${name} failed: ${errors[name]}`);
    }
  }
  const untraced = stepsPerSecond['engine (untraced)'] ?? NaN;
  return {
    stepsPerSecond,
    errors,
    ratios: {
      untracedOverTraced: untraced / (stepsPerSecond['engine (traced)'] ?? NaN),
      engineVsBrain: untraced / (stepsPerSecond['brain.js 1.6.1 RNNTimeStep'] ?? NaN),
      engineVsTfjs: untraced / (stepsPerSecond['tfjs-layers 4.22.0 simpleRNN (cpu)'] ?? NaN),
    },
  };
}

export function formatRecurrentTable(b: RecurrentBench): string {
  const lines = ['| contender | BPTT time steps / s |', '| --- | ---: |'];
  for (const [name, eps] of Object.entries(b.stepsPerSecond))
    lines.push(`| ${name} | ${Math.round(eps)} |`);
  for (const [name, message] of Object.entries(b.errors))
    lines.push(`| ${name} | failed: ${message} |`);
  lines.push(
    '',
    `untraced ÷ traced: ${b.ratios.untracedOverTraced.toFixed(2)} (target ≤ 4) · ` +
      `engine ÷ brain.js: ${b.ratios.engineVsBrain.toFixed(2)} · ` +
      `engine ÷ tfjs: ${b.ratios.engineVsTfjs.toFixed(2)} (targets > 1)`,
  );
  return `${lines.join('\n')}\n`;
}
