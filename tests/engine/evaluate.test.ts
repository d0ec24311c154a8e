// Forward-only evaluation: outputs for many inputs, every layer's activations, and the
// loss/accuracy metrics, on nets whose outputs can be written down by hand.
import { describe, expect, it } from 'vitest';
import { evaluate, forwardMany, forwardManyLayers } from '../../src/engine/evaluate';
import { createNetwork } from '../../src/engine/network';
import { createWorkspace, forward } from '../../src/engine/propagate';
import { createRng } from '../../src/engine/random';
import type { ActivationName, Dataset } from '../../src/engine/types';

const net = (sizes: number[], activations: ActivationName[], w: number[][][], b: number[][]) =>
  createNetwork({ sizes, activations, init: 'zeros', weights: w, biases: b }, createRng(1, 'init'));

const data = (inputs: number[][], targets: number[][], task: Dataset['task']): Dataset => ({
  n: inputs.length,
  nIn: inputs[0].length,
  nOut: targets[0].length,
  inputs: Float64Array.from(inputs.flat()),
  targets: Float64Array.from(targets.flat()),
  task,
});

/** The identity y = x on one or two inputs. */
const identity1 = () => net([1, 1], ['linear'], [[[1]]], [[0]]);
const identity2 = () =>
  net(
    [2, 2],
    ['linear'],
    [
      [
        [1, 0],
        [0, 1],
      ],
    ],
    [[0, 0]],
  );

describe('evaluate', () => {
  it('counts y ≥ 0.5 as class 1 for one output and averages the per-sample loss', () => {
    const d = data([[0.2], [0.7], [0.5], [0.4]], [[0], [1], [0], [1]], 'classification');
    const m = evaluate(identity1(), 'mse', d, [0, 1, 2, 3]);
    // Predictions 0, 1, 1, 0 against 0, 1, 0, 1; squared errors 0.04, 0.09, 0.25, 0.36.
    expect(m.accuracy).toBe(0.5);
    expect(m.loss).toBeCloseTo((0.04 + 0.09 + 0.25 + 0.36) / 4, 15);
  });

  it('takes the argmax for several outputs and only the given samples', () => {
    const d = data(
      [
        [0.1, 0.9],
        [0.8, 0.3],
        [0.4, 0.6],
        [0.9, 0.1],
      ],
      [
        [0, 1],
        [0, 1],
        [0, 1],
        [1, 0],
      ],
      'classification',
    );
    expect(evaluate(identity2(), 'squared-error', d, [0, 1, 2]).accuracy).toBeCloseTo(2 / 3, 15);
    expect(evaluate(identity2(), 'squared-error', d, [1]).accuracy).toBe(0);
    expect(evaluate(identity2(), 'squared-error', d, [3]).accuracy).toBe(1);
  });

  it('reports no accuracy for regression', () => {
    const d = data([[1], [2]], [[1.5], [2]], 'regression');
    const m = evaluate(identity1(), 'squared-error', d, [0, 1]);
    expect(m.accuracy).toBeNull();
    expect(m.loss).toBeCloseTo((0.5 * 0.25 + 0) / 2, 15);
  });
});

describe('forwardMany and forwardManyLayers', () => {
  // Hidden: relu(x − 1) and relu(2x); output: h1 + h2 + 0.5.
  const make = () => net([1, 2, 1], ['relu', 'linear'], [[[1], [2]], [[1, 1]]], [[-1, 0], [0.5]]);
  const xs = [-1, 0.5, 3];
  const hidden = (x: number) => [Math.max(0, x - 1), Math.max(0, 2 * x)];

  it('writes every row’s outputs into the given buffer', () => {
    const out = new Float64Array(3);
    forwardMany(make(), Float64Array.from(xs), 3, out);
    expect(Array.from(out)).toEqual(xs.map((x) => hidden(x)[0] + hidden(x)[1] + 0.5));
  });

  it('writes each layer’s activations row by row', () => {
    const outs = [new Float64Array(6), new Float64Array(3)];
    forwardManyLayers(make(), Float64Array.from(xs), 3, outs);
    expect(Array.from(outs[0])).toEqual(xs.flatMap(hidden));
    expect(Array.from(outs[1])).toEqual(xs.map((x) => hidden(x)[0] + hidden(x)[1] + 0.5));
  });

  it('follows parameter changes made after an earlier evaluation', () => {
    const n = make();
    const out = new Float64Array(1);
    forwardMany(n, Float64Array.of(3), 1, out);
    n.params[n.params.length - 1] = 10; // the output bias
    forwardMany(n, Float64Array.of(3), 1, out);
    expect(out[0]).toBe(2 + 6 + 10);
  });
});

describe('batch-major evaluation', () => {
  it.each([
    [
      [2, 8, 8, 1],
      ['tanh', 'tanh', 'sigmoid'],
    ],
    [
      [3, 5, 4],
      ['relu', 'softmax'],
    ],
    [
      [2, 6, 3, 2],
      ['leaky-relu', 'linear', 'sigmoid'],
    ],
  ] as const)('gives the bits of the per-sample forward pass (%j)', (sizes, activations) => {
    const n = createNetwork(
      { sizes: [...sizes], activations: [...activations], init: 'xavier-normal' },
      createRng(5, 'init'),
    );
    // 300 rows: two full blocks and a partial one, inputs up to ±4 (every tanh branch).
    const rows = 300;
    const rng = createRng(9, 'rows');
    const inputs = Float64Array.from({ length: rows * sizes[0] }, () => 8 * rng.next() - 4);
    const outs = sizes.slice(1).map((m) => new Float64Array(rows * m));
    forwardManyLayers(n, inputs, rows, outs);
    const ws = createWorkspace(sizes, false);
    for (let r = 0; r < rows; r += 1) {
      ws.x.set(inputs.subarray(r * sizes[0], (r + 1) * sizes[0]));
      forward(n, ws, 0, null);
      ws.a.forEach((a, l) =>
        a.forEach((v, j) => expect(Object.is(outs[l][r * a.length + j], v)).toBe(true)),
      );
    }
  });
});
