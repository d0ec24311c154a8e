// The chain rule of a fixed-point net, with its numbers: where the stepping cursor is in the
// two relaxations (which iterate the graph shows), and the gradient of one chosen parameter as
// the outer product of δ = D·v* with x* (W), ξ (V) or 1 (b), per sample, then the batch mean,
// regularization, clipping and the optimizer's update. Pure; the views only lay it out.
import { blockOf, indexIn, type ParamLayout } from '../engine/layout';
import type { FixedPointSampleTrace, FixedPointStepTrace } from '../engine/fixedpoint/types';
import { fmt } from './chainRule';
import type { Phase } from './phases';
import type { BatchPart } from './recurrentChainRule';
import { explainParamUpdate } from './update';

/** The fixed-point net's parameter blocks. */
export type FixedPointBlockName = 'W' | 'V' | 'b';

/** What the cursor shows of one sample's relaxations. */
export interface RelaxationStage {
  /** 'fixed-point' between updates (x* and v* of the live inspection). */
  readonly stage: 'forward' | 'loss' | 'adjoint' | 'gradients' | 'fixed-point';
  /** 1-based iteration of the stage's relaxation (0 when the stage is not one). */
  readonly iteration: number;
  /** The unit values shown: x⁽ᵏ⁾ while relaxing forward, x* afterwards. */
  readonly x: Float64Array;
  /** v⁽ᵏ⁾ while relaxing back, v* afterwards; null before the adjoint relaxation. */
  readonly v: Float64Array | null;
  /** max|Δ| of the shown iteration (null when the stage is not an iteration). */
  readonly change: number | null;
}

/** The stage a phase of a fixed-point trace shows (`phase` null: the relaxed sample as it is). */
export function relaxationStage(
  sample: FixedPointSampleTrace,
  phase: Phase | null,
): RelaxationStage {
  const settled = { x: sample.x, v: sample.adjointIterations > 0 ? sample.v : null };
  if (!phase) return { stage: 'fixed-point', iteration: 0, change: null, ...settled };
  switch (phase.kind) {
    case 'forward': {
      const k = Math.min(phase.t ?? 0, Math.max(0, sample.forward.length - 1));
      return {
        stage: 'forward',
        iteration: k + 1,
        x: sample.forward[k] ?? sample.x,
        v: null,
        change: sample.forwardChange[k] ?? null,
      };
    }
    case 'loss':
      return { stage: 'loss', iteration: 0, x: sample.x, v: null, change: null };
    case 'backward': {
      const k = Math.min(phase.t ?? 0, Math.max(0, sample.adjoint.length - 1));
      return {
        stage: 'adjoint',
        iteration: k + 1,
        x: sample.x,
        v: sample.adjoint[k] ?? sample.v,
        change: sample.adjointChange[k] ?? null,
      };
    }
    case 'accumulate':
    case 'update':
      return { stage: 'gradients', iteration: 0, change: null, ...settled };
  }
}

/** One sample's factors of the chosen parameter's gradient: δⱼ = f′(u*ⱼ)·v*ⱼ times the input. */
export interface FixedPointTerm {
  /** Data-set index of the sample. */
  readonly sample: number;
  readonly d: number;
  readonly v: number;
  readonly delta: number;
  /** x*ᵢ (W), ξᵢ (V) or 1 (b). */
  readonly input: number;
  readonly value: number;
}

export interface FixedPointParamRule {
  readonly block: FixedPointBlockName;
  /** [j, i] (W, V) or [j] (b), 0-based. */
  readonly position: readonly number[];
  /** Flat index in the parameters. */
  readonly index: number;
  /** "W[3,1] (x3 ← x1)" */
  readonly label: string;
  readonly thetaTex: string;
  /** ∂L/∂θ = δⱼ·x*ᵢ with δⱼ = f′(u*ⱼ)·v*ⱼ, in symbols. */
  readonly formula: string;
  /** δⱼ with the shown sample's numbers. */
  readonly numericDelta: string;
  /** ∂L/∂θ with the shown sample's numbers. */
  readonly numeric: string;
  /** Plain name of the input factor (x*ᵢ, ξᵢ or 1). */
  readonly inputName: string;
  /** One term per sample: the shown one alone, or every sample of the traced batch. */
  readonly terms: readonly FixedPointTerm[];
  /** Index into `terms` of the sample the cursor is on. */
  readonly shown: number;
  /** null without a trace (a live inspection: no batch, no update). */
  readonly batch: BatchPart | null;
}

const sub = (k: number): number => k + 1;

function names(block: FixedPointBlockName, j: number, i: number) {
  switch (block) {
    case 'W':
      return {
        theta: `W_{${sub(j)}${sub(i)}}`,
        input: `x^{*}_{${sub(i)}}`,
        inputName: `x*${sub(i)}`,
        label: `W[${sub(j)},${sub(i)}] (x${sub(j)} ← x${sub(i)})`,
      };
    case 'V':
      return {
        theta: `V_{${sub(j)}${sub(i)}}`,
        input: `\\xi_{${sub(i)}}`,
        inputName: `ξ${sub(i)}`,
        label: `V[${sub(j)},${sub(i)}] (x${sub(j)} ← ξ${sub(i)})`,
      };
    case 'b':
      return {
        theta: `b_{${sub(j)}}`,
        input: '',
        inputName: '1',
        label: `b[${sub(j)}] (x${sub(j)})`,
      };
  }
}

function termOf(
  s: FixedPointSampleTrace,
  block: FixedPointBlockName,
  j: number,
  i: number,
): FixedPointTerm {
  const input = block === 'W' ? s.x[i] : block === 'V' ? s.input[i] : 1;
  return {
    sample: s.index,
    d: s.d[j],
    v: s.v[j],
    delta: s.delta[j],
    input,
    value: s.delta[j] * input,
  };
}

function batchOf(
  trace: FixedPointStepTrace,
  terms: readonly FixedPointTerm[],
  block: FixedPointBlockName,
  index: number,
  thetaTex: string,
): BatchPart {
  const perSample = terms.map((t) => t.value);
  const mean = perSample.reduce((a, b) => a + b, 0) / Math.max(1, perSample.length);
  const reg = trace.regularization;
  const w = trace.before[index];
  const regularization =
    block !== 'b' && reg.kind !== 'none'
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
  const trained = block !== 'b' || trace.trainBiases;
  return {
    perSample,
    mean,
    regularization,
    gradient,
    clip,
    update: explainParamUpdate(trace, index, thetaTex, trained),
  };
}

/**
 * The gradient of parameter `block`[`position`]: over the traced batch when `trace` is given
 * (`shownSample` is then the index into its samples), else of the one live `sample`.
 */
export function fixedPointParamRule(
  layout: ParamLayout,
  block: FixedPointBlockName,
  position: readonly number[],
  trace: FixedPointStepTrace | null,
  sample: FixedPointSampleTrace,
  shownSample = 0,
): FixedPointParamRule {
  const [j, i = 0] = position;
  const index = indexIn(blockOf(layout, block), position);
  const n = names(block, j, i);
  const samples = trace ? trace.samples : [sample];
  const terms = samples.map((s) => termOf(s, block, j, i));
  const shown = Math.min(Math.max(0, shownSample), terms.length - 1);
  const t = terms[shown];
  const delta = `\\delta_{${sub(j)}}`;
  const product = n.input ? `${delta}\\, ${n.input}` : delta;
  const par = (x: number): string => (x < 0 ? `(${fmt(x)})` : fmt(x));
  const numericProduct = n.input
    ? `${fmt(t.delta)} \\cdot ${par(t.input)} = ${fmt(t.value)}`
    : fmt(t.value);
  return {
    block,
    position,
    index,
    label: n.label,
    thetaTex: n.theta,
    formula:
      `\\frac{\\partial L}{\\partial ${n.theta}} = ${product}, \\quad ` +
      `${delta} = f'(u^{*}_{${sub(j)}})\\, v^{*}_{${sub(j)}}`,
    numericDelta: `${delta} = ${fmt(t.d)} \\cdot ${par(t.v)} = ${fmt(t.delta)}`,
    numeric: `\\frac{\\partial L}{\\partial ${n.theta}} = ${numericProduct}`,
    inputName: n.inputName,
    terms,
    shown,
    batch: trace ? batchOf(trace, terms, block, index, n.theta) : null,
  };
}

/** One sample's ∂L/∂W = δ·x*ᵀ as a table: δ down the side, x* along the top, their products. */
export interface OuterProduct {
  readonly delta: readonly number[];
  readonly x: readonly number[];
  /** cells[j][i] = δⱼ·x*ᵢ */
  readonly cells: readonly (readonly number[])[];
}

export function outerProduct(sample: FixedPointSampleTrace): OuterProduct {
  const delta = Array.from(sample.delta);
  const x = Array.from(sample.x);
  return { delta, x, cells: delta.map((d) => x.map((xi) => d * xi)) };
}
