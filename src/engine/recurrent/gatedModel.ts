// An LSTM or GRU as a `Model`: one data-set index names a whole sequence; the one trainer
// batches sequences, takes the mean gradient, regularizes the matrix blocks, clips and steps.
import { blockOf, locate } from '../layout';
import type { Model, StatGroup } from '../model';
import { stepTraceBase } from '../stepTraceBase';
import { listSweeps } from './bptt';
import { gatedBackward, gatedForward, type Gated } from './gated';
import { createGatedCache, loadGatedSequence, type GatedCache } from './gatedCache';
import type { GatedLayer } from './gatedLayer';
import { buildGatedSampleTrace } from './gatedTrace';
import {
  GATES,
  type GatedKind,
  type GatedProblem,
  type GatedSampleTrace,
  type GatedStepTrace,
} from './gatedTypes';
import { longestSequence } from './rnnCache';
import { rnnLoss } from './rnnForward';
import { evaluateSequences } from './rnnModel';
import { changedSequence, type SequenceSettings } from './sequenceSettings';
import type { ReadoutActivationName, SequenceDataset } from './types';

const READOUT: readonly string[] = ['linear', 'sigmoid', 'tanh', 'softmax'];

export interface GatedModel<K extends GatedKind = GatedKind>
  extends Model<GatedSampleTrace, GatedStepTrace<K>>, SequenceSettings {
  readonly kind: K;
  readonly net: Gated;
  readonly data: SequenceDataset;
}

/**
 * A gated model over `net` (whose params it shares) and the sequences of `data`. Layers as a
 * learner counts them: 1 = the gated layer, 2 = the readout (Why, by). Statistics groups, one
 * per gate (its Wx and Wh, with its biases), then Why (with by).
 */
export function createGatedModel<K extends GatedKind>(
  net: Gated & { readonly problem: GatedProblem & { readonly spec: { readonly cell: K } } },
  data: SequenceDataset,
): GatedModel<K> {
  let problem: GatedProblem = net.problem;
  let layer: GatedLayer = { problem, offsets: net.offsets };
  const kind = net.problem.spec.cell;
  const maxT = longestSequence(data);
  const cache: GatedCache = createGatedCache(problem.spec, maxT);
  const side: GatedCache = createGatedCache(problem.spec, maxT);
  const { layout, params } = net;
  const block = (name: string) => blockOf(layout, name);

  const statGroups: StatGroup[] = GATES[kind].map((g) => {
    const biases = kind === 'gru' && g === 'n' ? ['bxn', 'bhn'] : [`b${g}`];
    const weights = [block(`Wx${g}`), block(`Wh${g}`)];
    return { weights, blocks: [...weights, ...biases.map(block)] };
  });
  if (problem.spec.readout)
    statGroups.push({ weights: [block('Why')], blocks: [block('Why'), block('by')] });

  const pass = (c: GatedCache, index: number): number => {
    loadGatedSequence(c, data, index);
    gatedForward(layer, params, c);
    return rnnLoss(problem, c);
  };
  const traceOf = (c: GatedCache, index: number, loss: number): GatedSampleTrace =>
    buildGatedSampleTrace(layer, index, c, loss, listSweeps(problem, c));

  return {
    kind,
    net,
    data,
    layout,
    params,
    statGroups,

    accumulate(index, grads) {
      const loss = pass(cache, index);
      if (!Number.isFinite(loss)) return loss;
      gatedBackward(layer, params, cache, grads);
      return loss;
    },

    traceSample(index, loss) {
      return traceOf(cache, index, loss);
    },

    traceStep(parts) {
      return {
        kind,
        ...stepTraceBase(parts),
        spec: problem.spec,
        sequence: problem.sequence,
        layout,
      };
    },

    inspect(index) {
      const loss = pass(side, index);
      gatedBackward(layer, params, side, null);
      return traceOf(side, index, loss);
    },

    findNonFinite(index) {
      pass(side, index);
      const { hidden: H, outputs: O, readout } = problem.spec;
      for (let i = 0; i < side.T; i += 1) {
        const h = side.h[i + 1];
        for (let k = 0; k < H; k += 1) if (!Number.isFinite(h[k])) return { layer: 1, value: h[k] };
        if (kind === 'lstm') {
          const c = side.c[i + 1];
          for (let k = 0; k < H; k += 1)
            if (!Number.isFinite(c[k])) return { layer: 1, value: c[k] };
        }
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
      layer = { problem, offsets: net.offsets };
      const metrics = evaluateSequences(problem, side, indices, (index) => pass(side, index), data);
      problem = saved;
      layer = { problem, offsets: net.offsets };
      return metrics;
    },

    sequenceConfig: () => problem.sequence,

    setSequence(sequence) {
      problem = { ...problem, sequence: changedSequence(problem.sequence, sequence) };
      layer = { problem, offsets: net.offsets };
    },

    /** The gates' squashing is fixed (σ and tanh); only the readout's activation may change. */
    activationNames() {
      return problem.spec.readout ? [problem.spec.outputActivation] : [];
    },

    setActivations(names) {
      const want = problem.spec.readout ? 1 : 0;
      if (names.length !== want)
        throw new RangeError(`expected ${want} activations, got ${names.length}`);
      const [out] = names;
      if (out === undefined) return;
      if (!READOUT.includes(out)) throw new RangeError(`"${out}" is not a readout activation`);
      problem = {
        ...problem,
        spec: { ...problem.spec, outputActivation: out as ReadoutActivationName },
      };
      layer = { problem, offsets: net.offsets };
    },
  };
}
