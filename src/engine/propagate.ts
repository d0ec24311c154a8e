// One sample through the net: the forward pass and backpropagation into preallocated
// buffers, driving the dense records. Shared by the MLP model, evaluation and the gradient
// check; allocates nothing per pass.
import { getActivation } from './activations';
import { DENSE, type DenseCache, type DenseLayer } from './dense';
import { crossEntropyFromLogits, getLoss, hasFusedDelta } from './losses';
import { layerShapes } from './network';
import type { Rng } from './random';
import type { LossName, Network } from './types';

/** Per non-input layer l, arrays of that layer's nOut entries (views of the dense caches). */
export interface Workspace {
  /** The current input, [nIn]. */
  readonly x: Float64Array;
  /** The current target, [nOut of the last layer]. */
  readonly t: Float64Array;
  /** The dense layers (shapes from the sizes; activations set at each pass) and their caches. */
  readonly layers: readonly DenseLayer[];
  readonly caches: readonly DenseCache[];
  readonly z: Float64Array[];
  /** f(z) before the dropout mask (the same array as `a` on layers without one). */
  readonly aPre: Float64Array[];
  /** The activation passed on: f(z) · mask. */
  readonly a: Float64Array[];
  /** ∂L/∂a */
  readonly da: Float64Array[];
  /** δ = ∂L/∂z */
  readonly dz: Float64Array[];
  /** Inverted-dropout multipliers of hidden layers (null on the output layer). */
  readonly mask: (Float64Array | null)[];
  /** The pass's noise, rewritten in place by `forward` (no allocation per pass). */
  readonly noise: { dropout: number; rng: Rng | null };
}

export function createWorkspace(sizes: readonly number[], withDropout: boolean): Workspace {
  const L = sizes.length - 1;
  const layers: DenseLayer[] = layerShapes(sizes).map((shape) => ({
    shape,
    activation: getActivation('linear'),
  }));
  const caches = layers.map((layer, l) =>
    DENSE.createCache(layer, { dropout: withDropout && l < L - 1 }),
  );
  return {
    x: new Float64Array(sizes[0]),
    t: new Float64Array(sizes[L]),
    layers,
    caches,
    z: caches.map((c) => c.z),
    aPre: caches.map((c) => c.aPre),
    a: caches.map((c) => c.a),
    da: caches.map((c) => c.da),
    dz: caches.map((c) => c.dz),
    mask: caches.map((c) => c.mask),
    noise: { dropout: 0, rng: null },
  };
}

/**
 * The workspace's dense-record layers with the net's current activations (they may change
 * between updates, a live change): refreshed at every pass (mutates ws.layers; plain fields
 * read faster in the hot loop than a getter or a lookup).
 */
function layersOf(net: Network, ws: Workspace): readonly DenseLayer[] {
  const layers = ws.layers;
  for (let l = 0; l < layers.length; l += 1) layers[l].activation = net.activations[l];
  return layers;
}

/**
 * Forward pass of ws.x through the dense records: z = W·a_prev + b, a = f(z) (times the
 * dropout mask when `dropout` > 0 and `rng` is given: each hidden unit is kept with
 * probability 1 − p and scaled by 1/(1 − p)). With `check`, returns the 1-based layer of the
 * first non-finite activation (0 when all are finite); without, it skips the checks and
 * returns 0 (the trainer checks the loss and the gradients instead, and re-runs with checks
 * only to locate a failure).
 */
export function forward(
  net: Network,
  ws: Workspace,
  dropout: number,
  rng: Rng | null,
  check = false,
): number {
  const p = net.params;
  const layers = layersOf(net, ws);
  ws.noise.dropout = dropout;
  ws.noise.rng = rng;
  let prev = ws.x;
  for (let l = 0; l < layers.length; l += 1) {
    const cache = ws.caches[l];
    DENSE.forward(layers[l], cache, p, prev, ws.noise, 0);
    const a = cache.a;
    if (check) for (let j = 0; j < a.length; j += 1) if (!Number.isFinite(a[j])) return l + 1;
    prev = a;
  }
  return 0;
}

/**
 * The loss of the last forward pass against ws.t. Cross-entropy after sigmoid or softmax is
 * computed from z (same value, finite even where y rounds to 0 or 1).
 */
export function sampleLoss(net: Network, ws: Workspace, loss: LossName): number {
  const L = net.layers.length;
  const act = net.activations[L - 1].name;
  if (hasFusedDelta(loss, act)) return crossEntropyFromLogits(ws.z[L - 1], ws.t, net.sizes[L], act);
  return getLoss(loss).value(ws.a[L - 1], ws.t, net.sizes[L], act);
}

/**
 * Backpropagation of the last forward pass. Fills da (∂L/∂a) and dz (δ) of every layer and,
 * when `grads` is given, adds this sample's gradient to it (mutates grads):
 *   ∂L/∂W[j][i] += δ_j · a_prev_i,  ∂L/∂b_j += δ_j,  ∂L/∂a_prev_i = Σ_j W[j][i] · δ_j.
 * The output δ of cross-entropy after softmax or sigmoid is y − t (exact, and finite where y
 * underflows). A non-finite δ shows in the gradient it feeds (NaN·0 is NaN), which the
 * trainer checks once per update.
 */
export function backward(
  net: Network,
  ws: Workspace,
  loss: LossName,
  grads: Float64Array | null,
): void {
  const p = net.params;
  const layers = layersOf(net, ws);
  const last = layers.length - 1;
  const out = ws.caches[last];
  const outAct = net.activations[last];
  const nOut = net.sizes[last + 1];
  getLoss(loss).grad(out.a, ws.t, out.da, nOut, outAct.name);
  if (hasFusedDelta(loss, outAct.name)) {
    for (let k = 0; k < nOut; k += 1) out.dz[k] = out.a[k] - ws.t[k];
  } else {
    DENSE.delta(layers[last], out);
  }
  for (let l = last; l >= 0; l -= 1) {
    const below = l === 0 ? null : ws.caches[l - 1];
    DENSE.backwardFromDelta(
      layers[l],
      ws.caches[l],
      p,
      below ? below.a : ws.x,
      grads,
      below && below.da,
    );
    if (below) DENSE.delta(layers[l - 1], below);
  }
}
