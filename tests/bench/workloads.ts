// The benchmark's nets and data: seeded, the same for every contender.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRng } from '../../src/engine/random';
import { parseDigits } from '../../src/data/real';
import type { Network } from '../../src/engine/types';
import type { TrainerOptions } from '../../src/engine/trainerTypes';

export interface Workload {
  readonly name: string;
  readonly sizes: readonly number[];
  /** Hidden activation; the output is sigmoid + squared error (toy) or softmax + cross-entropy. */
  readonly hidden: 'tanh' | 'relu';
  readonly output: 'sigmoid' | 'softmax';
  readonly batch: number;
  readonly learningRate: number;
  readonly n: number;
  readonly nIn: number;
  readonly nOut: number;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** Class label per sample (for libraries that take labels). */
  readonly labels: Int32Array;
  /** Initial weights in the engine's flat layout, shared by every contender that accepts them. */
  readonly initial: Float64Array;
  readonly note: string;
}

function initialParams(sizes: readonly number[], seed: number): Float64Array {
  const rng = createRng(seed, 'init');
  const out: number[] = [];
  for (let l = 0; l + 1 < sizes.length; l += 1) {
    const bound = Math.sqrt(6 / (sizes[l] + sizes[l + 1]));
    for (let k = 0; k < sizes[l] * sizes[l + 1]; k += 1) out.push((2 * rng.next() - 1) * bound);
    for (let k = 0; k < sizes[l + 1]; k += 1) out.push(0);
  }
  return Float64Array.from(out);
}

/**
 * 500 seeded points uniform in [−1, 1]², labelled 1 inside the circle of radius 0.6: the
 * same set for every contender, from the engine's own generator (stream 'bench').
 */
function circle(): { inputs: Float64Array; targets: Float64Array; n: number } {
  const n = 500;
  const rng = createRng(42, 'bench');
  const inputs = new Float64Array(2 * n);
  const targets = new Float64Array(n);
  for (let r = 0; r < n; r += 1) {
    const x = 2 * rng.next() - 1;
    const y = 2 * rng.next() - 1;
    inputs[2 * r] = x;
    inputs[2 * r + 1] = y;
    targets[r] = x * x + y * y < 0.36 ? 1 : 0;
  }
  return { inputs, targets, n };
}

function toy(name: string, sizes: number[]): Workload {
  const data = circle();
  return {
    name,
    sizes,
    hidden: 'tanh',
    output: 'sigmoid',
    batch: 10,
    learningRate: 0.03,
    n: data.n,
    nIn: 2,
    nOut: 1,
    inputs: data.inputs,
    targets: data.targets,
    labels: Int32Array.from(data.targets),
    initial: initialParams(sizes, 1),
    note: '500 seeded points (circle)',
  };
}

type Rows = { inputs: Float64Array; targets: Float64Array; n: number };

/**
 * The UCI digits from public/data/digits.csv, else ../shared/data/digits.csv.gz beside the
 * repository, else 1,797 seeded random 64-d samples with random labels (same shape and cost).
 */
function digitsRows(): { data: Rows; note: string } {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const shipped = `${root}public/data/digits.csv`;
  const shared = `${root}../shared/data/digits.csv.gz`;
  if (existsSync(shipped))
    return { data: parseDigits(readFileSync(shipped, 'utf8')).dataset, note: '1797 UCI digits' };
  if (existsSync(shared)) {
    const text = gunzipSync(readFileSync(shared)).toString('utf8');
    return { data: parseDigits(text).dataset, note: '1797 UCI digits (../shared)' };
  }
  const n = 1797;
  const rng = createRng(7, 'bench');
  const inputs = new Float64Array(n * 64);
  const targets = new Float64Array(n * 10);
  for (let k = 0; k < inputs.length; k += 1) inputs[k] = rng.int(17) / 16;
  for (let r = 0; r < n; r += 1) targets[r * 10 + rng.int(10)] = 1;
  return {
    data: { inputs, targets, n },
    note: 'digits data not found: 1797 seeded random 64-d samples instead',
  };
}

function digits(): Workload {
  const { data, note } = digitsRows();
  const labels = new Int32Array(data.n);
  for (let r = 0; r < data.n; r += 1) {
    for (let k = 0; k < 10; k += 1) if (data.targets[r * 10 + k] === 1) labels[r] = k;
  }
  const sizes = [64, 32, 10];
  return {
    name: '64-32-10 digits',
    sizes,
    hidden: 'relu',
    output: 'softmax',
    batch: 32,
    learningRate: 0.01,
    n: data.n,
    nIn: 64,
    nOut: 10,
    inputs: data.inputs,
    targets: data.targets,
    labels,
    initial: initialParams(sizes, 2),
    note,
  };
}

export function workloads(): Workload[] {
  return [
    toy('2-4-2-1', [2, 4, 2, 1]),
    toy('2-8-8-1', [2, 8, 8, 1]),
    toy('2-8-8-8-8-8-8-1', [2, 8, 8, 8, 8, 8, 8, 1]),
    digits(),
  ];
}

/** The names of the workloads, in benchmark order (without building the data). */
export const WORKLOAD_NAMES = ['2-4-2-1', '2-8-8-1', '2-8-8-8-8-8-8-1', '64-32-10 digits'];

export function workload(name: string): Workload {
  if (name === '64-32-10 digits') return digits();
  const w = WORKLOAD_NAMES.includes(name) ? toy(name, name.split('-').map(Number)) : null;
  if (!w) throw new RangeError(`unknown workload ${name}`);
  return w;
}

/** The engine trainer's options for `w` on `net` (its workload as data, plain SGD, no
 * shuffling): what the bench's engine contender and the A/B against an older engine train. */
export function trainerOptions(w: Workload, net: Network): TrainerOptions {
  return {
    net,
    data: {
      n: w.n,
      nIn: w.nIn,
      nOut: w.nOut,
      inputs: w.inputs,
      targets: w.targets,
      task: 'classification',
    },
    trainIndices: Uint32Array.from({ length: w.n }, (_, k) => k),
    config: {
      loss: w.output === 'softmax' ? 'cross-entropy' : 'squared-error',
      optimizer: { kind: 'sgd', learningRate: w.learningRate },
      batch: { mode: 'minibatch', size: w.batch },
      regularization: { kind: 'none' },
      dropout: 0,
      shuffle: false,
      trainBiases: true,
    },
    seed: 1,
  };
}
