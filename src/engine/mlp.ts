// The multilayer perceptron as a `Model`: dense records over the layout W1, b1, W2, b2, …,
// one data-set row per sample (a sequence of length 1). The trainer drives it through model.ts.
import { getActivation } from './activations';
import { evaluate } from './evaluate';
import { blockOf, locate } from './layout';
import type { Model, PassOptions, StatGroup } from './model';
import { accumulateRows, createRowsWorkspace, type RowsWorkspace } from './mlpRows';
import { mlpBlockNames } from './network';
import { backward, createWorkspace, forward, sampleLoss, type Workspace } from './propagate';
import { stepTraceBase } from './stepTraceBase';
import { buildRowTrace, buildSampleTrace } from './traceBuild';
import type { Dataset, Network, SampleTrace, StepTrace } from './types';

/** The MLP model: `Model` with the MLP's sample and step traces, and its network. */
export interface MlpModel extends Model<SampleTrace, StepTrace> {
  readonly kind: 'mlp';
  readonly net: Network;
}

/** An MLP model over `net` (whose params it shares) and the samples of `data`. */
export function createMlpModel(net: Network, data: Dataset): MlpModel {
  const L = net.layers.length;
  const nIn = net.sizes[0];
  const nOut = net.sizes[L];
  let withDropout = false;
  let ws: Workspace = createWorkspace(net.sizes, false);
  // Forward-only checks and inspection never use dropout.
  const checkWs = createWorkspace(net.sizes, false);

  // Copies one sample into a workspace (plain loops: subarray views would allocate).
  const load = (w: Workspace, index: number): void => {
    const { inputs, targets } = data;
    for (let i = 0, o = index * nIn; i < nIn; i += 1) w.x[i] = inputs[o + i];
    for (let k = 0, o = index * nOut; k < nOut; k += 1) w.t[k] = targets[o + k];
  };

  // The batch-major buffers of untraced steps (mlpRows.ts), made at the first one.
  let rows: RowsWorkspace | null = null;

  const accumulate = (index: number, grads: Float64Array | null, pass: PassOptions): number => {
    // Dropout masks live in the caches: reallocate only when dropout turns on or off.
    if (pass.dropout > 0 !== withDropout) {
      withDropout = pass.dropout > 0;
      ws = createWorkspace(net.sizes, withDropout);
    }
    load(ws, index);
    forward(net, ws, pass.dropout, pass.rng);
    const loss = sampleLoss(net, ws, pass.loss);
    if (!Number.isFinite(loss)) return loss;
    backward(net, ws, pass.loss, grads);
    return loss;
  };

  const statGroups: StatGroup[] = net.layers.map((_, l) => {
    const names = mlpBlockNames(l);
    const W = blockOf(net.layout, names.W);
    return { weights: [W], blocks: [W, blockOf(net.layout, names.b)] };
  });

  return {
    kind: 'mlp',
    net,
    layout: net.layout,
    params: net.params,
    statGroups,

    accumulate,

    accumulateMany(order, start, count, grads, pass, losses) {
      if (pass.dropout > 0) {
        // The masks are drawn sample by sample, so dropout keeps the per-sample pass.
        for (let s = 0; s < count; s += 1) {
          losses[s] = accumulate(order[start + s], grads, pass);
          if (!Number.isFinite(losses[s])) return s;
        }
        return -1;
      }
      rows ??= createRowsWorkspace(net.sizes);
      return accumulateRows(net, rows, data, order, start, count, pass.loss, grads, losses);
    },

    accumulateManyTraced(order, start, count, grads, pass, losses, samples) {
      if (pass.dropout > 0) {
        for (let s = 0; s < count; s += 1) {
          losses[s] = accumulate(order[start + s], grads, pass);
          if (!Number.isFinite(losses[s])) return s;
          samples.push(buildSampleTrace(order[start + s], ws, withDropout, losses[s]));
        }
        return -1;
      }
      rows ??= createRowsWorkspace(net.sizes);
      return accumulateRows(
        net,
        rows,
        data,
        order,
        start,
        count,
        pass.loss,
        grads,
        losses,
        (w, r, chunk, s) =>
          samples.push(buildRowTrace(order[start + s], w, r, chunk, net.sizes, losses[s])),
      );
    },

    traceSample(index, loss) {
      return buildSampleTrace(index, ws, withDropout, loss);
    },

    traceStep(parts) {
      return {
        kind: 'mlp',
        ...stepTraceBase(parts),
        sizes: [...net.sizes],
        activations: net.activations.map((a) => a.name),
        dropout: parts.dropout,
      };
    },

    inspect(index, loss) {
      load(checkWs, index);
      forward(net, checkWs, 0, null);
      backward(net, checkWs, loss, null);
      return buildSampleTrace(index, checkWs, false, sampleLoss(net, checkWs, loss));
    },

    findNonFinite(index) {
      load(checkWs, index);
      const layer = forward(net, checkWs, 0, null, true);
      if (!layer) return null;
      const a = checkWs.a[layer - 1];
      let k = 0;
      while (Number.isFinite(a[k])) k += 1;
      return { layer, value: a[k] };
    },

    ownerOf(k) {
      const at = locate(net.layout, k);
      if (!at) throw new RangeError(`parameter ${k} is outside a net of ${net.params.length}`);
      // Blocks come in pairs W_l, b_l: block 2(l−1) and 2(l−1)+1 belong to layer l.
      const layer = (net.layout.blocks.indexOf(at.block) >> 1) + 1;
      return { layer, quantity: at.block.role };
    },

    evaluate(loss, indices) {
      return evaluate(net, loss, data, indices);
    },

    activationNames() {
      return net.activations.map((a) => a.name);
    },

    setActivations(names) {
      if (names.length !== L) {
        throw new RangeError(`expected ${L} activations, got ${names.length}`);
      }
      net.activations = names.map(getActivation);
    },
  };
}
