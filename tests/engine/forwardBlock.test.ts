// The block evaluation paths (forwardBlock.ts, denseBlock.ts) against the per-sample forward
// pass, bit for bit, over random nets: every activation, layer widths that exercise the
// two-output and four-input passes and their remainders, row counts across block boundaries,
// and weights large enough to reach every tanh and exp branch (and overflow). The grid path
// (first layer from per-column and per-row parts) against the same points taken row by row.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forwardGrid, forwardManyLayers } from '../../src/engine/evaluate';
import { createNetwork } from '../../src/engine/network';
import { createWorkspace, forward } from '../../src/engine/propagate';
import { createRng } from '../../src/engine/random';
import type { ActivationName, Network } from '../../src/engine/types';
import { HIDDEN, OUTPUTS } from './helpers/randomNet';

interface NetCase {
  readonly sizes: number[];
  readonly activations: ActivationName[];
  /** Weights and biases drawn from ±scale. */
  readonly scale: number;
  readonly seed: number;
}

const netCase = (nIn: fc.Arbitrary<number>): fc.Arbitrary<NetCase> =>
  fc
    .record({
      nIn,
      hidden: fc.array(
        fc.record({ size: fc.integer({ min: 1, max: 9 }), act: fc.constantFrom(...HIDDEN) }),
        { minLength: 0, maxLength: 3 },
      ),
      output: fc.constantFrom(...OUTPUTS),
      nOut: fc.integer({ min: 1, max: 5 }),
      scale: fc.constantFrom(0.5, 2, 30, 400),
      seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
    })
    .map(({ nIn, hidden, output, nOut, scale, seed }) => ({
      sizes: [nIn, ...hidden.map((h) => h.size), output === 'softmax' ? Math.max(2, nOut) : nOut],
      activations: [...hidden.map((h) => h.act), output],
      scale,
      seed,
    }));

function build(c: NetCase): Network {
  const net = createNetwork(
    { sizes: c.sizes, activations: c.activations, init: 'zeros' },
    createRng(1, 'init'),
  );
  const rng = createRng(c.seed, 'params');
  for (let k = 0; k < net.params.length; k += 1) net.params[k] = (2 * rng.next() - 1) * c.scale;
  return net;
}

/** Every layer's activations for each row, by the per-sample forward pass. */
function perSample(net: Network, inputs: Float64Array, rows: number): Float64Array[] {
  const nIn = net.sizes[0];
  const outs = net.sizes.slice(1).map((m) => new Float64Array(rows * m));
  const ws = createWorkspace(net.sizes, false);
  for (let r = 0; r < rows; r += 1) {
    ws.x.set(inputs.subarray(r * nIn, (r + 1) * nIn));
    forward(net, ws, 0, null);
    ws.a.forEach((a, l) => outs[l].set(a, r * a.length));
  }
  return outs;
}

/** The first index where a and b differ in bits (NaN equals NaN), or −1. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return 0;
  for (let k = 0; k < a.length; k += 1) if (!Object.is(a[k], b[k])) return k;
  return -1;
}

describe('block evaluation', () => {
  it('gives every layer the bits of the per-sample forward pass', () => {
    fc.assert(
      fc.property(
        netCase(fc.integer({ min: 1, max: 9 })),
        fc.integer({ min: 1, max: 600 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        (c, rows, seed) => {
          const net = build(c);
          const rng = createRng(seed, 'rows');
          const inputs = Float64Array.from({ length: rows * c.sizes[0] }, () => 6 * rng.next() - 3);
          const outs = c.sizes.slice(1).map((m) => new Float64Array(rows * m));
          forwardManyLayers(net, inputs, rows, outs);
          perSample(net, inputs, rows).forEach((want, l) =>
            expect(firstDifference(outs[l], want), `layer ${l + 1}`).toBe(-1),
          );
        },
      ),
      { numRuns: 60, seed: 20261206 },
    );
  });

  it('gives a grid the bits of its points taken one by one, with or without hidden layers', () => {
    fc.assert(
      fc.property(
        netCase(fc.constant(2)),
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.boolean(),
        (c, nx, ny, seed, layers) => {
          const net = build(c);
          const rng = createRng(seed, 'axes');
          const xs = Float64Array.from({ length: nx }, () => 4 * rng.next() - 2);
          const ys = Float64Array.from({ length: ny }, () => 4 * rng.next() - 2);
          const points = new Float64Array(2 * nx * ny);
          for (let row = 0; row < ny; row += 1)
            for (let col = 0; col < nx; col += 1) {
              points[2 * (row * nx + col)] = xs[col];
              points[2 * (row * nx + col) + 1] = ys[row];
            }
          const L = c.sizes.length - 1;
          const outs = c.sizes
            .slice(1)
            .map((m, l) => (layers || l === L - 1 ? new Float64Array(nx * ny * m) : null));
          forwardGrid(net, xs, ys, outs);
          perSample(net, points, nx * ny).forEach((want, l) => {
            const got = outs[l];
            if (got) expect(firstDifference(got, want), `layer ${l + 1}`).toBe(-1);
          });
        },
      ),
      { numRuns: 60, seed: 20261207 },
    );
  });

  it('refuses a grid for a net without exactly 2 inputs', () => {
    const net = build({ sizes: [3, 2], activations: ['linear'], scale: 1, seed: 1 });
    expect(() => forwardGrid(net, new Float64Array(2), new Float64Array(2), [null])).toThrow(
      /2 inputs/,
    );
  });
});
