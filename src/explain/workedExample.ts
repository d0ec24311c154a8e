// The worked-example table of one or more updates, in textbook order: forward values, loss,
// backward values, each gradient with its chain-rule factors, the updated parameters.
import { mlpLayout } from '../engine/network';
import { mlpParamRefs } from '../engine/ref';
import type { Ref, StepTrace } from '../engine/types';
import { chainRule } from './chainRule';
import { neuronName, paramName, type ParamRef } from './names';

export type Cell = string | number;

/** What a row is about, for linking it to the graph (the one reference type); null for a row
 * of its own (the loss). */
export type RowRef = Ref;

export interface TableSection {
  /** What the section lists, so a view can tell which cells are inputs, targets or parameters. */
  readonly kind: 'forward' | 'loss' | 'backward' | 'gradients' | 'update';
  /** For per-sample sections: the sample's position in the update's batch. */
  readonly sample?: number;
  readonly heading: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** One per row. */
  readonly refs: readonly (RowRef | null)[];
}

export interface WorkedExample {
  readonly title: string;
  readonly sections: readonly TableSection[];
}

/** Every weight and bias of a net, layer by layer, in the flat layout's order. */
export function allParams(sizes: readonly number[]): ParamRef[] {
  return mlpParamRefs(mlpLayout(sizes));
}

const neuron = (layer: number, j: number): RowRef => ({ kind: 'neuron', layer, j });

function updateSections(trace: StepTrace): TableSection[] {
  const { sizes } = trace;
  const L = sizes.length - 1;
  const sections: TableSection[] = [];
  const tag = `Update ${trace.update} (epoch ${trace.epoch})`;
  trace.samples.forEach((sample, s) => {
    const who =
      trace.samples.length > 1
        ? `, sample ${s + 1} of ${trace.samples.length} (#${sample.index})`
        : '';
    const forward: Cell[][] = Array.from(sample.input, (x, i) => [neuronName(sizes, 0, i), '', x]);
    const forwardRefs: RowRef[] = Array.from(sample.input, (_, j) => neuron(0, j));
    sample.layers.forEach((lt, l) => {
      lt.z.forEach((z, j) => {
        forward.push([neuronName(sizes, l + 1, j), z, lt.a[j]]);
        forwardRefs.push(neuron(l + 1, j));
      });
    });
    sections.push({
      kind: 'forward',
      sample: s,
      heading: `${tag}: forward pass${who}`,
      columns: ['neuron', 'z', 'a'],
      rows: forward,
      refs: forwardRefs,
    });
    const out = sample.layers[L - 1];
    sections.push({
      kind: 'loss',
      sample: s,
      heading: `${tag}: loss (${trace.loss})${who}`,
      columns: ['output', 'y', 'target t'],
      rows: [
        ...Array.from(out.a, (y, k): Cell[] => [neuronName(sizes, L, k), y, sample.target[k]]),
        ['loss L', sample.loss, ''],
      ],
      refs: [...Array.from(out.a, (_, k) => neuron(L, k)), null],
    });
    const back: Cell[][] = [];
    const backRefs: RowRef[] = [];
    for (let l = L - 1; l >= 0; l -= 1) {
      const lt = sample.layers[l];
      lt.delta.forEach((d, j) => {
        back.push([neuronName(sizes, l + 1, j), lt.dLda[j], d]);
        backRefs.push(neuron(l + 1, j));
      });
    }
    sections.push({
      kind: 'backward',
      sample: s,
      heading: `${tag}: backward pass${who}`,
      columns: ['neuron', '∂L/∂a', 'δ = ∂L/∂z'],
      rows: back,
      refs: backRefs,
    });
  });

  const refs = allParams(sizes);
  const single = trace.samples.length === 1;
  const grads: Cell[][] = refs.map((ref) => {
    const rule = chainRule(trace, ref, 0);
    const factors = rule.factors.map((f) => f.value);
    const [f1, f2, f3] = factors.length === 3 ? factors : [factors[0], '', factors[1]];
    const row: Cell[] = [paramName(sizes, ref), f1, f2, f3];
    if (!single) row.push(rule.mean);
    if (trace.regularization.kind !== 'none') row.push(rule.regularization?.value ?? 0);
    row.push(rule.gradient);
    return row;
  });
  const gradColumns = ['parameter', '∂L/∂a', '∂a/∂z', '∂z/∂θ'];
  if (!single) gradColumns.push('batch mean');
  if (trace.regularization.kind !== 'none') gradColumns.push('regularization');
  gradColumns.push('gradient g');
  sections.push({
    kind: 'gradients',
    heading: `${tag}: gradients${single ? '' : ` (factors of sample 1; g is the mean over ${trace.samples.length} samples)`}`,
    columns: gradColumns,
    rows: grads,
    refs,
  });

  const c = trace.optimizer.config;
  sections.push({
    kind: 'update',
    heading: `${tag}: update (${c.kind}, learning rate ${c.learningRate})`,
    columns: ['parameter', 'before', 'gradient g', 'change', 'after'],
    // allParams lists parameters in the flat layout's order, so entry k is parameter k.
    rows: refs.map((ref, k) => [
      paramName(sizes, ref),
      trace.before[k],
      trace.gradients[k],
      trace.optimizer.change[k],
      trace.after[k],
    ]),
    refs,
  });
  return sections;
}

export function workedExample(title: string, traces: readonly StepTrace[]): WorkedExample {
  return { title, sections: traces.flatMap(updateSections) };
}
