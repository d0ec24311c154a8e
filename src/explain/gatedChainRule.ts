// The chain rule through time for an LSTM's or GRU's parameters: a gate weight's gradient is
// the sum over time of that gate's δ times its input (xₜ, hₜ₋₁ or 1; for the GRU's Whn, what
// the reset gate lets through), then the batch, clipping and update. Pure: numbers and TeX.
import { blockOf, indexIn, type ParamLayout } from '../engine/layout';
import type { GatedSampleTrace, GatedSpec, GatedStepTrace } from '../engine/recurrent/gatedTypes';
import type { SequenceConfig } from '../engine/recurrent/types';
import type { Ref } from '../engine/types';
import { gatedParamLabels } from './gatedExample';
import {
  batchPartOf,
  truncationNotes,
  type ShownParamRule,
  type StepTerm,
} from './recurrentChainRule';
import { readoutDeltas, type StepTermValue } from './recurrentTerms';

/** What the gated chain rule reads (the gated views' model has these fields). */
export interface GatedExplainInput {
  readonly spec: GatedSpec;
  readonly sequence: SequenceConfig;
  readonly layout: ParamLayout;
  readonly trace: GatedStepTrace | null;
  readonly sampleIndex: number;
  readonly fixedBiases: boolean;
}

export interface GatedParamRule extends ShownParamRule {
  readonly block: string;
  readonly position: readonly number[];
  /** Flat index of the parameter. */
  readonly index: number;
}

/** The gate a block belongs to (Wxf → f, bxn → n), or null for the readout (Why, by). */
export function gateOfBlock(block: string): string | null {
  if (block === 'Why' || block === 'by') return null;
  if (block === 'bxn' || block === 'bhn') return 'n';
  return block.startsWith('W') ? block.slice(2) : block.slice(1);
}

interface Factors {
  readonly left: (st: GatedSampleTrace['steps'][number], t: number) => number;
  readonly right: (st: GatedSampleTrace['steps'][number], t: number) => number;
  readonly leftTex: (t: string) => string;
  readonly rightTex: ((t: string) => string) | null;
  readonly ln: string;
  readonly rn: string;
}

const prevT = (t: string): string => (t === 't' ? 't-1' : String(Number(t) - 1));

function factorsOf(
  input: GatedExplainInput,
  sample: GatedSampleTrace,
  block: string,
  position: readonly number[],
): Factors {
  const [r, c = 0] = position;
  const hPrev = (t: number, m: number): number => (t === 0 ? 0 : sample.steps[t - 1].h[m]);
  if (block === 'Why' || block === 'by') {
    const dz = readoutDeltas(
      { spec: input.spec, sequence: input.sequence, loss: input.trace?.loss ?? null },
      sample,
    );
    return {
      left: (_, t) => dz[t]?.[r] ?? 0,
      right: (st) => (block === 'by' ? 1 : st.h[c]),
      leftTex: (t) => `\\tfrac{\\partial L}{\\partial z^{(${t})}_{${r + 1}}}`,
      rightTex: block === 'by' ? null : (t) => `h^{(${t})}_{${c + 1}}`,
      ln: `∂L/∂zₜ[${r + 1}]`,
      rn: block === 'by' ? '1' : `hₜ[${c + 1}]`,
    };
  }
  const g = gateOfBlock(block) ?? '';
  const delta = (st: GatedSampleTrace['steps'][number]): number => st.dGates[g][r];
  const deltaTex = (t: string): string => `\\delta^{(${t})}_{${g},${r + 1}}`;
  const gruAfter = input.spec.cell === 'gru' && input.spec.gru === 'reset-after';
  const gruBefore = input.spec.cell === 'gru' && !gruAfter;
  if (g === 'n' && gruAfter && (block === 'Whn' || block === 'bhn'))
    // reset-after: Whn·hₜ₋₁ + bhn is multiplied by rₜ, so its δ is δnₜ·rₜ
    return {
      left: (st) => delta(st) * st.gates.r[r],
      right: (_, t) => (block === 'bhn' ? 1 : hPrev(t, c)),
      leftTex: (t) => `${deltaTex(t)}\\, r^{(${t})}_{${r + 1}}`,
      rightTex: block === 'bhn' ? null : (t) => `h^{(${prevT(t)})}_{${c + 1}}`,
      ln: `δnₜ[${r + 1}]·rₜ[${r + 1}]`,
      rn: block === 'bhn' ? '1' : `hₜ₋₁[${c + 1}]`,
    };
  if (block === 'Whn' && gruBefore)
    return {
      left: delta,
      right: (st, t) => st.gates.r[c] * hPrev(t, c),
      leftTex: deltaTex,
      rightTex: (t) => `r^{(${t})}_{${c + 1}} h^{(${prevT(t)})}_{${c + 1}}`,
      ln: `δnₜ[${r + 1}]`,
      rn: `rₜ[${c + 1}]·hₜ₋₁[${c + 1}]`,
    };
  const fromX = block.startsWith('Wx');
  const isBias = !block.startsWith('W');
  return {
    left: delta,
    right: (st, t) => (isBias ? 1 : fromX ? st.x[c] : hPrev(t, c)),
    leftTex: deltaTex,
    rightTex: isBias
      ? null
      : fromX
        ? (t) => `x^{(${t})}_{${c + 1}}`
        : (t) => `h^{(${prevT(t)})}_{${c + 1}}`,
    ln: `δ${g}ₜ[${r + 1}]`,
    rn: isBias ? '1' : fromX ? `xₜ[${c + 1}]` : `hₜ₋₁[${c + 1}]`,
  };
}

/** Each step's term of ∂L/∂θ for one block entry of one sequence. */
export function gatedStepTerms(
  input: GatedExplainInput,
  sample: GatedSampleTrace,
  block: string,
  position: readonly number[],
): StepTermValue[] {
  const f = factorsOf(input, sample, block, position);
  const readout = gateOfBlock(block) === null;
  return sample.steps.map((st, t) => {
    const left = f.left(st, t);
    const right = f.right(st, t);
    return { t, left, right, value: left * right, scored: !readout || st.dLdy !== null };
  });
}

/** θ in TeX: W^{xf}_{1,2}, b^{f}_{1}, b^{hn}_{1}. */
export function gatedEntryTex(block: string, position: readonly number[]): string {
  const [r, c = 0] = position;
  return block.startsWith('W')
    ? `W^{${block.slice(1)}}_{${r + 1},${c + 1}}`
    : `b^{${block.slice(1)}}_{${r + 1}}`;
}

/** A gate weight's (or the readout's) gradient, step by step, then the batch and update. */
export function gatedParamRule(
  input: GatedExplainInput,
  sample: GatedSampleTrace,
  block: string,
  position: readonly number[],
  highlight: number | null = null,
): GatedParamRule {
  const b = blockOf(input.layout, block);
  const index = indexIn(b, position);
  const f = factorsOf(input, sample, block, position);
  const term = (t: string): string =>
    f.rightTex ? `${f.leftTex(t)}\\, ${f.rightTex(t)}` : f.leftTex(t);
  const thetaTex = gatedEntryTex(block, position);
  const values = gatedStepTerms(input, sample, block, position);
  const terms: StepTerm[] = values.map((v) => ({ ...v, tex: term(String(v.t + 1)) }));
  const T = sample.steps.length;
  const trace = input.trace;
  return {
    block,
    position,
    index,
    label: gatedParamLabels(input.layout.blocks)[index] ?? block,
    formula: `\\frac{\\partial L}{\\partial ${thetaTex}} = \\sum_{t=1}^{${T}} ${term('t')}`,
    leftName: f.ln,
    rightName: f.rn,
    terms,
    sum: values.reduce((s, v) => s + v.value, 0),
    highlight: highlight !== null && highlight >= 0 && highlight < T ? highlight : null,
    batch: trace
      ? batchPartOf(
          input.fixedBiases,
          trace,
          trace.samples.map((s) =>
            gatedStepTerms(input, s, block, position).reduce((a, v) => a + v.value, 0),
          ),
          block,
          index,
          thetaTex,
        )
      : null,
    truncation: truncationNotes(sample),
  };
}

/** The parameter a selection names (a block entry of this net), else the forget gate's (or reset gate's) recurrent weight. */
export function gatedTarget(
  ref: Ref | null,
  layout: ParamLayout,
  lstm: boolean,
): { block: string; position: readonly number[]; t: number | null } {
  if (ref?.kind === 'entry') {
    const b = layout.blocks.find((x) => x.name === ref.block);
    if (
      b &&
      ref.position.length === b.shape.length &&
      b.shape.every((n, d) => ref.position[d] >= 0 && ref.position[d] < n)
    )
      return { block: ref.block, position: ref.position, t: ref.t ?? null };
  }
  return { block: lstm ? 'Whf' : 'Whz', position: [0, 0], t: null };
}
