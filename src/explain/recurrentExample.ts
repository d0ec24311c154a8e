// The worked-example tables of recurrent updates, per time step: forward through time, the
// losses of the scored steps, backward through time, the sweeps of truncation, each block's
// gradient and the update. Pure: builds the same WorkedExample the MLP tables use.
import type { ParamBlock } from '../engine/layout';
import type { RnnSampleTrace, RnnStepTrace } from '../engine/recurrent/types';
import { formatNumber } from '../viz/format';
import type { Cell, TableSection, WorkedExample } from './workedExample';

/** Names of a block's units: Wxh, Whh, bh belong to h; Why, by to y; inputs are x. */
const receiving = (block: ParamBlock): string =>
  block.name === 'Why' || block.name === 'by' ? 'y' : 'h';
const sending = (block: ParamBlock): string => (block.name === 'Wxh' ? 'x' : 'h');

/** Every parameter's label in flat order: `Whh (h2 ← h1)`, `bh (h1)`, … */
export function recurrentParamLabels(blocks: readonly ParamBlock[]): string[] {
  const labels: string[] = [];
  for (const block of blocks) {
    const [rows, cols] = block.shape;
    for (let j = 0; j < rows; j += 1) {
      if (cols === undefined) {
        labels.push(`${block.name} (${receiving(block)}${j + 1})`);
        continue;
      }
      for (let i = 0; i < cols; i += 1)
        labels.push(`${block.name} (${receiving(block)}${j + 1} ← ${sending(block)}${i + 1})`);
    }
  }
  return labels;
}

const section = (
  kind: TableSection['kind'],
  heading: string,
  columns: string[],
  rows: Cell[][],
  sample?: number,
): TableSection => ({
  kind,
  ...(sample === undefined ? {} : { sample }),
  heading,
  columns,
  rows,
  refs: rows.map(() => null),
});

function sampleSections(trace: RnnStepTrace, sample: RnnSampleTrace, s: number): TableSection[] {
  const tag = `Update ${trace.update}`;
  const who =
    trace.samples.length > 1
      ? `, sequence ${s + 1} of ${trace.samples.length} (#${sample.index})`
      : '';
  const forward: Cell[][] = [];
  const losses: Cell[][] = [];
  const backward: Cell[][] = [];
  for (const st of sample.steps) {
    const step = String(st.t);
    st.x.forEach((x, i) => forward.push([step, `x${i + 1}`, '', x]));
    st.h.forEach((h, j) => forward.push([step, `h${j + 1}`, st.a[j], h]));
    if (trace.spec.readout) st.y.forEach((y, k) => forward.push([step, `y${k + 1}`, '', y]));
    if (st.target && st.loss !== null) {
      const target = st.target;
      st.y.forEach((y, k) =>
        losses.push([step, `y${k + 1}`, y, target[k], k === 0 ? (st.loss ?? '') : '']),
      );
    }
  }
  for (let i = sample.steps.length - 1; i >= 0; i -= 1) {
    const st = sample.steps[i];
    const step = String(st.t);
    const dLdy = st.dLdy;
    if (trace.spec.readout && dLdy)
      st.y.forEach((_, k) => backward.push([step, `y${k + 1}`, dLdy[k], '', '']));
    st.h.forEach((_, j) =>
      backward.push([
        st.t,
        `h${j + 1}`,
        !trace.spec.readout && dLdy ? dLdy[j] : '',
        st.dLdh[j],
        st.delta[j],
      ]),
    );
  }
  const sections = [
    section(
      'forward',
      `${tag}${who}: forward through time`,
      ['t', 'unit', 'a', 'value'],
      forward,
      s,
    ),
    section(
      'loss',
      `${tag}${who}: loss at the scored steps (sequence loss ${formatNumber(sample.loss)})`,
      ['t', 'output', 'y', 'target', 'step loss'],
      losses,
      s,
    ),
    section(
      'backward',
      `${tag}${who}: backward through time`,
      ['t', 'unit', '∂L/∂y', '∂L/∂h', 'δ = ∂L/∂a'],
      backward,
      s,
    ),
  ];
  if (sample.sweeps) {
    const rows = sample.sweeps.map((w): Cell[] => [
      String(w.at),
      w.injected.join(' ') || '(none)',
      w.swept.join(' '),
    ]);
    sections.push(
      section(
        'backward',
        `${tag}${who}: truncated BPTT sweeps`,
        ['sweep at t', 'injected steps', 'swept steps'],
        rows,
        s,
      ),
    );
  }
  return sections;
}

function updateSections(trace: RnnStepTrace): TableSection[] {
  const labels = recurrentParamLabels(trace.layout.blocks);
  const gradients = labels.map((label, k): Cell[] => [label, trace.gradients[k]]);
  const update = labels.map((label, k): Cell[] => [label, trace.before[k], trace.after[k]]);
  const tag = `Update ${trace.update} (epoch ${trace.epoch})`;
  return [
    ...trace.samples.flatMap((sample, s) => sampleSections(trace, sample, s)),
    section(
      'gradients',
      `${tag}: batch gradient (Σ over time steps, mean over sequences)`,
      ['parameter', '∂L/∂θ'],
      gradients,
    ),
    section(
      'update',
      `${tag}: parameters before and after`,
      ['parameter', 'before', 'after'],
      update,
    ),
  ];
}

export function recurrentWorkedExample(
  title: string,
  traces: readonly RnnStepTrace[],
): WorkedExample {
  return { title, sections: traces.flatMap(updateSections) };
}
