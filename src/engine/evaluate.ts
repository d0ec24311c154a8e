// Forward-only evaluation: many inputs at once (decision boundaries, per-neuron heatmaps)
// and the metrics of a split. No dropout, no gradients, parameters untouched.
import { forwardBlocks, forwardGridBlocks } from './forwardBlock';
import { createWorkspace, forward, sampleLoss, type Workspace } from './propagate';
import type { Dataset, LossName, Metrics, Network } from './types';

const workspaces = new WeakMap<Network, Workspace>();

/** A cached evaluation workspace per network (re-created if the shape changed). */
function workspaceFor(net: Network): Workspace {
  let ws = workspaces.get(net);
  if (!ws) {
    ws = createWorkspace(net.sizes, false);
    workspaces.set(net, ws);
  }
  return ws;
}

/** out[r*nOut + k] = network output k for input row r of inputs [n, nIn] (batch-major). */
export function forwardMany(
  net: Network,
  inputs: Float64Array,
  n: number,
  out: Float64Array,
): void {
  const outs: (Float64Array | null)[] = net.layers.map(() => null);
  outs[outs.length - 1] = out;
  forwardBlocks(net, inputs, n, outs);
}

/**
 * Every non-input layer's activations for each input row: outs[l][r*n_l + j] is neuron j of
 * layer l+1 for row r (outs[l] must hold n × sizes[l+1] numbers).
 */
export function forwardManyLayers(
  net: Network,
  inputs: Float64Array,
  n: number,
  outs: readonly Float64Array[],
): void {
  forwardBlocks(net, inputs, n, outs);
}

/**
 * forwardManyLayers over the grid of points (xs[col], ys[row]) of a net with 2 inputs, point
 * row·xs.length + col: outs[l][point·n_l + j] for each layer l whose outs[l] is given (null:
 * not wanted). The same numbers as forwardManyLayers on those points, with less work.
 */
export function forwardGrid(
  net: Network,
  xs: Float64Array,
  ys: Float64Array,
  outs: readonly (Float64Array | null)[],
): void {
  if (net.sizes[0] !== 2) throw new RangeError('a grid needs a network with 2 inputs');
  forwardGridBlocks(net, xs, ys, outs);
}

/** Index of the predicted class: argmax for several outputs, y ≥ 0.5 for one. */
export function predictedClass(y: Float64Array, n: number): number {
  if (n === 1) return y[0] >= 0.5 ? 1 : 0;
  let best = 0;
  for (let k = 1; k < n; k += 1) if (y[k] > y[best]) best = k;
  return best;
}

/** Mean per-sample loss (no regularization) and accuracy over the given samples. */
export function evaluate(
  net: Network,
  loss: LossName,
  data: Dataset,
  indices: ArrayLike<number>,
): Metrics {
  const ws = workspaceFor(net);
  const { nIn, nOut } = data;
  const L = net.layers.length;
  let lossSum = 0;
  let correct = 0;
  for (let s = 0; s < indices.length; s += 1) {
    const r = indices[s];
    ws.x.set(data.inputs.subarray(r * nIn, r * nIn + nIn));
    ws.t.set(data.targets.subarray(r * nOut, r * nOut + nOut));
    forward(net, ws, 0, null);
    lossSum += sampleLoss(net, ws, loss);
    if (data.task === 'classification') {
      if (predictedClass(ws.a[L - 1], nOut) === predictedClass(ws.t, nOut)) correct += 1;
    }
  }
  const count = indices.length;
  return {
    loss: count > 0 ? lossSum / count : NaN,
    accuracy: data.task === 'classification' && count > 0 ? correct / count : null,
  };
}
