// Small fixed-point nets for the tests: a given net from blocks, a seeded random one, and a
// one-row data set. Test-only.
import { createRng } from '../../../../src/engine/random';
import { createFixedPointNet, type FixedPointNet } from '../../../../src/engine/fixedpoint/net';
import type {
  FixedPointActivationName,
  FixedPointSpec,
} from '../../../../src/engine/fixedpoint/types';
import type { Dataset } from '../../../../src/engine/types';

export function spec(
  units: number,
  inputs: number,
  outputUnits: number[],
  activation: FixedPointActivationName = 'sigmoid',
  relaxation: Partial<FixedPointSpec['relaxation']> = {},
): FixedPointSpec {
  return {
    units,
    inputs,
    outputUnits,
    activation,
    relaxation: {
      start: new Array<number>(units).fill(0),
      tolerance: 1e-14,
      maxIterations: 5000,
      ...relaxation,
    },
  };
}

/** A net with the given blocks (W, V, b as rows/lists). */
export function netOf(
  s: FixedPointSpec,
  blocks: { W: number[][]; V: number[][]; b: number[] },
): FixedPointNet {
  return createFixedPointNet(s, 'zeros', blocks, createRng(1, 'init'));
}

/** Entries uniform in ±scale from the seed. */
export function randomNet(s: FixedPointSpec, seed: number, scale: number): FixedPointNet {
  const rng = createRng(seed, 'test');
  const net = createFixedPointNet(s, 'zeros', undefined, rng);
  for (let k = 0; k < net.params.length; k += 1) net.params[k] = (2 * rng.next() - 1) * scale;
  return net;
}

/** A data set of one row. */
export function oneRow(input: number[], target: number[]): Dataset {
  return {
    n: 1,
    nIn: input.length,
    nOut: target.length,
    inputs: Float64Array.from(input),
    targets: Float64Array.from(target),
    task: 'regression',
  };
}
