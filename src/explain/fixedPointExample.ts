// The worked-example tables of fixed-point updates: per sample the forward relaxation
// (max|Δx| and x per iteration), the fixed point, the loss, the adjoint relaxation, v* and δ;
// then each parameter's gradient and the update. Pure: builds the WorkedExample the MLP and
// recurrent tables use, so markdown, LaTeX and CSV come from the same formatter.
import type { ParamBlock } from '../engine/layout';
import { sampleRadius } from '../engine/fixedpoint/spectral';
import type { FixedPointSampleTrace, FixedPointStepTrace } from '../engine/fixedpoint/types';
import { formatNumber } from '../viz/format';
import type { Cell, TableSection, WorkedExample } from './workedExample';

/** Every parameter's label in flat order: `W (x3 ← x1)`, `V (x1 ← ξ2)`, `b (x2)`. */
export function fixedPointParamLabels(blocks: readonly ParamBlock[]): string[] {
  const labels: string[] = [];
  for (const block of blocks) {
    const [rows, cols] = block.shape;
    const from = block.name === 'V' ? 'ξ' : 'x';
    for (let j = 0; j < rows; j += 1) {
      if (cols === undefined) labels.push(`${block.name} (x${j + 1})`);
      else
        for (let i = 0; i < cols; i += 1)
          labels.push(`${block.name} (x${j + 1} ← ${from}${i + 1})`);
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
  note?: string,
): TableSection => ({
  kind,
  ...(sample === undefined ? {} : { sample }),
  heading,
  columns,
  rows,
  refs: rows.map(() => null),
  ...(note === undefined ? {} : { note }),
});

/** Rows "k | max|Δ| | value of each unit" for the kept iterates. */
function iterationRows(iterates: readonly Float64Array[], change: Float64Array): Cell[][] {
  return iterates.map((value, k): Cell[] => [String(k + 1), change[k], ...Array.from(value)]);
}

function settleNote(phase: string, settled: boolean, iterations: number, kept: number): string {
  const shown = kept < iterations ? ` (the first ${kept} iterations are listed)` : '';
  return settled
    ? `The ${phase} settled after ${iterations} iterations${shown}.`
    : `The ${phase} did not settle within ${iterations} iterations${shown}.`;
}

/** What ρ(D·W) at the fixed point says about both relaxations. */
function radiusNote(rho: number): string {
  const verdict =
    rho < 1
      ? 'below 1, so near x* each iteration of either relaxation shrinks the change by about this factor'
      : 'not below 1, so the relaxations need not settle near x*';
  return `ρ(D·W) = ${formatNumber(rho)}: ${verdict}.`;
}

function sampleSections(
  trace: FixedPointStepTrace,
  sample: FixedPointSampleTrace,
  s: number,
): TableSection[] {
  const N = trace.spec.units;
  const units = Array.from({ length: N }, (_, j) => `x${j + 1}`);
  const vs = Array.from({ length: N }, (_, j) => `v${j + 1}`);
  const tag = `Update ${trace.update}`;
  const who =
    trace.samples.length > 1
      ? `, sample ${s + 1} of ${trace.samples.length} (#${sample.index})`
      : '';
  const outputs = trace.spec.outputUnits;
  const lossRows: Cell[][] = outputs.map((unit, k): Cell[] => [
    `x${unit + 1}`,
    sample.x[unit],
    sample.target[k],
  ]);
  lossRows.push(['loss L', sample.loss, '']);
  return [
    section(
      'forward',
      `${tag}${who}: forward relaxation x ← f(W·x + V·ξ + b)`,
      ['iteration', '‖Δx‖∞', ...units],
      iterationRows(sample.forward, sample.forwardChange),
      s,
      settleNote('forward relaxation', sample.settled, sample.iterations, sample.forward.length),
    ),
    section(
      'forward',
      `${tag}${who}: the fixed point`,
      ['unit', 'u* = W·x* + V·ξ + b', 'x*', 'D = f′(u*)'],
      units.map((name, j): Cell[] => [name, sample.u[j], sample.x[j], sample.d[j]]),
      s,
      radiusNote(sampleRadius(trace, sample)),
    ),
    section(
      'loss',
      `${tag}${who}: loss (${trace.loss})`,
      ['output unit', 'x*', 'target'],
      lossRows,
      s,
    ),
    section(
      'backward',
      `${tag}${who}: adjoint relaxation v ← Wᵀ·(D·v) + e`,
      ['iteration', '‖Δv‖∞', ...vs],
      iterationRows(sample.adjoint, sample.adjointChange),
      s,
      settleNote(
        'adjoint relaxation',
        sample.adjointSettled,
        sample.adjointIterations,
        sample.adjoint.length,
      ),
    ),
    section(
      'backward',
      `${tag}${who}: backward (loss ${formatNumber(sample.loss)})`,
      ['unit', 'e = ∂L/∂x*', 'v*', 'δ = D·v*'],
      units.map((name, j): Cell[] => [name, sample.e[j], sample.v[j], sample.delta[j]]),
      s,
    ),
  ];
}

function updateSections(trace: FixedPointStepTrace): TableSection[] {
  const labels = fixedPointParamLabels(trace.layout.blocks);
  const tag = `Update ${trace.update} (epoch ${trace.epoch})`;
  return [
    ...trace.samples.flatMap((sample, s) => sampleSections(trace, sample, s)),
    section(
      'gradients',
      `${tag}: batch gradient (∂L/∂W = δ·x*ᵀ, ∂L/∂V = δ·ξᵀ, ∂L/∂b = δ; mean over samples)`,
      ['parameter', '∂L/∂θ'],
      labels.map((label, k): Cell[] => [label, trace.gradients[k]]),
    ),
    section(
      'update',
      `${tag}: parameters before and after`,
      ['parameter', 'before', 'after'],
      labels.map((label, k): Cell[] => [label, trace.before[k], trace.after[k]]),
    ),
  ];
}

export function fixedPointWorkedExample(
  title: string,
  traces: readonly FixedPointStepTrace[],
): WorkedExample {
  return { title, sections: traces.flatMap(updateSections) };
}
