// The worked-example tables of one conv2d cell: its kernel, its patch and the sum
// patch × kernel + bias (forward), and δ's share of every kernel gradient (δ·x, next to the
// whole Σ δ ⊙ patch) and of every input cell it reaches (δ·K) (backward).
import { blockNames } from '../engine/conv/cnnLayout';
import type { CnnLayer, CnnSampleTrace, CnnStepTrace } from '../engine/conv/types';
import type { Cell, TableSection } from '../explain/workedExample';
import { formatNumber } from '../viz/format';

/** A table of the worked example (refs null: the CNN views are not linked yet). */
export const section = (
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
  ...(note ? { note } : {}),
});

/** The forward and backward tables of output cell `pick` of conv layer `layer`. */
export function convSections(
  trace: CnnStepTrace,
  layer: CnnLayer,
  x: Float64Array,
  sample: CnnSampleTrace,
  l: number,
  pick: number,
  tag: string,
): TableSection[] {
  const spec = layer.spec;
  if (spec.type !== 'conv2d') return [];
  const [C, H, W] = layer.inShape;
  const [, OH, OW] = layer.outShape;
  const f = Math.floor(pick / (OH * OW));
  const i = Math.floor(pick / OW) % OH;
  const j = pick % OW;
  const k = spec.size;
  const names = blockNames(spec, layer.index)!;
  const kBlock = trace.layout.blocks.find((b) => b.name === names[0])!;
  const bBlock = trace.layout.blocks.find((b) => b.name === names[1])!;
  const lt = sample.layers[l];
  const delta = lt.delta![pick];
  const forward: Cell[][] = [];
  const backward: Cell[][] = [];
  let sum = 0;
  for (let c = 0; c < C; c += 1)
    for (let m = 0; m < k; m += 1)
      for (let n = 0; n < k; n += 1) {
        const y = i * spec.stride + m - spec.padding;
        const xx = j * spec.stride + n - spec.padding;
        const inside = y >= 0 && y < H && xx >= 0 && xx < W;
        const xv = inside ? x[(c * H + y) * W + xx] : 0;
        const kIndex = kBlock.offset + ((f * C + c) * k + m) * k + n;
        const kv = trace.before[kIndex];
        sum += kv * xv;
        const where = inside ? `(${c + 1}, ${y + 1}, ${xx + 1})` : 'padding';
        const entry = `K[${f + 1}][${c + 1}][${m + 1}][${n + 1}]`;
        forward.push([entry, kv, where, xv, kv * xv]);
        backward.push([entry, xv, delta * xv, trace.gradients[kIndex], where, delta * kv]);
      }
  const bias = trace.before[bBlock.offset + f];
  forward.push(['bias', bias, '', '', bias]);
  forward.push(['z = Σ patch × kernel + bias', '', '', '', sum + bias]);
  forward.push([`a = ${spec.activation}(z)`, '', '', '', lt.a[pick]]);
  backward.push(['bias', 1, delta, trace.gradients[bBlock.offset + f], '', '']);
  const cell = `output (${f + 1}, ${i + 1}, ${j + 1})`;
  return [
    section(
      'forward',
      `${tag}: layer ${layer.index} conv2d, ${cell}: patch × kernel + bias`,
      ['kernel entry', 'K', 'input (c, row, col)', 'x', 'K·x'],
      forward,
    ),
    section(
      'backward',
      `${tag}: layer ${layer.index} conv2d, ${cell}: δ = ${formatNumber(delta)} reaches each kernel weight (δ·x) and each input cell (δ·K)`,
      [
        'kernel entry',
        'x',
        'δ·x (this cell)',
        '∂L/∂K (Σ δ ⊙ patch, batch mean)',
        'input (c, row, col)',
        'δ·K (to ∂L/∂x)',
      ],
      backward,
      undefined,
      'The kernel gradient sums δ·x over every output cell of every sample (then the batch mean); the input gradient sums δ·K over every cell whose window covers the input cell — the full convolution of δ with the flipped kernel.',
    ),
  ];
}
