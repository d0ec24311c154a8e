// The CNN as a `Model`. Batch norm couples the samples of a batch, so the model runs a whole
// training batch in `prepareBatch` (forward with batch statistics, running statistics
// updated, the losses, backward once); `accumulate` hands out each sample's loss and, on the
// batch's first call, the gradient of the batch's summed loss. Evaluation, inspection and
// checks use the running statistics (one sample needs no batch) on their own buffers.
import { predictedClass } from '../evaluate';
import { blockOf, locate } from '../layout';
import type { Model, StatGroup } from '../model';
import { stepTraceBase } from '../stepTraceBase';
import type { ActivationName, Dataset, LossName, Metrics } from '../types';
import {
  cnnBackward,
  cnnForward,
  cnnLoss,
  createCnnBatch,
  describeLayers,
  loadBatch,
  CNN_RECORDS,
  type Cnn,
  type CnnBatch,
} from './cnn';
import { blockNames } from './cnnLayout';
import type { CnnSampleTrace, CnnStepTrace } from './types';

export interface CnnModel extends Model<CnnSampleTrace, CnnStepTrace> {
  readonly kind: 'cnn';
  readonly cnn: Cnn;
  readonly data: Dataset;
}

const ACTIVATED = new Set(['conv2d', 'dense']);
const SIDE_CAPACITY = 64;

/** Sample `s` of a batch that has just been through forward, loss and backward. */
export function batchSampleTrace(
  cnn: Cnn,
  batch: CnnBatch,
  s: number,
  data: Dataset,
): CnnSampleTrace {
  const { nIn, nOut } = data;
  return {
    index: batch.indices[s],
    input: batch.x.slice(s * nIn, (s + 1) * nIn),
    target: batch.target.slice(s * nOut, (s + 1) * nOut),
    layers: cnn.layers.map((layer, l) =>
      CNN_RECORDS[layer.spec.type].trace(layer, batch.caches[l], s),
    ),
    inputGradient: batch.dx.slice(s * nIn, (s + 1) * nIn),
    loss: batch.losses[s],
  };
}

/** A CNN model over `cnn` (whose params and running statistics it shares) and `data`. */
export function createCnnModel(cnn: Cnn, data: Dataset, capacity = 32): CnnModel {
  const { layout, params } = cnn;
  let batch = createCnnBatch(cnn, capacity, data.nOut);
  const side = createCnnBatch(cnn, SIDE_CAPACITY, data.nOut);
  const grad = new Float64Array(params.length);
  // The prepared batch: how many accumulate calls it has answered, whether it is finite.
  let prepared = false;
  let calls = 0;
  let finite = false;
  let inputGradientReady = false;
  let lastSample = 0;
  let lossName: LossName = 'cross-entropy';

  const statGroups: StatGroup[] = [];
  cnn.layers.forEach((layer) => {
    const names = blockNames(layer.spec, layer.index);
    if (!names) return;
    const first = blockOf(layout, names[0]);
    statGroups.push({ weights: [first], blocks: [first, blockOf(layout, names[1])] });
  });

  const runBatch = (order: ArrayLike<number>, start: number, count: number, loss: LossName) => {
    if (count > batch.capacity) batch = createCnnBatch(cnn, count, data.nOut);
    lossName = loss;
    loadBatch(batch, data, order, start, count);
    cnnForward(cnn, params, batch, true, true);
    finite = Number.isFinite(cnnLoss(cnn, batch, loss));
    grad.fill(0);
    if (finite) cnnBackward(cnn, params, batch, grad, false);
    prepared = true;
    calls = 0;
    inputGradientReady = false;
  };

  const single = new Uint32Array(1);
  const evalPass = (index: number, loss: LossName, backward: boolean): void => {
    single[0] = index;
    loadBatch(side, data, single, 0, 1);
    cnnForward(cnn, params, side, false);
    const value = cnnLoss(cnn, side, loss);
    if (backward && Number.isFinite(value)) cnnBackward(cnn, params, side, null, true);
  };

  const model: CnnModel = {
    kind: 'cnn',
    cnn,
    data,
    layout,
    params,
    statGroups,

    prepareBatch(order, start, count, pass) {
      runBatch(order, start, count, pass.loss);
    },

    accumulate(index, grads, pass) {
      if (!prepared || calls >= batch.count || batch.indices[calls] !== index) {
        // Not driven batch by batch: this sample alone is the batch.
        single[0] = index;
        runBatch(single, 0, 1, pass.loss);
      }
      const s = calls;
      calls += 1;
      lastSample = s;
      const loss = batch.losses[s];
      if (!Number.isFinite(loss)) return loss;
      if (s === 0 && grads && finite) for (let k = 0; k < grad.length; k += 1) grads[k] += grad[k];
      return loss;
    },

    traceSample() {
      if (!inputGradientReady) {
        const first = cnn.layers[0];
        const dx = batch.dx;
        CNN_RECORDS[first.spec.type].backward(first, batch.caches[0], params, batch.x, null, dx, 0);
        inputGradientReady = true;
      }
      return batchSampleTrace(cnn, batch, lastSample, data);
    },

    traceStep(parts) {
      return { kind: 'cnn', ...stepTraceBase(parts), spec: cnn.spec, layout, training: true };
    },

    inspect(index, loss) {
      evalPass(index, loss, true);
      return batchSampleTrace(cnn, side, 0, data);
    },

    findNonFinite(index) {
      let b: CnnBatch = side;
      let s = 0;
      const at = prepared ? batch.indices.subarray(0, batch.count).indexOf(index) : -1;
      if (at >= 0) {
        b = batch;
        s = at;
      } else evalPass(index, lossName, false);
      for (let l = 0; l < cnn.layers.length; l += 1) {
        const n = cnn.layers[l].nOut;
        const a = b.caches[l].a;
        for (let k = s * n; k < (s + 1) * n; k += 1)
          if (!Number.isFinite(a[k])) return { layer: l + 1, value: a[k] };
      }
      return null;
    },

    ownerOf(k) {
      const at = locate(layout, k);
      if (!at) throw new RangeError(`parameter ${k} is outside a net of ${params.length}`);
      const layer = Number(/\d+$/.exec(at.block.name)?.[0] ?? 0);
      return { layer, quantity: at.block.role };
    },

    evaluate(loss, indices) {
      const n = data.nOut;
      let lossSum = 0;
      let correct = 0;
      const last = side.caches[cnn.layers.length - 1];
      for (let start = 0; start < indices.length; start += SIDE_CAPACITY) {
        const count = Math.min(SIDE_CAPACITY, indices.length - start);
        loadBatch(side, data, indices, start, count);
        cnnForward(cnn, params, side, false);
        lossSum += cnnLoss(cnn, side, loss);
        if (data.task !== 'classification') continue;
        for (let s = 0; s < count; s += 1)
          if (predictedClass(last.aRows[s], n) === predictedClass(side.targetRows[s], n))
            correct += 1;
      }
      const count = indices.length;
      return {
        loss: count > 0 ? lossSum / count : NaN,
        accuracy: data.task === 'classification' && count > 0 ? correct / count : null,
      } satisfies Metrics;
    },

    activationNames() {
      const names: ActivationName[] = [];
      for (const layer of cnn.layers) if (layer.activation) names.push(layer.activation.name);
      return names;
    },

    setActivations(names) {
      const want = cnn.layers.filter((l) => ACTIVATED.has(l.spec.type)).length;
      if (names.length !== want)
        throw new RangeError(`expected ${want} activations, got ${names.length}`);
      const last = cnn.layers.length - 1;
      let k = 0;
      const list = cnn.layers.map((layer, l) => {
        if (!ACTIVATED.has(layer.spec.type)) return null;
        const name = names[k];
        k += 1;
        if (name === 'softmax' && l !== last)
          throw new RangeError('softmax is only allowed on the output layer');
        return name;
      });
      cnn.layers = describeLayers(cnn.spec, layout, cnn.state, list);
    },
  };
  return model;
}
