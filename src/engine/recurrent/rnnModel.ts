// The Elman RNN as a `Model`: one data-set index names a whole sequence; the one trainer
// batches sequences, takes the mean gradient, regularizes the matrix blocks and steps.
import { predictedClass } from '../evaluate';
import { blockOf, locate } from '../layout';
import type { Model, StatGroup } from '../model';
import { stepTraceBase } from '../stepTraceBase';
import type { Metrics } from '../types';
import { listSweeps, rnnBackward } from './bptt';
import { createRnnCache, loadSequence, longestSequence, type RnnCache } from './rnnCache';
import { rnnForward, rnnLoss } from './rnnForward';
import type { Rnn } from './rnn';
import type { RnnLayer } from './rnnRecord';
import { buildRnnSampleTrace } from './rnnTrace';
import type {
  ReadoutActivationName,
  RecurrentActivationName,
  RnnProblem,
  RnnSampleTrace,
  RnnStepTrace,
  SequenceDataset,
} from './types';
import { changedSequence, type SequenceSettings } from './sequenceSettings';

const RECURRENT: readonly string[] = ['tanh', 'relu', 'sigmoid', 'linear'];
const READOUT: readonly string[] = ['linear', 'sigmoid', 'tanh', 'softmax'];

export interface RnnModel extends Model<RnnSampleTrace, RnnStepTrace>, SequenceSettings {
  readonly kind: 'rnn';
  readonly rnn: Rnn;
  readonly data: SequenceDataset;
}

/**
 * An RNN model over `rnn` (whose params it shares) and the sequences of `data`. Layers as a
 * learner counts them: 1 = the recurrent layer (Wxh, Whh, bh), 2 = the readout (Why, by).
 * Statistics groups, one per matrix block: Wxh (with bh), Whh, Why (with by).
 */
export function createRnnModel(rnn: Rnn, data: SequenceDataset): RnnModel {
  let problem: RnnProblem = rnn.problem;
  // The recurrent layer the record reads; rebuilt when the activations change.
  let layer: RnnLayer = { problem, offsets: rnn.offsets };
  const maxT = longestSequence(data);
  const cache: RnnCache = createRnnCache(problem.spec, maxT);
  // Checks, inspection and evaluation use their own tape: the training tape stays traceable.
  const side: RnnCache = createRnnCache(problem.spec, maxT);
  const { layout, params } = rnn;
  const block = (name: string) => blockOf(layout, name);

  const statGroups: StatGroup[] = [
    { weights: [block('Wxh')], blocks: [block('Wxh'), block('bh')] },
    { weights: [block('Whh')], blocks: [block('Whh')] },
  ];
  if (problem.spec.readout)
    statGroups.push({ weights: [block('Why')], blocks: [block('Why'), block('by')] });

  const pass = (c: RnnCache, index: number): number => {
    loadSequence(c, data, index);
    rnnForward(layer, params, c);
    return rnnLoss(problem, c);
  };

  const traceOf = (c: RnnCache, index: number, loss: number): RnnSampleTrace =>
    buildRnnSampleTrace(layer, index, c, loss, listSweeps(problem, c));

  const model: RnnModel = {
    kind: 'rnn',
    rnn,
    data,
    layout,
    params,
    statGroups,

    accumulate(index, grads) {
      const loss = pass(cache, index);
      if (!Number.isFinite(loss)) return loss;
      // Backward also fills the tape's dLdh and delta, which traceSample copies.
      rnnBackward(layer, params, cache, grads);
      return loss;
    },

    traceSample(index, loss) {
      return traceOf(cache, index, loss);
    },

    traceStep(parts) {
      return {
        kind: 'rnn',
        ...stepTraceBase(parts),
        spec: problem.spec,
        sequence: problem.sequence,
        layout,
      };
    },

    inspect(index) {
      const loss = pass(side, index);
      rnnBackward(layer, params, side, null);
      return traceOf(side, index, loss);
    },

    findNonFinite(index) {
      pass(side, index);
      const { hidden: H, outputs: O, readout } = problem.spec;
      for (let i = 0; i < side.T; i += 1) {
        const h = side.h[i + 1];
        for (let k = 0; k < H; k += 1) if (!Number.isFinite(h[k])) return { layer: 1, value: h[k] };
        if (!readout) continue;
        const y = side.y[i];
        for (let k = 0; k < O; k += 1) if (!Number.isFinite(y[k])) return { layer: 2, value: y[k] };
      }
      return null;
    },

    ownerOf(k) {
      const at = locate(layout, k);
      if (!at) throw new RangeError(`parameter ${k} is outside a net of ${params.length}`);
      const readoutBlock = at.block.name === 'Why' || at.block.name === 'by';
      return { layer: readoutBlock ? 2 : 1, quantity: at.block.role };
    },

    evaluate(lossName, indices) {
      const saved = problem;
      problem = { ...problem, loss: lossName };
      layer = { problem, offsets: rnn.offsets };
      const metrics = evaluateSequences(problem, side, indices, (index) => pass(side, index), data);
      problem = saved;
      layer = { problem, offsets: rnn.offsets };
      return metrics;
    },

    sequenceConfig: () => problem.sequence,

    setSequence(sequence) {
      problem = { ...problem, sequence: changedSequence(problem.sequence, sequence) };
      layer = { problem, offsets: rnn.offsets };
    },

    activationNames() {
      const { activation, outputActivation, readout } = problem.spec;
      return readout ? [activation, outputActivation] : [activation];
    },

    setActivations(names) {
      const want = problem.spec.readout ? 2 : 1;
      if (names.length !== want)
        throw new RangeError(`expected ${want} activations, got ${names.length}`);
      const [hidden, out] = names;
      if (!RECURRENT.includes(hidden))
        throw new RangeError(`"${hidden}" is not a recurrent activation`);
      if (out !== undefined && !READOUT.includes(out))
        throw new RangeError(`"${out}" is not a readout activation`);
      problem = {
        ...problem,
        spec: {
          ...problem.spec,
          activation: hidden as RecurrentActivationName,
          ...(out === undefined ? {} : { outputActivation: out as ReadoutActivationName }),
        },
      };
      layer = { problem, offsets: rnn.offsets };
    },
  };
  return model;
}

/**
 * Mean per-sequence loss over `indices`, and for classification the fraction of scored steps
 * whose predicted class (argmax, or y ≥ 0.5 for one output) matches the target's.
 */
export function evaluateSequences(
  problem: RnnProblem,
  c: RnnCache,
  indices: ArrayLike<number>,
  pass: (index: number) => number,
  data: SequenceDataset,
): Metrics {
  const O = problem.spec.outputs;
  let lossSum = 0;
  let correct = 0;
  let scored = 0;
  for (let s = 0; s < indices.length; s += 1) {
    lossSum += pass(indices[s]);
    if (data.task !== 'classification') continue;
    for (let i = 0; i < c.T; i += 1) {
      if (!c.scored[i]) continue;
      scored += 1;
      if (predictedClass(c.y[i], O) === predictedClass(c.target[i], O)) correct += 1;
    }
  }
  const count = indices.length;
  return {
    loss: count > 0 ? lossSum / count : NaN,
    accuracy: data.task === 'classification' && scored > 0 ? correct / scored : null,
  };
}
