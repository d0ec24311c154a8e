// The unrolled graph's words: an item's accessible name and the caption line with its values
// (shown on hover and focus). Pure text from the trace's numbers, via the one formatter.
import type { ParamLayout } from '../engine/layout';
import type {
  RnnSampleTrace,
  RnnSpec,
  RnnStepTrace,
  SequenceConfig,
} from '../engine/recurrent/types';
import { entryLabel } from '../explain/recurrentNames';
import { entryValue, sampleGradient } from '../explain/recurrentTerms';
import { formatNumber } from './format';
import type { UnrolledItem } from './unrolledKeys';

export interface TextInput {
  readonly spec: RnnSpec;
  readonly sequence: SequenceConfig;
  readonly layout: ParamLayout;
  readonly params: Float64Array;
  readonly trace: RnnStepTrace | null;
  readonly sample: RnnSampleTrace;
}

const f = (x: number): string => formatNumber(x, 'short');
const GROUP_WORD = { x: 'input', h: 'hidden', y: 'output' } as const;

/** "h2 at t = 3 (hidden)", "Whh (h1 ← h2) at t = 3" */
export function itemName(item: UnrolledItem): string {
  if (item.kind === 'node')
    return `${item.group}${item.j + 1} at t = ${item.t + 1} (${GROUP_WORD[item.group]})`;
  return `${entryLabel(item.block, [item.j, item.i])} at t = ${item.t + 1}`;
}

/** The caption line: the item's values at its step (and a shared weight's gradient). */
export function itemCaption(input: TextInput, item: UnrolledItem): string {
  const st = input.sample.steps[item.t];
  if (!st) return itemName(item);
  const name = itemName(item);
  if (item.kind === 'node') {
    const j = item.j;
    if (item.group === 'x') return `${name}: x = ${f(st.x[j])}`;
    if (item.group === 'y') {
      const target = st.target ? `, target = ${f(st.target[j])}` : ', not scored';
      const grad = st.dLdy ? `, ∂L/∂y = ${f(st.dLdy[j])}` : '';
      return `${name}: y = ${f(st.y[j])}${target}${grad}`;
    }
    return `${name}: a = ${f(st.a[j])}, h = ${f(st.h[j])}, ∂L/∂h = ${f(st.dLdh[j])}, δ = ${f(st.delta[j])}`;
  }
  const position = [item.j, item.i];
  const w = entryValue(input.layout, input.params, item.block, position);
  const ctx = { spec: input.spec, sequence: input.sequence, loss: input.trace?.loss ?? null };
  const g = sampleGradient(ctx, input.sample, item.block, position);
  return `${name}: w = ${f(w)}, the same weight at every step; ∂L/∂w of this sequence = ${f(g)} (the sum of every step's term)`;
}
