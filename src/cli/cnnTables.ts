// The worked-example tables of convolutional updates, per layer, for one sample and one
// output cell per layer: a conv cell's kernel, patch and sum (forward) and δ's share of each
// kernel gradient and input gradient (backward); a pooling window and where its gradient
// goes; batch norm's μ, σ², x̂ and the three-path gradient; dense units; the loss; each
// block's gradient and the update. Pure: builds the WorkedExample the other tables use.
import type { CnnLayer, CnnSampleTrace, CnnStepTrace } from '../engine/conv/types';
import { blockNames } from '../engine/conv/cnnLayout';
import type { Cell, TableSection, WorkedExample } from '../explain/workedExample';
import { formatNumber } from '../viz/format';
import { convSections, section } from './cnnConvTable';

/** Which sample of each update, and which output cell ([channel, row, col], 0-based). */
export interface CnnTableOptions {
  readonly sample: number;
  /** null: in each layer, the cell with the largest |∂L/∂a| (where the backward pass is busiest). */
  readonly cell: readonly [number, number, number] | null;
}

/** Flat index of the chosen cell in a [C, H, W] output. */
function chooseCell(
  shape: readonly number[],
  dLda: Float64Array,
  cell: CnnTableOptions['cell'],
): number {
  if (cell && shape.length === 3) {
    const [c, i, j] = cell;
    const [C, H, W] = shape;
    if (c < C && i < H && j < W) return (c * H + i) * W + j;
  }
  let best = 0;
  for (let k = 1; k < dLda.length; k += 1) if (Math.abs(dLda[k]) > Math.abs(dLda[best])) best = k;
  return best;
}

function poolSection(
  layer: CnnLayer,
  x: Float64Array,
  sample: CnnSampleTrace,
  l: number,
  pick: number,
  tag: string,
): TableSection[] {
  const spec = layer.spec;
  if (spec.type !== 'maxpool' && spec.type !== 'avgpool') return [];
  const [, H, W] = layer.inShape;
  const [, OH, OW] = layer.outShape;
  const c = Math.floor(pick / (OH * OW));
  const i = Math.floor(pick / OW) % OH;
  const j = pick % OW;
  const lt = sample.layers[l];
  const rows: Cell[][] = [];
  let winner = -1;
  let best = -Infinity;
  for (let m = 0; m < spec.size; m += 1)
    for (let n = 0; n < spec.size; n += 1) {
      const q = (c * H + i * spec.stride + m) * W + j * spec.stride + n;
      if (x[q] > best || winner < 0) {
        best = x[q];
        winner = rows.length;
      }
      rows.push([`(${c + 1}, ${i * spec.stride + m + 1}, ${j * spec.stride + n + 1})`, x[q], 0]);
    }
  const share = spec.type === 'avgpool' ? lt.dLda[pick] / (spec.size * spec.size) : 0;
  rows.forEach((row, r) => {
    row[2] = spec.type === 'avgpool' ? share : r === winner ? lt.dLda[pick] : 0;
    if (spec.type === 'maxpool' && r === winner) row[0] = `${String(row[0])} (max)`;
  });
  rows.push(['output', lt.a[pick], lt.dLda[pick]]);
  return [
    section(
      'forward',
      `${tag}: layer ${layer.index} ${spec.type}, output (${c + 1}, ${i + 1}, ${j + 1}): its window and where ∂L/∂a goes`,
      ['input (c, row, col)', 'x', 'gradient sent back'],
      rows,
      undefined,
      spec.type === 'maxpool'
        ? 'Max pooling sends the gradient only to the first maximum of the window (row-major order).'
        : 'Average pooling splits the gradient equally over the window.',
    ),
  ];
}

function batchNormSection(
  layer: CnnLayer,
  sample: CnnSampleTrace,
  l: number,
  trace: CnnStepTrace,
  tag: string,
  x: Float64Array,
  dx: Float64Array | null,
): TableSection[] {
  const lt = sample.layers[l];
  const C = layer.outShape[0];
  const P = layer.nOut / C;
  const names = blockNames(layer.spec, layer.index)!;
  const g = trace.layout.blocks.find((b) => b.name === names[0])!;
  const bt = trace.layout.blocks.find((b) => b.name === names[1])!;
  const rows: Cell[][] = [];
  for (let c = 0; c < C; c += 1) {
    const q = c * P;
    rows.push([
      c + 1,
      lt.mean![c],
      lt.variance![c],
      x[q],
      lt.xhat![q],
      trace.before[g.offset + c],
      trace.before[bt.offset + c],
      lt.a[q],
      lt.dLda[q],
      dx ? dx[q] : '',
      trace.gradients[g.offset + c],
      trace.gradients[bt.offset + c],
    ]);
  }
  const mode = trace.training ? 'the batch’s statistics' : 'the running statistics';
  return [
    section(
      'forward',
      `${tag}: layer ${layer.index} batchnorm with ${mode} (first position of each ${P > 1 ? 'channel' : 'unit'})`,
      ['channel', 'μ', 'σ²', 'x', 'x̂', 'γ', 'β', 'y = γx̂ + β', '∂L/∂y', '∂L/∂x', '∂L/∂γ', '∂L/∂β'],
      rows,
      undefined,
      '∂L/∂x flows along three paths: through x̂ directly, through μ and through σ² (each sample’s gradient depends on the whole batch).',
    ),
  ];
}

function denseSection(
  layer: CnnLayer,
  sample: CnnSampleTrace,
  l: number,
  tag: string,
): TableSection[] {
  const lt = sample.layers[l];
  const rows: Cell[][] = Array.from(lt.a, (a, u) => [
    u + 1,
    lt.z ? lt.z[u] : '',
    a,
    lt.dLda[u],
    lt.delta ? lt.delta[u] : '',
  ]);
  return [
    section(
      'forward',
      `${tag}: layer ${layer.index} ${layer.spec.type}`,
      ['unit', 'z', 'a', '∂L/∂a', 'δ = ∂L/∂z'],
      rows,
    ),
  ];
}

function sampleSections(
  trace: CnnStepTrace,
  layers: readonly CnnLayer[],
  options: CnnTableOptions,
): TableSection[] {
  const s = Math.min(options.sample, trace.samples.length - 1);
  const sample = trace.samples[s];
  const tag = `Update ${trace.update}, sample ${s + 1} of ${trace.samples.length} (#${sample.index})`;
  const sections: TableSection[] = [];
  layers.forEach((layer, l) => {
    const x = l === 0 ? sample.input : sample.layers[l - 1].a;
    const dx = l === 0 ? sample.inputGradient : sample.layers[l - 1].dLda;
    const lt = sample.layers[l];
    const pick = chooseCell(lt.shape, lt.dLda, options.cell);
    switch (layer.spec.type) {
      case 'conv2d':
        sections.push(...convSections(trace, layer, x, sample, l, pick, tag));
        break;
      case 'maxpool':
      case 'avgpool':
        sections.push(...poolSection(layer, x, sample, l, pick, tag));
        break;
      case 'batchnorm':
        sections.push(...batchNormSection(layer, sample, l, trace, tag, x, dx));
        break;
      case 'dense':
        sections.push(...denseSection(layer, sample, l, tag));
        break;
      case 'flatten':
        break;
    }
  });
  const out = sample.layers[sample.layers.length - 1].a;
  sections.push(
    section(
      'loss',
      `${tag}: loss ${formatNumber(sample.loss)}`,
      ['output', 'y', 'target'],
      Array.from(out, (y, k) => [k + 1, y, sample.target[k]]),
    ),
  );
  return sections;
}

function updateSections(
  trace: CnnStepTrace,
  layers: readonly CnnLayer[],
  options: CnnTableOptions,
): TableSection[] {
  const tag = `Update ${trace.update} (epoch ${trace.epoch})`;
  const rows: Cell[][] = trace.layout.blocks.map((b) => {
    let g2 = 0;
    let d2 = 0;
    for (let k = b.offset; k < b.offset + b.size; k += 1) {
      g2 += trace.gradients[k] ** 2;
      d2 += (trace.after[k] - trace.before[k]) ** 2;
    }
    return [b.name, b.shape.join('×'), Math.sqrt(g2), Math.sqrt(d2)];
  });
  return [
    ...sampleSections(trace, layers, options),
    section(
      'gradients',
      `${tag}: each block’s batch gradient and step`,
      ['block', 'shape', '‖∂L/∂θ‖₂', '‖Δθ‖₂'],
      rows,
    ),
  ];
}

export function cnnWorkedExample(
  title: string,
  traces: readonly CnnStepTrace[],
  layers: readonly CnnLayer[],
  options: CnnTableOptions,
): WorkedExample {
  return { title, sections: traces.flatMap((t) => updateSections(t, layers, options)) };
}
