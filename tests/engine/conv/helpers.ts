// Builders for the CNN tests: random specs, random data sets and a CNN over them, seeded.
import { createCnn, type Cnn } from '../../../src/engine/conv/cnn';
import type { CnnSpec } from '../../../src/engine/conv/types';
import { createRng } from '../../../src/engine/random';
import type { Dataset } from '../../../src/engine/types';

/** n samples of C·H·W inputs in [−1, 1] and targets: one-hot classes or values in [−1, 1]. */
export function randomData(
  seed: number,
  n: number,
  nIn: number,
  nOut: number,
  task: 'classification' | 'regression',
): Dataset {
  const rng = createRng(seed, 'data');
  const inputs = new Float64Array(n * nIn).map(() => 2 * rng.next() - 1);
  const targets = new Float64Array(n * nOut);
  for (let s = 0; s < n; s += 1) {
    if (task === 'classification') targets[s * nOut + Math.floor(rng.next() * nOut)] = 1;
    else for (let k = 0; k < nOut; k += 1) targets[s * nOut + k] = 2 * rng.next() - 1;
  }
  return { n, nIn, nOut, inputs, targets, task };
}

export function inputSize(spec: CnnSpec): number {
  return spec.input[0] * spec.input[1] * spec.input[2];
}

/** A CNN with weights drawn from xavier-uniform and γ, β moved off 1 and 0 (seeded). */
export function randomCnn(spec: CnnSpec, seed: number): Cnn {
  const rng = createRng(seed, 'init');
  const cnn = createCnn(spec, 'xavier-uniform', undefined, rng);
  for (const block of cnn.layout.blocks) {
    for (let k = block.offset; k < block.offset + block.size; k += 1) {
      if (block.name.startsWith('gamma')) cnn.params[k] = 0.5 + rng.next();
      else if (block.role === 'bias') cnn.params[k] = 0.4 * rng.next() - 0.2;
    }
  }
  return cnn;
}
