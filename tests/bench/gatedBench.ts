// The gated recurrent benchmark: BPTT time steps per second (forward + backward through time +
// update) of LSTM and GRU on sunspots-sized work (windows of 24 years, 16 units, batches of
// 16): this engine untraced and traced, brain.js 1.6.1's recurrent.LSTMTimeStep/GRUTimeStep and
// tfjs-layers 4.22.0's lstm/gru (CPU backend, float32), in one run. Speed is measured here,
// never asserted in unit tests.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as brainTypes from 'brain.js';
import { getGatedPreset } from '../../src/scenario/gatedPresets';
import { loadGatedRun, type GatedRun } from '../../src/scenario/gatedRun';
import { isGatedScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import { measure, type MeasureOptions } from './measure';
import { tfjsSequenceEpoch } from './tfjsRecurrent';

const require = createRequire(import.meta.url);

type Kind = 'lstm' | 'gru';

export interface GatedBench {
  /** BPTT time steps per second, median of the timed runs, by contender. */
  readonly stepsPerSecond: Record<string, number>;
  readonly errors: Record<string, string>;
}

async function sunspotRun(kind: Kind): Promise<GatedRun> {
  const result = validateAnyScenario(getGatedPreset(`sunspots-${kind}`)?.scenario);
  if (!result.ok || !isGatedScenario(result.scenario))
    throw new Error(`sunspots-${kind} is invalid`);
  const dataDir = new URL('../../public/data/', import.meta.url);
  return loadGatedRun(result.scenario, (name) => readFile(new URL(name, dataDir), 'utf8'));
}

/** The training windows as [inputs…, last target] rows (what the peers train on). */
function windows(run: GatedRun): number[][] {
  const { inputs, targets, starts, lengths } = run.data.sequences;
  return Array.from(run.split.train, (s) => [
    ...Array.from(inputs.subarray(starts[s], starts[s] + lengths[s])),
    targets[starts[s] + lengths[s] - 1],
  ]);
}

/** One epoch of the engine's trainer over the training windows; returns the time steps. */
async function engine(kind: Kind, traced: boolean): Promise<() => number> {
  const run = await sunspotRun(kind);
  const { lengths } = run.data.sequences;
  let steps = 0;
  for (const s of run.split.train) steps += lengths[s];
  const updates = Math.ceil(run.split.train.length / 16);
  return () => {
    for (let k = 0; k < updates; k += 1) run.trainer.step(traced);
    return steps;
  };
}

/** brain.js's TimeStep nets (no batches: an update after every window), called directly. */
async function brainjs(kind: Kind): Promise<() => number> {
  const rows = windows(await sunspotRun(kind));
  const brain = require('brain.js') as typeof brainTypes;
  const Net = kind === 'lstm' ? brain.recurrent.LSTMTimeStep : brain.recurrent.GRUTimeStep;
  const net = new Net({
    inputSize: 1,
    hiddenLayers: [16],
    outputSize: 1,
    learningRate: 0.005,
  } as unknown as brainTypes.IRNNDefaultOptions);
  net.train([rows[0]], { iterations: 1 } as brainTypes.INeuralNetworkTrainingOptions);
  const trainer = net as unknown as { trainPattern(d: number[]): void };
  return () => {
    for (const w of rows) trainer.trainPattern(w);
    return rows.length * (rows[0].length - 1);
  };
}

/** tfjs-layers' lstm/gru on the same windows (see tfjsRecurrent.ts). */
async function tfjs(kind: Kind): Promise<() => number> {
  const run = await sunspotRun(kind);
  return tfjsSequenceEpoch(kind, { ...run.data.sequences, train: run.split.train });
}

const CONTENDERS: Record<string, () => Promise<() => number>> = {
  'LSTM engine (untraced)': () => engine('lstm', false),
  'LSTM engine (traced)': () => engine('lstm', true),
  'LSTM brain.js 1.6.1 LSTMTimeStep': () => brainjs('lstm'),
  'LSTM tfjs-layers 4.22.0 lstm (cpu)': () => tfjs('lstm'),
  'GRU engine (untraced)': () => engine('gru', false),
  'GRU engine (traced)': () => engine('gru', true),
  'GRU brain.js 1.6.1 GRUTimeStep': () => brainjs('gru'),
  'GRU tfjs-layers 4.22.0 gru (cpu)': () => tfjs('gru'),
};

export async function runGatedBench(
  options: MeasureOptions & { readonly log?: (line: string) => void },
): Promise<GatedBench> {
  const stepsPerSecond: Record<string, number> = {};
  const errors: Record<string, string> = {};
  for (const [name, prepare] of Object.entries(CONTENDERS)) {
    try {
      stepsPerSecond[name] = measure(await prepare(), options);
      options.log?.(`gated: ${name} ${Math.round(stepsPerSecond[name])} steps/s`);
    } catch (error) {
      errors[name] = error instanceof Error ? error.message : String(error);
      options.log?.(`gated: ${name} failed: ${errors[name]}`);
    }
  }
  return { stepsPerSecond, errors };
}

export function formatGatedTable(b: GatedBench): string {
  const lines = ['| contender | BPTT time steps / s |', '| --- | ---: |'];
  for (const [name, eps] of Object.entries(b.stepsPerSecond))
    lines.push(`| ${name} | ${Math.round(eps)} |`);
  for (const [name, message] of Object.entries(b.errors))
    lines.push(`| ${name} | failed: ${message} |`);
  const r = (a: string, c: string): string =>
    (b.stepsPerSecond[a] / b.stepsPerSecond[c]).toFixed(2);
  lines.push('');
  for (const k of ['LSTM', 'GRU']) {
    const peer = k === 'LSTM' ? 'lstm' : 'gru';
    lines.push(
      `${k}: untraced ÷ traced ${r(`${k} engine (untraced)`, `${k} engine (traced)`)} (target ≤ 4) · ` +
        `engine ÷ brain.js ${r(`${k} engine (untraced)`, `${k} brain.js 1.6.1 ${k}TimeStep`)} · ` +
        `engine ÷ tfjs ${r(`${k} engine (untraced)`, `${k} tfjs-layers 4.22.0 ${peer} (cpu)`)} (targets > 1)`,
    );
  }
  return `${lines.join('\n')}\n`;
}
