// One sample through the net: the forward pass and backpropagation into preallocated
// buffers. Shared by the trainer, evaluation and the gradient check; allocates nothing.
import { crossEntropyFromLogits, getLoss, hasFusedDelta } from './losses';
import type { Rng } from './random';
import type { LossName, Network } from './types';

/** Per non-input layer l, arrays of that layer's nOut entries. */
export interface Workspace {
  /** The current input, [nIn]. */
  readonly x: Float64Array;
  /** The current target, [nOut of the last layer]. */
  readonly t: Float64Array;
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
  /** Scratch for da · mask. */
  readonly masked: Float64Array[];
}

export function createWorkspace(sizes: readonly number[], withDropout: boolean): Workspace {
  const L = sizes.length - 1;
  const make = (): Float64Array[] => sizes.slice(1).map((n) => new Float64Array(n));
  const a = make();
  const mask = sizes
    .slice(1)
    .map((n, l) => (withDropout && l < L - 1 ? new Float64Array(n) : null));
  return {
    x: new Float64Array(sizes[0]),
    t: new Float64Array(sizes[L]),
    z: make(),
    aPre: a.map((arr, l) => (mask[l] ? new Float64Array(arr.length) : arr)),
    a,
    da: make(),
    dz: make(),
    mask,
    masked: make(),
  };
}

/**
 * Forward pass of ws.x: z = W·a_prev + b, a = f(z) (times the dropout mask when `dropout`
 * > 0 and `rng` is given: each hidden unit is kept with probability 1 − p and scaled by
 * 1/(1 − p)). With `check`, returns the 1-based layer of the first non-finite activation
 * (0 when all are finite); without, it skips the checks and returns 0 (the trainer checks the
 * loss and the gradients instead, and re-runs with checks only to locate a failure).
 */
export function forward(
  net: Network,
  ws: Workspace,
  dropout: number,
  rng: Rng | null,
  check = false,
): number {
  const p = net.params;
  const L = net.layers.length;
  let prev = ws.x;
  for (let l = 0; l < L; l += 1) {
    const { nIn, nOut, wOffset, bOffset } = net.layers[l];
    const z = ws.z[l];
    for (let j = 0; j < nOut; j += 1) {
      let s = p[bOffset + j];
      const row = wOffset + j * nIn;
      for (let i = 0; i < nIn; i += 1) s += p[row + i] * prev[i];
      z[j] = s;
    }
    const aPre = ws.aPre[l];
    net.activations[l].forward(z, aPre, nOut);
    const mask = ws.mask[l];
    const a = ws.a[l];
    if (mask) {
      const keep = 1 - dropout;
      for (let j = 0; j < nOut; j += 1) {
        const m = rng && dropout > 0 ? (rng.next() < dropout ? 0 : 1 / keep) : 1;
        mask[j] = m;
        a[j] = aPre[j] * m;
      }
    }
    if (check) for (let j = 0; j < nOut; j += 1) if (!Number.isFinite(a[j])) return l + 1;
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
  const L = net.layers.length;
  const last = L - 1;
  const outAct = net.activations[last];
  const nOut = net.sizes[L];
  const y = ws.a[last];
  getLoss(loss).grad(y, ws.t, ws.da[last], nOut, outAct.name);
  if (hasFusedDelta(loss, outAct.name)) {
    for (let k = 0; k < nOut; k += 1) ws.dz[last][k] = y[k] - ws.t[k];
  } else {
    outAct.backward(ws.z[last], ws.aPre[last], ws.da[last], ws.dz[last], nOut);
  }
  for (let l = last; l >= 0; l -= 1) {
    const { nIn, nOut: n, wOffset, bOffset } = net.layers[l];
    const dz = ws.dz[l];
    const prev = l === 0 ? ws.x : ws.a[l - 1];
    const daPrev = l === 0 ? null : ws.da[l - 1];
    if (daPrev) daPrev.fill(0);
    for (let j = 0; j < n; j += 1) {
      const d = dz[j];
      const row = wOffset + j * nIn;
      if (grads) {
        grads[bOffset + j] += d;
        for (let i = 0; i < nIn; i += 1) grads[row + i] += d * prev[i];
      }
      if (daPrev) for (let i = 0; i < nIn; i += 1) daPrev[i] += p[row + i] * d;
    }
    if (daPrev) {
      const below = l - 1;
      const mask = ws.mask[below];
      let upstream = daPrev;
      if (mask) {
        // a = f(z)·m, so ∂L/∂f(z) = ∂L/∂a · m
        upstream = ws.masked[below];
        for (let i = 0; i < nIn; i += 1) upstream[i] = daPrev[i] * mask[i];
      }
      net.activations[below].backward(ws.z[below], ws.aPre[below], upstream, ws.dz[below], nIn);
    }
  }
}
