// A regular 2-D grid of inputs through the network, for decision boundaries and per-neuron
// heatmaps. Reads the parameters, never changes them.
import { forwardMany, forwardManyLayers } from '../engine/evaluate';
import type { Dataset, Network } from '../engine/types';
import type { Command, Message } from '../protocol/messages';
import { CommandError } from './commandError';

type GridCommand = Extract<Command, { type: 'evaluateGrid' }>;

/** The last grid's points: every frame of a run asks for the same grid (and a fresh 160 KB
 * array cost a third of a millisecond); read-only for the forward pass. */
let lastGrid: { readonly key: string; readonly inputs: Float64Array } | null = null;

/** The n × n points, row-major over y then x (see evaluateGrid). */
function gridInputs(
  n: number,
  x: readonly [number, number],
  y: readonly [number, number],
): Float64Array {
  const key = `${n} ${x[0]} ${x[1]} ${y[0]} ${y[1]}`;
  if (lastGrid?.key === key) return lastGrid.inputs;
  // Each coordinate once per column and row (a division each), then copied to every point.
  const xs = new Float64Array(n);
  for (let col = 0; col < n; col += 1) xs[col] = x[0] + ((x[1] - x[0]) * col) / (n - 1);
  const inputs = new Float64Array(n * n * 2);
  for (let row = 0; row < n; row += 1) {
    const yRow = y[0] + ((y[1] - y[0]) * row) / (n - 1);
    for (let col = 0, o = 2 * row * n; col < n; col += 1, o += 2) {
      inputs[o] = xs[col];
      inputs[o + 1] = yRow;
    }
  }
  lastGrid = { key, inputs };
  return inputs;
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
  const inputs = gridInputs(n, x, y);
  const L = net.layers.length;
  if (command.layers) {
    // outs[l]: [n·n, sizes[l+1]], one row per grid point
    const outs = net.sizes.slice(1).map((size) => new Float64Array(n * n * size));
    forwardManyLayers(net, inputs, n * n, outs);
    return {
      type: 'grid',
      id: command.id,
      resolution: n,
      output: outs[L - 1],
      layers: outs.slice(0, L - 1),
    };
  }
  const output = new Float64Array(n * n * net.sizes[L]);
  forwardMany(net, inputs, n * n, output);
  return { type: 'grid', id: command.id, resolution: n, output, layers: null };
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
