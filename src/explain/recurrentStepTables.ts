// The recurrent worked example as the app shows it: one table per time step (x, a, h, y,
// target, loss, ∂L/∂y, ∂L/∂h, δ, one column per unit), the truncation sweeps, then one update
// table per block. Pure: builds the WorkedExample the table formats (Markdown, LaTeX) print.
import type { RnnSampleTrace, RnnSpec, RnnStepTrace } from '../engine/recurrent/types';
import { formatNumber } from '../viz/format';
import { FIXED_TABLE_NOTE } from './fixed';
import { recurrentParamLabels } from './recurrentExample';
import type { Cell, TableSection, WorkedExample } from './workedExample';

const section = (
  kind: TableSection['kind'],
  heading: string,
  columns: string[],
  rows: Cell[][],
  note?: string,
): TableSection => ({
  kind,
  heading,
  columns,
  rows,
  refs: rows.map(() => null),
  ...(note ? { note } : {}),
});

const row = (name: string, values: ArrayLike<number> | null, width: number, empty = ''): Cell[] => [
  name,
  ...Array.from({ length: width }, (_, k): Cell =>
    values && k < values.length ? values[k] : empty,
  ),
];

/** The heading of step t's table (0-based t): "Step t = 3 of 8". */
export function stepHeading(t: number, T: number): string {
  return `Step t = ${t + 1} of ${T}`;
}

/** One table per step of the sample, in forward order. */
export function stepSections(spec: RnnSpec, sample: RnnSampleTrace): TableSection[] {
  const T = sample.steps.length;
  const width = Math.max(spec.inputs, spec.hidden, spec.readout ? spec.outputs : 0);
  const columns = ['quantity', ...Array.from({ length: width }, (_, k) => `unit ${k + 1}`)];
  const sections = sample.steps.map((st, t) => {
    const scored = st.loss !== null;
    const rows: Cell[][] = [
      row('x (input)', st.x, width),
      row('a = Wxh·x + Whh·h(t−1) + bh', st.a, width),
      row('h = f(a)', st.h, width),
    ];
    if (spec.readout) rows.push(row('y (output)', st.y, width));
    rows.push(
      scored ? row('target', st.target, width) : row('target', null, width, '—'),
      row('loss of this step', st.loss === null ? null : [st.loss], width, scored ? '' : '—'),
      scored ? row('∂L/∂y', st.dLdy, width) : row('∂L/∂y', null, width, '—'),
      row('∂L/∂h (own output + from t+1)', st.dLdh, width),
      row('δ = ∂L/∂a', st.delta, width),
    );
    return section(
      'forward',
      stepHeading(t, T),
      columns,
      rows,
      scored ? undefined : 'This step is not scored: it has no target and no loss of its own.',
    );
  });
  if (sample.sweeps) {
    const rows = sample.sweeps.map((w): Cell[] => [
      String(w.at),
      w.injected.join(' ') || '(none)',
      w.swept.join(' '),
    ]);
    sections.push(
      section(
        'backward',
        'Truncated BPTT sweeps',
        ['sweep at t', 'injected steps', 'swept steps'],
        rows,
      ),
    );
  }
  return sections;
}

/** One table per parameter block: each entry's batch gradient, value before and after. */
export function blockUpdateSections(trace: RnnStepTrace): TableSection[] {
  const labels = recurrentParamLabels(trace.layout.blocks);
  const clip = trace.clip;
  return trace.layout.blocks.map((block) => {
    const rows: Cell[][] = [];
    for (let k = block.offset; k < block.offset + block.size; k += 1)
      rows.push([labels[k], trace.gradients[k], trace.before[k], trace.after[k]]);
    const notes: string[] = [];
    if (block.role === 'bias' && !trace.trainBiases) notes.push(FIXED_TABLE_NOTE);
    if (clip && clip.factor < 1)
      notes.push(
        `Clipped: the batch gradient's norm ${formatNumber(clip.norm, 'short')} was scaled by ${formatNumber(clip.factor, 'short')} before the update.`,
      );
    return section(
      'update',
      `Update ${trace.update}: ${block.name}`,
      ['parameter', '∂L/∂θ (batch)', 'before', 'after'],
      rows,
      notes.join(' ') || undefined,
    );
  });
}

/** The whole example: the shown sequence's steps, then (with a trace) the update per block. */
export function recurrentStepExample(
  title: string,
  spec: RnnSpec,
  sample: RnnSampleTrace,
  trace: RnnStepTrace | null,
): WorkedExample {
  return {
    title,
    sections: [...stepSections(spec, sample), ...(trace ? blockUpdateSections(trace) : [])],
  };
}
