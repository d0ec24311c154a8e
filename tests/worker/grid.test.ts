// The decision-boundary grid: where each point sits, what the network gives there, and the
// ranges and sizes it refuses.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { CommandError } from '../../src/worker/commandError';
import { evaluateGrid } from '../../src/worker/grid';

// 2-2-1, linear then linear: hidden h = (x + 2y, 3x − y) + (0.5, −1), output 2h₀ − h₁ + 0.25
const net = createNetwork(
  {
    sizes: [2, 2, 1],
    activations: ['linear', 'linear'],
    init: 'zeros',
    weights: [
      [
        [1, 2],
        [3, -1],
      ],
      [[2, -1]],
    ],
    biases: [[0.5, -1], [0.25]],
  },
  createRng(1),
);
const hidden = (x: number, y: number): [number, number] => [x + 2 * y + 0.5, 3 * x - y - 1];
const output = (x: number, y: number): number => {
  const [h0, h1] = hidden(x, y);
  return 2 * h0 - h1 + 0.25;
};
const grid = (resolution: number, layers: boolean) =>
  evaluateGrid(net, { type: 'evaluateGrid', id: 3, x: [-1, 1], y: [0, 4], resolution, layers });

describe('evaluateGrid', () => {
  it('lays points out row by row over y, column by column over x, both ends included', () => {
    const g = grid(3, false);
    expect(g.id).toBe(3);
    expect(g.layers).toBeNull();
    const expected: number[] = [];
    for (const y of [0, 2, 4]) for (const x of [-1, 0, 1]) expected.push(output(x, y));
    expect(Array.from(g.output)).toEqual(expected);
  });

  it('reuses the points of the same grid and lays out new ones when the range changes', () => {
    const first = Array.from(grid(3, false).output);
    const moved = evaluateGrid(net, {
      type: 'evaluateGrid',
      id: 4,
      x: [0, 2],
      y: [0, 4],
      resolution: 3,
      layers: false,
    });
    const expected: number[] = [];
    for (const y of [0, 2, 4]) for (const x of [0, 1, 2]) expected.push(output(x, y));
    expect(Array.from(moved.output)).toEqual(expected);
    expect(Array.from(grid(3, false).output)).toEqual(first);
  });

  it('returns every hidden neuron of every point when asked', () => {
    const g = grid(2, true);
    const expected: number[] = [];
    for (const y of [0, 4]) for (const x of [-1, 1]) expected.push(...hidden(x, y));
    expect(g.layers?.map((l) => Array.from(l))).toEqual([expected]);
  });

  it('refuses a bad resolution or range with a message instead of computing', () => {
    expect(() => grid(1, false)).toThrow(CommandError);
    expect(() => grid(401, false)).toThrow(/2 to 400/);
    expect(() =>
      evaluateGrid(net, {
        type: 'evaluateGrid',
        id: 1,
        x: [0, Number.NaN],
        y: [0, 1],
        resolution: 4,
        layers: false,
      }),
    ).toThrow(/finite/);
  });
});
