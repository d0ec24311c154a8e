// Random LSTM and GRU cases for the gated tests: one seeded case gives the engine's problem,
// flat parameters and one-sequence data set, and the oracle's copy of the same net.
import fc from 'fast-check';
import type { Gated } from '../../../../src/engine/recurrent/gated';
import { gatedLayout, gatedOffsets } from '../../../../src/engine/recurrent/gatedLayout';
import type { GatedProblem } from '../../../../src/engine/recurrent/gatedTypes';
import type { BpttConfig, SequenceDataset } from '../../../../src/engine/recurrent/types';
import { READOUTS } from './randomRnn';
import {
  blockNames,
  type Blocks,
  type Convention,
  type Kind,
  type RefGated,
  type Seq,
} from './referenceGated';

export interface GatedCaseParams {
  readonly seed: number;
  readonly kind: Kind;
  readonly gru: Convention;
  readonly T: number;
  readonly inputs: number;
  readonly hidden: number;
  readonly outputs: number;
  readonly readout: (typeof READOUTS)[number] | null;
  readonly every: boolean;
  readonly mean: boolean;
  readonly bptt: BpttConfig;
  readonly scale?: number;
}

export interface GatedCase {
  readonly problem: GatedProblem;
  readonly params: Float64Array;
  readonly data: SequenceDataset;
  readonly ref: RefGated;
  readonly seq: Seq;
}

/** mulberry32, independent of the engine's generator. */
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

export function makeGatedCase(c: GatedCaseParams): GatedCase {
  const rand = generator(c.seed);
  const u = (spread: number): number => (2 * rand() - 1) * spread;
  const w = c.scale ?? 0.9;
  const H = c.hidden;
  const O = c.readout ? c.outputs : H;
  const blocks: Blocks = {};
  for (const name of blockNames(c.kind, c.readout !== null)) {
    const rows = name === 'Why' || name === 'by' ? O : H;
    const cols = name.startsWith('Wx') ? c.inputs : H;
    blocks[name] = name.startsWith('W')
      ? Array.from({ length: rows }, () => Array.from({ length: cols }, () => u(w)))
      : Array.from({ length: rows }, () => u(0.5));
  }
  const [outputActivation, loss] = c.readout ?? ['linear', 'squared-error'];
  const target = (): number[] => {
    if (outputActivation === 'softmax') {
      const k = Math.floor(rand() * O);
      return Array.from({ length: O }, (_, j) => (j === k ? 1 : 0));
    }
    if (loss === 'cross-entropy') return Array.from({ length: O }, () => rand());
    return Array.from({ length: O }, () => u(1));
  };
  const xs = Array.from({ length: c.T }, () => Array.from({ length: c.inputs }, () => u(1.5)));
  const targets = c.every ? xs.map(() => target()) : [target()];
  const readoutMode = c.every ? ('every-step' as const) : ('last-step' as const);
  const problem: GatedProblem = {
    spec: {
      cell: c.kind,
      gru: c.gru,
      inputs: c.inputs,
      hidden: H,
      outputs: O,
      activation: 'tanh',
      outputActivation,
      readout: c.readout !== null,
    },
    sequence: { readout: readoutMode, lossOverTime: c.mean ? 'mean' : 'sum', bptt: c.bptt },
    loss,
  };
  const params = Float64Array.from(
    blockNames(c.kind, c.readout !== null).flatMap((name) => blocks[name].flat()),
  );
  if (params.length !== gatedLayout(problem.spec).size) throw new Error('layout mismatch');
  const data: SequenceDataset = {
    n: 1,
    nIn: c.inputs,
    nOut: O,
    readout: readoutMode,
    starts: Uint32Array.of(0),
    lengths: Uint32Array.of(c.T),
    inputs: Float64Array.from(xs.flat()),
    targets: Float64Array.from(targets.flat()),
    task: 'regression',
  };
  const ref: RefGated = {
    kind: c.kind,
    gru: c.gru,
    blocks,
    outputActivation,
    readout: c.readout !== null,
    loss,
    every: c.every,
    mean: c.mean,
    bptt: c.bptt,
  };
  return { problem, params, data, ref, seq: { xs, targets } };
}

/** The engine's net over a case's parameters. */
export function engineNet(c: GatedCase): Gated {
  const layout = gatedLayout(c.problem.spec);
  return {
    problem: c.problem,
    layout,
    offsets: gatedOffsets(c.problem.spec, layout),
    params: c.params,
  };
}

export const gatedCaseArb = (bptt: fc.Arbitrary<BpttConfig>): fc.Arbitrary<GatedCaseParams> =>
  fc.record({
    seed: fc.integer({ min: 1, max: 1e9 }),
    kind: fc.constantFrom('lstm' as const, 'gru' as const),
    gru: fc.constantFrom('reset-after' as const, 'reset-before' as const),
    T: fc.integer({ min: 1, max: 7 }),
    inputs: fc.integer({ min: 1, max: 3 }),
    hidden: fc.integer({ min: 1, max: 3 }),
    outputs: fc.integer({ min: 2, max: 3 }),
    readout: fc.option(fc.constantFrom(...READOUTS), { nil: null, freq: 4 }),
    every: fc.boolean(),
    mean: fc.boolean(),
    bptt,
  });
