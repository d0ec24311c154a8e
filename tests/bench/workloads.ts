// The benchmark's nets and data: seeded, the same for every contender.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRng } from '../../src/engine/random';
import { parseDigits } from '../../src/data/real';
import { generateToy } from '../../src/data/toy';

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

function toy(name: string, sizes: number[]): Workload {
  const data = generateToy('circle', 500, 0.1, 42).dataset;
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

function digitsText(): { text: string; note: string } {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const shipped = `${root}public/data/digits.csv`;
  if (existsSync(shipped)) return { text: readFileSync(shipped, 'utf8'), note: '1797 UCI digits' };
  const shared = `${root}../shared/data/digits.csv.gz`;
  return { text: gunzipSync(readFileSync(shared)).toString('utf8'), note: '1797 UCI digits' };
}

function digits(): Workload {
  const { text, note } = digitsText();
  const data = parseDigits(text).dataset;
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
