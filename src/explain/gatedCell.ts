// The cell opened up, going forward: for hidden unit j at step t of an LSTM or GRU, each
// gate's pre-activation rebuilt from the weights, the input and hₜ₋₁, its value, and its
// formula in symbols and with the numbers; then the cell state and the output. Pure.
import { blockOf, indexIn, type ParamLayout } from '../engine/layout';
import type { GatedSampleTrace, GatedSpec } from '../engine/recurrent/gatedTypes';
import type { SequenceConfig } from '../engine/recurrent/types';
import { fmt } from './chainRule';

/** A number after an operator: negative ones in parentheses (0.5 + (−0.2), 2·(−1)). */
export const par = (x: number): string => (x < 0 ? `(${fmt(x)})` : fmt(x));

/** What the gate view reads: the net's shape, its weights and the shown sequence. */
export interface GatedCellInput {
  readonly spec: GatedSpec;
  readonly sequence: SequenceConfig;
  readonly layout: ParamLayout;
  /** The weights the shown pass used. */
  readonly params: Float64Array;
  readonly sample: GatedSampleTrace;
}

/** One gate (or state) of the cell at one step, going forward. */
export interface GateForward {
  /** i f g o c h, or r z n h. */
  readonly name: string;
  /** "input gate", "cell state", … */
  readonly title: string;
  readonly value: number;
  /** Symbols: i_t = \sigma(W_{xi} x_t + W_{hi} h_{t-1} + b_i). */
  readonly formula: string;
  /** The same with this unit's numbers. */
  readonly numeric: string;
}

export const GATE_TITLES: Readonly<Record<string, string>> = {
  i: 'input gate',
  f: 'forget gate',
  g: 'candidate',
  o: 'output gate',
  c: 'cell state',
  h: 'hidden state (output)',
  r: 'reset gate',
  z: 'update gate',
  n: 'candidate',
};

const weight = (input: GatedCellInput, block: string, j: number, m: number): number =>
  input.params[indexIn(blockOf(input.layout, block), [j, m])];
const bias = (input: GatedCellInput, block: string, j: number): number =>
  input.params[indexIn(blockOf(input.layout, block), [j])];

/** h_{t−1} of step t (0-based; h₀ = 0). */
export function hPrevOf(sample: GatedSampleTrace, t: number, H: number): Float64Array {
  return t === 0 ? new Float64Array(H) : sample.steps[t - 1].h;
}

/** A weighted sum written out: "0.95·1 + 0.8·2"; with more than `max` terms, only its value. */
function dotText(
  ws: readonly number[],
  vs: ArrayLike<number>,
  max = 4,
): { tex: string; value: number } {
  let value = 0;
  ws.forEach((w, m) => {
    value += w * vs[m];
  });
  if (ws.length > max)
    return { tex: `\\underbrace{${par(value)}}_{${ws.length}\\ \\text{terms}}`, value };
  const tex = ws.map((w, m) => `${par(w)}\\cdot ${par(vs[m])}`).join(' + ');
  return { tex, value };
}

const row = (input: GatedCellInput, block: string, j: number, n: number): number[] =>
  Array.from({ length: n }, (_, m) => weight(input, block, j, m));

/** Wx·x + Wh·h + b of gate `gate` for unit j (LSTM gates, GRU r and z). */
function affineOf(
  input: GatedCellInput,
  gate: string,
  j: number,
  x: ArrayLike<number>,
  h: ArrayLike<number>,
) {
  const { inputs: I, hidden: H } = input.spec;
  const wx = dotText(row(input, `Wx${gate}`, j, I), x);
  const wh = dotText(row(input, `Wh${gate}`, j, H), h);
  const b = bias(input, `b${gate}`, j);
  return { value: wx.value + wh.value + b, tex: `${wx.tex} + ${wh.tex} + ${par(b)}` };
}

const sq = (name: string): string => (name === 'g' || name === 'n' ? '\\tanh' : '\\sigma');

function lstmForward(input: GatedCellInput, t: number, j: number): GateForward[] {
  const { sample, spec } = input;
  const st = sample.steps[t];
  const hPrev = hPrevOf(sample, t, spec.hidden);
  const cPrev = t === 0 ? 0 : (sample.steps[t - 1].c?.[j] ?? 0);
  const gates = (['i', 'f', 'g', 'o'] as const).map((name): GateForward => {
    const a = affineOf(input, name, j, st.x, hPrev);
    const value = st.gates[name][j];
    return {
      name,
      title: GATE_TITLES[name],
      value,
      formula: `${name}_t = ${sq(name)}(W_{x${name}}\\, x_t + W_{h${name}}\\, h_{t-1} + b_${name})`,
      numeric: `${name}_t = ${sq(name)}(${a.tex}) = ${sq(name)}(${fmt(a.value)}) = ${fmt(value)}`,
    };
  });
  const [i, f, g, o] = ['i', 'f', 'g', 'o'].map((n) => st.gates[n][j]);
  const c = st.c?.[j] ?? NaN;
  return [
    ...gates,
    {
      name: 'c',
      title: GATE_TITLES.c,
      value: c,
      formula: 'c_t = f_t\\, c_{t-1} + i_t\\, g_t',
      numeric: `c_t = ${fmt(f)}\\cdot ${par(cPrev)} + ${fmt(i)}\\cdot ${par(g)} = ${fmt(c)}`,
    },
    {
      name: 'h',
      title: GATE_TITLES.h,
      value: st.h[j],
      formula: 'h_t = o_t \\tanh(c_t)',
      numeric: `h_t = ${fmt(o)}\\cdot \\tanh(${fmt(c)}) = ${fmt(st.h[j])}`,
    },
  ];
}

/** The GRU candidate's inside: Wxn·x + bxn and its recurrent part, in either convention. */
export function gruCandidateParts(input: GatedCellInput, t: number, j: number) {
  const { sample, spec } = input;
  const { inputs: I, hidden: H } = spec;
  const st = sample.steps[t];
  const hPrev = hPrevOf(sample, t, H);
  const r = st.gates.r;
  const wx = dotText(row(input, 'Wxn', j, I), st.x);
  const bxn = bias(input, 'bxn', j);
  const bhn = bias(input, 'bhn', j);
  const after = spec.gru === 'reset-after';
  const rh = after ? hPrev : Array.from(hPrev, (h, m) => r[m] * h);
  const wh = dotText(row(input, 'Whn', j, H), rh);
  /** reset-after: Whn·hₜ₋₁ + bhn (then times rₜ); reset-before: Whn·(rₜ⊙hₜ₋₁) + bhn. */
  const recurrent = wh.value + bhn;
  const pre = wx.value + bxn + (after ? r[j] * recurrent : recurrent);
  return { wx, bxn, wh, bhn, recurrent, pre, after, r: r[j] };
}

function gruForward(input: GatedCellInput, t: number, j: number): GateForward[] {
  const { sample, spec } = input;
  const st = sample.steps[t];
  const hPrev = hPrevOf(sample, t, spec.hidden);
  const gates = (['r', 'z'] as const).map((name): GateForward => {
    const a = affineOf(input, name, j, st.x, hPrev);
    const value = st.gates[name][j];
    return {
      name,
      title: GATE_TITLES[name],
      value,
      formula: `${name}_t = \\sigma(W_{x${name}}\\, x_t + W_{h${name}}\\, h_{t-1} + b_${name})`,
      numeric: `${name}_t = \\sigma(${a.tex}) = \\sigma(${fmt(a.value)}) = ${fmt(value)}`,
    };
  });
  const p = gruCandidateParts(input, t, j);
  const n = st.gates.n[j];
  const z = st.gates.z[j];
  const nGate: GateForward = {
    name: 'n',
    title: GATE_TITLES.n,
    value: n,
    formula: p.after
      ? 'n_t = \\tanh(W_{xn}\\, x_t + b_{xn} + r_t\\,(W_{hn}\\, h_{t-1} + b_{hn}))'
      : 'n_t = \\tanh(W_{xn}\\, x_t + b_{xn} + W_{hn}(r_t \\odot h_{t-1}) + b_{hn})',
    numeric: p.after
      ? `n_t = \\tanh(${p.wx.tex} + ${par(p.bxn)} + ${fmt(p.r)}\\,(${p.wh.tex} + ${par(p.bhn)})) = \\tanh(${fmt(p.pre)}) = ${fmt(n)}`
      : `n_t = \\tanh(${p.wx.tex} + ${par(p.bxn)} + ${p.wh.tex} + ${par(p.bhn)}) = \\tanh(${fmt(p.pre)}) = ${fmt(n)}`,
  };
  return [
    ...gates,
    nGate,
    {
      name: 'h',
      title: GATE_TITLES.h,
      value: st.h[j],
      formula: 'h_t = (1 - z_t)\\, n_t + z_t\\, h_{t-1}',
      numeric: `h_t = (1 - ${fmt(z)})\\cdot ${par(n)} + ${fmt(z)}\\cdot ${par(hPrev[j])} = ${fmt(st.h[j])}`,
    },
  ];
}

/** Unit j at 0-based step t going forward: the gates, then c and h (LSTM) or h (GRU). */
export function gatedForwardView(input: GatedCellInput, t: number, j: number): GateForward[] {
  return input.spec.cell === 'lstm' ? lstmForward(input, t, j) : gruForward(input, t, j);
}
