// The chain rule through time, from a recurrent trace: a shared parameter's gradient as the
// sum of one term per time step (then the batch mean, regularization, clipping and update),
// and a hidden state's δₜ from its own output and from step t+1. Pure: numbers and TeX only.
import { blockOf, indexIn, locate, type ParamLayout } from '../engine/layout';
import type {
  RnnSampleTrace,
  RnnSpec,
  RnnStepTrace,
  SequenceConfig,
} from '../engine/recurrent/types';
import type { Ref, UpdateTraceBase } from '../engine/types';
import { fmt } from './chainRule';
import { entryLabel, entryTex, unitTex } from './recurrentNames';
import {
  isRecurrentBlock,
  sampleGradient,
  stepTerms,
  type ReadoutContext,
  type RecurrentBlockName,
  type StepTermValue,
} from './recurrentTerms';
import { explainParamUpdate, type UpdateExplanation } from './update';

/** What the chain rule reads (the recurrent views' model has these fields). */
export interface RecurrentExplainInput {
  readonly spec: RnnSpec;
  readonly sequence: SequenceConfig;
  readonly layout: ParamLayout;
  /** The weights the shown pass used. */
  readonly params: Float64Array;
  readonly trace: RnnStepTrace | null;
  readonly sample: RnnSampleTrace | null;
  readonly sampleIndex: number;
  readonly fixedBiases: boolean;
}

/** What the chain rule explains: one parameter entry, or hidden unit j at 0-based step t. */
export type RecurrentTarget =
  | {
      readonly kind: 'param';
      readonly block: RecurrentBlockName;
      readonly position: readonly number[];
      /** The step whose copy of the weight was picked (highlighted in the sum), if any. */
      readonly t: number | null;
    }
  | { readonly kind: 'state'; readonly t: number; readonly j: number };

const DEFAULT_TARGET: RecurrentTarget = { kind: 'param', block: 'Whh', position: [0, 0], t: null };

/**
 * The target a selection names: a block entry; hₜ (a hidden neuron with a step); yₜ's bias for
 * an output neuron. Anything else (nothing, an input, a missing entry) is Whh[1,1].
 */
export function recurrentTarget(
  ref: Ref | null,
  layout: ParamLayout,
  T: number,
  cursorT: number | null,
): RecurrentTarget {
  if (!ref) return DEFAULT_TARGET;
  const t = ref.t ?? null;
  if (ref.kind === 'entry' && isRecurrentBlock(ref.block)) {
    const block = layout.blocks.find((b) => b.name === ref.block);
    const inside = block?.shape.every(
      (n, d) => (ref.position[d] ?? -1) >= 0 && ref.position[d] < n,
    );
    if (block && inside && ref.position.length === block.shape.length)
      return { kind: 'param', block: ref.block, position: ref.position, t };
  }
  if (ref.kind === 'neuron' && ref.layer === 1 && T > 0) {
    const at = Math.min(T - 1, Math.max(0, t ?? cursorT ?? T - 1));
    return { kind: 'state', t: at, j: ref.j };
  }
  if (ref.kind === 'neuron' && ref.layer === 2 && layout.blocks.some((b) => b.name === 'by'))
    return { kind: 'param', block: 'by', position: [ref.j], t };
  return DEFAULT_TARGET;
}

export interface StepTerm extends StepTermValue {
  /** The term in TeX with its factors named, e.g. δ^{(3)}_{1} h^{(2)}_{2}. */
  readonly tex: string;
}

export interface BatchPart {
  /** Each sequence of the batch's ∂L/∂θ (the sum of its step terms). */
  readonly perSample: readonly number[];
  readonly mean: number;
  readonly regularization: { readonly tex: string; readonly value: number } | null;
  /** The trace's batch gradient (mean + regularization, before clipping). */
  readonly gradient: number;
  readonly clip: {
    readonly norm: number;
    readonly factor: number;
    readonly applied: number;
  } | null;
  readonly update: UpdateExplanation;
}

export interface RecurrentParamRule {
  readonly kind: 'param';
  readonly block: RecurrentBlockName;
  readonly position: readonly number[];
  readonly index: number;
  readonly label: string;
  readonly thetaTex: string;
  /** ∂L/∂θ = Σₜ (left)(right), in TeX. */
  readonly formula: string;
  /** Plain names of the two factors, for table headings. */
  readonly leftName: string;
  readonly rightName: string;
  readonly terms: readonly StepTerm[];
  /** This sequence's ∂L/∂θ: the sum of the terms. */
  readonly sum: number;
  readonly highlight: number | null;
  /** null without a trace (a live inspection: no batch, no update). */
  readonly batch: BatchPart | null;
  /** One sentence per truncated-BPTT sweep: what it sweeps, what it drops; null for full BPTT. */
  readonly truncation: readonly string[] | null;
}

/** What a view of a parameter's rule through time shows (every recurrent kind's rule has it). */
export type ShownParamRule = Pick<
  RecurrentParamRule,
  | 'label'
  | 'formula'
  | 'leftName'
  | 'rightName'
  | 'terms'
  | 'sum'
  | 'highlight'
  | 'batch'
  | 'truncation'
>;

const sub = (k: number): string => String(k + 1);

function factorNames(block: RecurrentBlockName, position: readonly number[]) {
  const [r, c = 0] = position;
  switch (block) {
    case 'Wxh':
      return {
        left: (t: string) => unitTex('\\delta', t, r),
        right: (t: string) => unitTex('x', t, c),
        ln: `δₜ[${sub(r)}]`,
        rn: `xₜ[${sub(c)}]`,
      };
    case 'Whh':
      return {
        left: (t: string) => unitTex('\\delta', t, r),
        right: (t: string) => `h^{(${t === 't' ? 't-1' : Number(t) - 1})}_{${c + 1}}`,
        ln: `δₜ[${sub(r)}]`,
        rn: `hₜ₋₁[${sub(c)}]`,
      };
    case 'bh':
      return {
        left: (t: string) => unitTex('\\delta', t, r),
        right: null,
        ln: `δₜ[${sub(r)}]`,
        rn: '1',
      };
    case 'Why':
      return {
        left: (t: string) => `\\tfrac{\\partial L}{\\partial z^{(${t})}_{${r + 1}}}`,
        right: (t: string) => unitTex('h', t, c),
        ln: `∂L/∂zₜ[${sub(r)}]`,
        rn: `hₜ[${sub(c)}]`,
      };
    case 'by':
      return {
        left: (t: string) => `\\tfrac{\\partial L}{\\partial z^{(${t})}_{${r + 1}}}`,
        right: null,
        ln: `∂L/∂zₜ[${sub(r)}]`,
        rn: '1',
      };
  }
}

/** Sentences on what each sweep of truncated BPTT keeps and drops (null for full BPTT). */
export function truncationNotes(sample: Pick<RnnSampleTrace, 'sweeps'>): string[] | null {
  if (!sample.sweeps) return null;
  const range = (a: number, b: number): string => (a === b ? `step ${a}` : `steps ${a}–${b}`);
  return sample.sweeps.map((w) => {
    const lo = w.swept[0] ?? w.at;
    const injected = w.injected.length
      ? `injects the losses of ${w.injected.join(', ')}`
      : 'injects no loss';
    const dropped = lo > 1 ? `; what they would send back to ${range(1, lo - 1)} is dropped` : '';
    return `Sweep at t = ${w.at} ${injected} and carries them back over ${range(lo, w.at)}${dropped}.`;
  });
}

function batchPart(
  input: RecurrentExplainInput,
  trace: RnnStepTrace,
  ctx: ReadoutContext,
  block: RecurrentBlockName,
  position: readonly number[],
  index: number,
  thetaTex: string,
): BatchPart {
  const perSample = trace.samples.map((s) => sampleGradient(ctx, s, block, position));
  return batchPartOf(input.fixedBiases, trace, perSample, block, index, thetaTex);
}

/**
 * The batch part of any recurrent kind's parameter rule, from each sequence's ∂L/∂θ: their
 * mean, the regularization term, the trace's gradient, clipping and the update.
 */
export function batchPartOf(
  fixedBiases: boolean,
  trace: UpdateTraceBase & { readonly layout: ParamLayout },
  perSample: readonly number[],
  block: string,
  index: number,
  thetaTex: string,
): BatchPart {
  const mean = perSample.reduce((a, b) => a + b, 0) / Math.max(1, perSample.length);
  const role = blockOf(trace.layout, block).role;
  const reg = trace.regularization;
  const w = trace.before[index];
  const regularization =
    role === 'weight' && reg.kind !== 'none'
      ? reg.kind === 'l2'
        ? {
            tex: `\\lambda\\, ${thetaTex} = ${fmt(reg.rate)} \\cdot ${fmt(w)}`,
            value: reg.rate * w,
          }
        : {
            tex: `\\lambda\\, \\operatorname{sign}(${thetaTex}) = ${fmt(reg.rate)} \\cdot ${Math.sign(w)}`,
            value: reg.rate * Math.sign(w),
          }
      : null;
  const gradient = trace.gradients[index];
  const clip = trace.clip ? { ...trace.clip, applied: gradient * trace.clip.factor } : null;
  const fixed = role === 'bias' && (fixedBiases || !trace.trainBiases);
  return {
    perSample,
    mean,
    regularization,
    gradient,
    clip,
    update: explainParamUpdate(trace, index, thetaTex, !fixed),
  };
}

/** A shared parameter's gradient, step by step, for the shown sequence (and the batch). */
export function recurrentParamRule(
  input: RecurrentExplainInput,
  sample: RnnSampleTrace,
  block: RecurrentBlockName,
  position: readonly number[],
  highlight: number | null = null,
): RecurrentParamRule {
  const ctx: ReadoutContext = {
    spec: input.spec,
    sequence: input.sequence,
    loss: input.trace?.loss ?? null,
  };
  const index = indexIn(blockOf(input.layout, block), position);
  const names = factorNames(block, position);
  const term = (t: string): string =>
    names.right ? `${names.left(t)}\\, ${names.right(t)}` : names.left(t);
  const thetaTex = entryTex(block, position);
  const values = stepTerms(ctx, sample, block, position);
  const terms = values.map((v) => ({ ...v, tex: term(String(v.t + 1)) }));
  const T = sample.steps.length;
  return {
    kind: 'param',
    block,
    position,
    index,
    label: entryLabel(block, position),
    thetaTex,
    formula: `\\frac{\\partial L}{\\partial ${thetaTex}} = \\sum_{t=1}^{${T}} ${term('t')}`,
    leftName: names.ln,
    rightName: names.rn,
    terms,
    sum: values.reduce((s, v) => s + v.value, 0),
    highlight: highlight !== null && highlight >= 0 && highlight < T ? highlight : null,
    batch: input.trace
      ? batchPart(input, input.trace, ctx, block, position, index, thetaTex)
      : null,
    truncation: truncationNotes(sample),
  };
}

/** Flat index of a block entry, or null when the layout has no such entry. */
export function entryIndex(
  layout: ParamLayout,
  block: string,
  position: readonly number[],
): number | null {
  const b = layout.blocks.find((x) => x.name === block);
  if (!b || position.length !== b.shape.length) return null;
  if (b.shape.some((n, d) => position[d] < 0 || position[d] >= n)) return null;
  return indexIn(b, position);
}

/** The block-entry reference of flat parameter k (no step: the weight every step shares). */
export function entryRefAt(layout: ParamLayout, k: number): Ref | null {
  const found = locate(layout, k);
  return found ? { kind: 'entry', block: found.block.name, position: found.position } : null;
}
