// The fixed-point net as a `Model`: one data-set index names one input row; the one trainer
// batches rows, takes the mean gradient, regularizes W and V, clips and steps. A relaxation
// that does not settle makes `accumulate` return NaN — the trainer's refused-update path — and
// is kept as `lastFailure()` so callers can name the phase (settle.ts).
import { predictedClass } from '../evaluate';
import { blockOf, locate } from '../layout';
import type { Model, StatGroup } from '../model';
import { stepTraceBase } from '../stepTraceBase';
import type { Dataset } from '../types';
import { fixedPointPass, type FixedPointNet } from './net';
import {
  createFixedPointCache,
  loadSample,
  outputLoss,
  relaxForward,
  type FixedPointCache,
} from './relax';
import { buildFixedPointSampleTrace } from './trace';
import type {
  FixedPointActivationName,
  FixedPointSampleTrace,
  FixedPointSpec,
  FixedPointStepTrace,
  SettleFailure,
} from './types';

export const FIXED_POINT_ACTIVATIONS: readonly FixedPointActivationName[] = [
  'sigmoid',
  'tanh',
  'relu',
  'leaky-relu',
  'linear',
];

export interface FixedPointModel extends Model<FixedPointSampleTrace, FixedPointStepTrace> {
  readonly kind: 'fixed-point';
  readonly data: Dataset;
  /** The current spec (its activation may change live). */
  spec(): FixedPointSpec;
  /** The relaxation that did not settle in the last `accumulate`, or null. */
  lastFailure(): SettleFailure | null;
}

/**
 * A fixed-point model over `net` (whose params it shares) and the rows of `data`. One layer as
 * a learner counts it (1 = the units); statistics groups: W (with b), V.
 */
export function createFixedPointModel(net: FixedPointNet, data: Dataset): FixedPointModel {
  let spec = net.spec;
  let current: FixedPointNet = net;
  const cache: FixedPointCache = createFixedPointCache(spec);
  // Checks, inspection and evaluation use their own buffers: the training cache stays traceable.
  const side: FixedPointCache = createFixedPointCache(spec);
  const { layout, params } = net;
  const block = (name: string) => blockOf(layout, name);
  const statGroups: StatGroup[] = [
    { weights: [block('W')], blocks: [block('W'), block('b')] },
    { weights: [block('V')], blocks: [block('V')] },
  ];
  let failure: SettleFailure | null = null;

  const failureOf = (c: FixedPointCache, index: number): SettleFailure | null => {
    const forward = !c.settled;
    if (!forward && (c.adjointSettled || c.adjointIterations === 0)) return null;
    const n = forward ? c.iterations : c.adjointIterations;
    return {
      phase: forward ? 'forward' : 'adjoint',
      sample: index,
      iterations: n,
      lastChange: n > 0 ? (forward ? c.forwardChange : c.adjointChange)[n - 1] : NaN,
      tolerance: spec.relaxation.tolerance,
    };
  };

  const model: FixedPointModel = {
    kind: 'fixed-point',
    data,
    layout,
    params,
    statGroups,

    spec: () => spec,
    lastFailure: () => failure,

    accumulate(index, grads, pass) {
      failure = null;
      loadSample(cache, data, index);
      const unsettled = fixedPointPass(current, pass.loss, cache, grads);
      if (unsettled === null) return cache.loss;
      failure = failureOf(cache, index);
      return NaN;
    },

    traceSample(index) {
      return buildFixedPointSampleTrace(index, spec.units, cache);
    },

    traceStep(parts) {
      return { kind: 'fixed-point', ...stepTraceBase(parts), spec, layout };
    },

    inspect(index, loss) {
      loadSample(side, data, index);
      fixedPointPass(current, loss, side, null);
      return buildFixedPointSampleTrace(index, spec.units, side);
    },

    findNonFinite(index) {
      loadSample(side, data, index);
      fixedPointPass(current, 'squared-error', side, null);
      for (let j = 0; j < spec.units; j += 1) {
        if (!Number.isFinite(side.x[j])) return { layer: 1, value: side.x[j] };
      }
      const f = failureOf(side, index);
      return f ? { layer: 1, value: f.lastChange } : null;
    },

    ownerOf(k) {
      const at = locate(layout, k);
      if (!at) throw new RangeError(`parameter ${k} is outside a net of ${params.length}`);
      return { layer: 1, quantity: at.block.role };
    },

    evaluate(lossName, indices) {
      const O = spec.outputUnits.length;
      let lossSum = 0;
      let correct = 0;
      for (let s = 0; s < indices.length; s += 1) {
        loadSample(side, data, indices[s]);
        // Forward only; a row that did not settle is scored at its last iterate.
        relaxForward(spec, current.offsets, params, side);
        lossSum += outputLoss(spec, lossName, side);
        if (predictedClass(side.y, O) === predictedClass(side.target, O)) correct += 1;
      }
      const count = indices.length;
      return {
        loss: count > 0 ? lossSum / count : NaN,
        accuracy: data.task === 'classification' && count > 0 ? correct / count : null,
      };
    },

    activationNames() {
      return [spec.activation];
    },

    setActivations(names) {
      if (names.length !== 1) throw new RangeError(`expected 1 activation, got ${names.length}`);
      const [name] = names;
      if (!(FIXED_POINT_ACTIVATIONS as readonly string[]).includes(name))
        throw new RangeError(`"${name}" is not a fixed-point activation`);
      spec = { ...spec, activation: name as FixedPointActivationName };
      current = { ...net, spec };
    },
  };
  return model;
}
