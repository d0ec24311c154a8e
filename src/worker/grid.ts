// A regular 2-D grid of inputs through the network, for decision boundaries and per-neuron
// heatmaps. Reads the parameters, never changes them.
import { forwardGrid, forwardMany } from '../engine/evaluate';
import type { Dataset, Network } from '../engine/types';
import type { Command, Message } from '../protocol/messages';
import { CommandError } from './commandError';

type GridCommand = Extract<Command, { type: 'evaluateGrid' }>;

/** The last grid's coordinates: every frame of a run asks for the same grid; read-only. */
let lastGrid: {
  readonly key: string;
  readonly xs: Float64Array;
  readonly ys: Float64Array;
} | null = null;

/** n evenly spaced numbers from range[0] to range[1], both included. */
function spaced(n: number, range: readonly [number, number]): Float64Array {
  const out = new Float64Array(n);
  for (let k = 0; k < n; k += 1) out[k] = range[0] + ((range[1] - range[0]) * k) / (n - 1);
  return out;
}

/** The grid's columns' x and rows' y (see evaluateGrid). */
function gridAxes(
  n: number,
  x: readonly [number, number],
  y: readonly [number, number],
): { readonly xs: Float64Array; readonly ys: Float64Array } {
  const key = `${n} ${x[0]} ${x[1]} ${y[0]} ${y[1]}`;
  if (lastGrid?.key !== key) lastGrid = { key, xs: spaced(n, x), ys: spaced(n, y) };
  return lastGrid;
}

/** Row-major over y then x: point (row, col) is (x0 + col·Δx, y0 + row·Δy), both ends included. */
export function evaluateGrid(
  net: Network,
  command: GridCommand,
): Extract<Message, { type: 'grid' }> {
  const { resolution: n, x, y } = command;
  if (net.sizes[0] !== 2) throw new CommandError('a grid needs a network with 2 inputs');
  if (!Number.isInteger(n) || n < 2 || n > 400)
    throw new CommandError('grid resolution must be a whole number from 2 to 400');
  if (![...x, ...y].every(Number.isFinite))
    throw new CommandError('a grid range must be finite numbers');
  const { xs, ys } = gridAxes(n, x, y);
  const L = net.layers.length;
  // [n·n, sizes[l+1]], one row per grid point; the hidden layers only when asked for
  const output = new Float64Array(n * n * net.sizes[L]);
  const hidden = net.sizes.slice(1, L);
  const layers = command.layers ? hidden.map((size) => new Float64Array(n * n * size)) : null;
  forwardGrid(net, xs, ys, [...(layers ?? hidden.map(() => null)), output]);
  return { type: 'grid', id: command.id, resolution: n, output, layers };
}

type EvaluateCommand = Extract<Command, { type: 'evaluate' }>;

/** The network's outputs for some input rows, or for every sample of the data set. */
export function evaluateRows(
  net: Network,
  dataset: Dataset,
  updates: number,
  command: EvaluateCommand,
): Extract<Message, { type: 'evaluated' }> {
  const nIn = net.sizes[0];
  const nOut = net.sizes[net.sizes.length - 1];
  const inputs = command.inputs ?? dataset.inputs;
  if (!(inputs instanceof Float64Array) || inputs.length % nIn !== 0)
    throw new CommandError(`inputs must be a Float64Array of rows of ${nIn} numbers`);
  const rows = inputs.length / nIn;
  if (rows > 200_000) throw new CommandError('at most 200 000 rows can be evaluated at once');
  if (command.inputs && !command.inputs.every(Number.isFinite))
    throw new CommandError('inputs must be finite numbers');
  const outputs = new Float64Array(rows * nOut);
  forwardMany(net, inputs, rows, outputs);
  return { type: 'evaluated', id: command.id, update: updates, outputs };
}
