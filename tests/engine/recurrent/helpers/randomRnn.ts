// Random Elman RNN cases for the recurrent tests: one seeded case gives the engine's problem,
// flat parameters and one-sequence data set, and the oracle's nested copy of the same net.
import { rnnLayout } from '../../../../src/engine/recurrent/rnnLayout';
import type {
  BpttConfig,
  ReadoutActivationName,
  RecurrentActivationName,
  RnnProblem,
  SequenceDataset,
} from '../../../../src/engine/recurrent/types';
import type { LossName } from '../../../../src/engine/types';
import type { Mat, RefBlocks, RefRnn, RefSequence } from './referenceRnn';

export const ACTIVATIONS: readonly RecurrentActivationName[] = [
  'tanh',
  'relu',
  'sigmoid',
  'linear',
];
/** Readout activation and a loss that fits it. */
export const READOUTS: readonly (readonly [ReadoutActivationName, LossName])[] = [
  ['linear', 'squared-error'],
  ['linear', 'mse'],
  ['tanh', 'squared-error'],
  ['sigmoid', 'cross-entropy'],
  ['sigmoid', 'mse'],
  ['softmax', 'cross-entropy'],
];

export interface CaseParams {
  readonly seed: number;
  readonly T: number;
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  readonly activation: RecurrentActivationName;
  readonly readout: (typeof READOUTS)[number] | null;
  readonly every: boolean;
  readonly mean: boolean;
  readonly bptt: BpttConfig;
  /** Spread of the weights (larger: harder, more nonlinear). */
  readonly scale?: number;
}

export interface RnnCase {
  readonly problem: RnnProblem;
  readonly params: Float64Array;
  readonly data: SequenceDataset;
  readonly ref: RefRnn;
  readonly seq: RefSequence;
}

/** A small deterministic generator (mulberry32), independent of the engine's. */
function generator(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeCase(c: CaseParams): RnnCase {
  const rand = generator(c.seed);
  const u = (spread: number): number => (2 * rand() - 1) * spread;
  const w = c.scale ?? 0.8;
  const O = c.readout ? c.outputs : c.hidden;
  const mat = (rows: number, cols: number): Mat =>
    Array.from({ length: rows }, () => Array.from({ length: cols }, () => u(w)));
  const vec = (n: number): number[] => Array.from({ length: n }, () => u(0.5));
  const blocks: RefBlocks = {
    Wxh: mat(c.hidden, c.inputs),
    Whh: mat(c.hidden, c.hidden),
    bh: vec(c.hidden),
    Why: c.readout ? mat(O, c.hidden) : null,
    by: c.readout ? vec(O) : null,
  };
  const [outputActivation, loss] = c.readout ?? ['linear', 'squared-error'];
  const activation = c.activation;
  // Targets the loss accepts: one-hot rows for softmax, 0…1 for sigmoid outputs.
  const target = (): number[] => {
    if (outputActivation === 'softmax') {
      const k = Math.floor(rand() * O);
      return Array.from({ length: O }, (_, j) => (j === k ? 1 : 0));
    }
    if (loss === 'cross-entropy') return Array.from({ length: O }, () => rand());
    return Array.from({ length: O }, () => u(1));
  };
  const xs = Array.from({ length: c.T }, () => Array.from({ length: c.inputs }, () => u(1)));
  const targets = c.every ? xs.map(() => target()) : [target()];
  const sequence = {
    readout: c.every ? ('every-step' as const) : ('last-step' as const),
    lossOverTime: c.mean ? ('mean' as const) : ('sum' as const),
    bptt: c.bptt,
  };
  const problem: RnnProblem = {
    spec: {
      inputs: c.inputs,
      hidden: c.hidden,
      outputs: O,
      activation,
      outputActivation,
      readout: c.readout !== null,
    },
    sequence,
    loss,
  };
  const layout = rnnLayout(problem.spec);
  const flat = [blocks.Wxh.flat(), blocks.Whh.flat(), blocks.bh];
  if (blocks.Why && blocks.by) flat.push(blocks.Why.flat(), blocks.by);
  const params = Float64Array.from(flat.flat());
  if (params.length !== layout.size) throw new Error('layout mismatch');
  const data: SequenceDataset = {
    n: 1,
    nIn: c.inputs,
    nOut: O,
    readout: sequence.readout,
    starts: Uint32Array.of(0),
    lengths: Uint32Array.of(c.T),
    inputs: Float64Array.from(xs.flat()),
    targets: Float64Array.from(targets.flat()),
    task: 'regression',
  };
  const ref: RefRnn = {
    blocks,
    activation,
    outputActivation,
    loss,
    readout: sequence.readout,
    lossOverTime: sequence.lossOverTime,
    bptt: c.bptt,
  };
  return { problem, params, data, ref, seq: { xs, targets } };
}

/** The oracle's gradient blocks flattened in the engine's layout order. */
export function flatten(g: RefBlocks): Float64Array {
  const parts = [g.Wxh.flat(), g.Whh.flat(), g.bh];
  if (g.Why && g.by) parts.push(g.Why.flat(), g.by);
  return Float64Array.from(parts.flat());
}

/** Nested blocks from a flat vector in the engine's layout order. */
export function unflatten(like: RefBlocks, flat: ArrayLike<number>): RefBlocks {
  let k = 0;
  const mat = (m: Mat): Mat => m.map((row) => row.map(() => flat[k++]));
  const vec = (v: number[]): number[] => v.map(() => flat[k++]);
  const Wxh = mat(like.Wxh);
  const Whh = mat(like.Whh);
  const bh = vec(like.bh);
  const Why = like.Why ? mat(like.Why) : null;
  const by = like.by ? vec(like.by) : null;
  return { Wxh, Whh, bh, Why, by };
}

/** |a − b| / max(|a|, |b|, floor), largest over the entries. */
export function worstRelative(a: ArrayLike<number>, b: ArrayLike<number>, floor = 1e-8): number {
  let worst = 0;
  for (let k = 0; k < a.length; k += 1) {
    const e = Math.abs(a[k] - b[k]) / Math.max(Math.abs(a[k]), Math.abs(b[k]), floor);
    worst = Math.max(worst, e);
  }
  return worst;
}
