// Accessible names and tooltip lines for the graph's nodes, edges and biases, e.g.
// "Weight w from h1 to y1: 0.400000". Pure: full doubles in, formatted text out.
import { FIXED_LABEL, FIXED_VALUE } from '../explain/fixed';
import { formatExact, formatFull } from './format';
import type { GraphModel } from './graphModel';
import { WITHHELD_LABEL, WITHHELD_TEXT } from '../lessons/withheld';
import { neuronText } from './names';

export interface TextLine {
  readonly label: string;
  /** Rounded for reading (6 decimals). */
  readonly value: string;
  /** Every digit of the double (absent for a line of words). */
  readonly exact?: string;
}

const line = (label: string, v: number): TextLine => ({
  label,
  value: formatFull(v),
  exact: formatExact(v),
});

/** "fixed in this example: not trained" (a bias the example does not train). */
const fixedLine: TextLine = { label: FIXED_LABEL, value: FIXED_VALUE };

export function weightName(
  sizes: readonly number[],
  model: GraphModel,
  e: { readonly layer: number; readonly j: number; readonly i: number; readonly index: number },
): string {
  const from = neuronText(sizes, e.layer, e.i);
  const to = neuronText(sizes, e.layer + 1, e.j);
  const base = `Weight w from ${from} to ${to}: ${formatFull(model.weight(e.index))}`;
  const g = model.gradient(e.index);
  if (model.edgeQuantity === 'gradient' && model.gradientWithheld(e.index))
    return `${base}, gradient ${WITHHELD_LABEL}`;
  return model.edgeQuantity === 'gradient' && g !== null
    ? `${base}, gradient ${formatFull(g)}`
    : base;
}

export function biasName(
  sizes: readonly number[],
  model: GraphModel,
  b: { readonly layer: number; readonly j: number; readonly index: number },
): string {
  const base = `Bias b of ${neuronText(sizes, b.layer + 1, b.j)}: ${formatFull(model.weight(b.index))}`;
  const g = model.gradient(b.index);
  const named =
    model.edgeQuantity === 'gradient' && g !== null ? `${base}, gradient ${formatFull(g)}` : base;
  return model.fixed(b.index) ? `${named}, ${FIXED_LABEL}: ${FIXED_VALUE}` : named;
}

/** "Neuron h1, activation 0.5"; with what the neuron stands for (a feature, a class):
 * "Neuron y2 (versicolor), activation 0.3". */
export function neuronName(
  sizes: readonly number[],
  model: GraphModel,
  layer: number,
  j: number,
  standsFor: string | null = null,
): string {
  const text = neuronText(sizes, layer, j);
  const name = standsFor === null ? text : `${text} (${standsFor})`;
  const v = model.nodeValue(layer, j);
  const withheld = model.nodeQuantity === 'activation' && model.activationWithheld(layer, j);
  if (layer === 0)
    return withheld
      ? `Input ${name}: ${WITHHELD_LABEL}`
      : v === null
        ? `Input ${name}`
        : `Input ${name}: ${formatFull(v)}`;
  if (withheld) return `Neuron ${name}, activation ${WITHHELD_LABEL}`;
  if (v === null) return `Neuron ${name}: not computed yet`;
  return model.nodeQuantity === 'delta'
    ? `Neuron ${name}, δ ${formatFull(v)}`
    : `Neuron ${name}, activation ${formatFull(v)}`;
}

/** Tooltip lines of a neuron: its activation and δ where known, and its bias. */
export function neuronLines(model: GraphModel, layer: number, j: number): TextLine[] {
  const out: TextLine[] = [];
  const a = model.activation(layer, j);
  const symbol = layer === 0 ? 'x' : 'a';
  if (a !== null) out.push(line(symbol, a));
  else if (model.activationWithheld(layer, j))
    out.push({ label: `${symbol} (${WITHHELD_LABEL})`, value: WITHHELD_TEXT });
  const d = model.delta(layer, j);
  if (d !== null) out.push(line('δ = ∂L/∂z', d));
  if (layer > 0) {
    const index = model.paramIndex({ kind: 'bias', layer: layer - 1, j });
    if (index !== null) {
      out.push(line('b', model.weight(index)));
      if (model.fixed(index)) out.push(fixedLine);
    }
  }
  return out;
}

/** Tooltip lines of a weight or bias: its value and, when known, its gradient. */
export function paramLines(model: GraphModel, index: number, symbol: 'w' | 'b'): TextLine[] {
  const out = [line(symbol, model.weight(index))];
  const g = model.gradient(index);
  if (g !== null) out.push(line(`∂L/∂${symbol}`, g));
  else if (model.gradientWithheld(index))
    out.push({ label: `∂L/∂${symbol} (${WITHHELD_LABEL})`, value: WITHHELD_TEXT });
  if (model.fixed(index)) out.push(fixedLine);
  return out;
}
