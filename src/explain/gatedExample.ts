// The worked-example tables of LSTM and GRU updates, per time step: the gates, the cell
// state and the output going forward, the losses, the deltas coming back (∂L/∂h, ∂L/∂c and
// each gate's δ), the sweeps of truncation, each block's gradient and the update. Pure.
import type { ParamBlock } from '../engine/layout';
import {
  GATES,
  type GatedKind,
  type GatedSampleTrace,
  type GatedStepTrace,
} from '../engine/recurrent/gatedTypes';
import { formatNumber } from '../viz/format';
import type { Cell, TableSection, WorkedExample } from './workedExample';

/** The unit a block's row feeds: the gate (Wxi → i), h for nothing else, y for the readout. */
function receiving(name: string): string {
  if (name === 'Why' || name === 'by') return 'y';
  if (name === 'bxn' || name === 'bhn') return 'n';
  return name.startsWith('W') ? name.slice(2) : name.slice(1);
}
const sending = (name: string): string => (name.startsWith('Wx') ? 'x' : 'h');

/** Every parameter's label in flat order: `Wxi (i1 ← x2)`, `Whf (f1 ← h1)`, `bo (o1)`, … */
export function gatedParamLabels(blocks: readonly ParamBlock[]): string[] {
  const labels: string[] = [];
  for (const block of blocks) {
    const [rows, cols] = block.shape;
    const to = receiving(block.name);
    for (let j = 0; j < rows; j += 1) {
      if (cols === undefined) labels.push(`${block.name} (${to}${j + 1})`);
      else
        for (let i = 0; i < cols; i += 1)
          labels.push(`${block.name} (${to}${j + 1} ← ${sending(block.name)}${i + 1})`);
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

function sampleSections(
  trace: GatedStepTrace,
  sample: GatedSampleTrace,
  s: number,
): TableSection[] {
  const who =
    trace.samples.length > 1
      ? `, sequence ${s + 1} of ${trace.samples.length} (#${sample.index})`
      : '';
  return sequenceSections(trace.kind, `Update ${trace.update}${who}`, sample, s);
}

/** The tables of one sequence (inputs, forward with the gates, losses, backward, sweeps). */
function sequenceSections(
  kind: GatedKind,
  tag: string,
  sample: GatedSampleTrace,
  s: number,
): TableSection[] {
  const gates: readonly string[] = GATES[kind];
  const lstm = kind === 'lstm';
  const inputs: Cell[][] = [];
  const forward: Cell[][] = [];
  const losses: Cell[][] = [];
  const backward: Cell[][] = [];
  for (const st of sample.steps) {
    inputs.push([String(st.t), ...Array.from(st.x)]);
    st.h.forEach((h, j) =>
      forward.push([
        String(st.t),
        `h${j + 1}`,
        ...gates.map((g) => st.gates[g][j]),
        ...(lstm && st.c ? [st.c[j]] : []),
        h,
      ]),
    );
    if (st.target && st.loss !== null) {
      const target = st.target;
      st.y.forEach((y, k) =>
        losses.push([String(st.t), `y${k + 1}`, y, target[k], k === 0 ? (st.loss ?? '') : '']),
      );
    }
  }
  for (let i = sample.steps.length - 1; i >= 0; i -= 1) {
    const st = sample.steps[i];
    st.h.forEach((_, j) =>
      backward.push([
        String(st.t),
        `h${j + 1}`,
        st.dLdh[j],
        ...(lstm && st.dLdc ? [st.dLdc[j]] : []),
        ...gates.map((g) => st.dGates[g][j]),
      ]),
    );
  }
  const xColumns = Array.from(sample.steps[0]?.x ?? [], (_, k) => `x${k + 1}`);
  const sections: TableSection[] = [
    section('forward', `${tag}: inputs`, ['t', ...xColumns], inputs, s),
    section(
      'forward',
      `${tag}: forward through time (${lstm ? 'cₜ = fₜ⊙cₜ₋₁ + iₜ⊙gₜ, hₜ = oₜ⊙tanh cₜ' : 'hₜ = (1 − zₜ)⊙nₜ + zₜ⊙hₜ₋₁'})`,
      ['t', 'unit', ...gates, ...(lstm ? ['c'] : []), 'h'],
      forward,
      s,
    ),
    section(
      'loss',
      `${tag}: loss at the scored steps (sequence loss ${formatNumber(sample.loss)})`,
      ['t', 'output', 'y', 'target', 'step loss'],
      losses,
      s,
    ),
    section(
      'backward',
      `${tag}: backward through time (δ = ∂L/∂ each gate's pre-activation)`,
      ['t', 'unit', '∂L/∂h', ...(lstm ? ['∂L/∂c'] : []), ...gates.map((g) => `δ${g}`)],
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
        `${tag}: truncated BPTT sweeps`,
        ['sweep at t', 'injected steps', 'swept steps'],
        rows,
        s,
      ),
    );
  }
  return sections;
}

function updateSections(trace: GatedStepTrace): TableSection[] {
  return [
    ...trace.samples.flatMap((sample, s) => sampleSections(trace, sample, s)),
    ...batchSections(trace),
  ];
}

function batchSections(trace: GatedStepTrace): TableSection[] {
  const labels = gatedParamLabels(trace.layout.blocks);
  const gradients = labels.map((label, k): Cell[] => [label, trace.gradients[k]]);
  const update = labels.map((label, k): Cell[] => [label, trace.before[k], trace.after[k]]);
  const tag = `Update ${trace.update} (epoch ${trace.epoch})`;
  return [
    section(
      'gradients',
      `${tag}: batch gradient (a gate weight's: Σ over time of its gate's δ times its input; mean over sequences)`,
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

export function gatedWorkedExample(
  title: string,
  traces: readonly GatedStepTrace[],
): WorkedExample {
  return { title, sections: traces.flatMap(updateSections) };
}

/**
 * The app's tables for the shown sequence: its steps with every gate forward and every δ back
 * (of update `trace`, sequence `sampleIndex`, or a live inspection without one), then with a
 * trace the batch gradient and the update of every parameter.
 */
export function gatedSequenceExample(
  title: string,
  kind: GatedKind,
  sample: GatedSampleTrace,
  trace: GatedStepTrace | null,
  sampleIndex: number,
): WorkedExample {
  const tag = trace
    ? `Update ${trace.update}${trace.samples.length > 1 ? `, sequence ${sampleIndex + 1} of ${trace.samples.length}` : ''}`
    : 'The shown sequence';
  return {
    title,
    sections: [
      ...sequenceSections(kind, tag, sample, sampleIndex),
      ...(trace ? batchSections(trace) : []),
    ],
  };
}
