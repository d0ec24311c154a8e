// The cell opened up, coming back: for hidden unit j at step t of an LSTM or GRU, ∂L/∂hₜ from
// its own output and from step t+1, the LSTM's ∂L/∂cₜ along the cell-state highway, and each
// gate's δ (∂L/∂ its pre-activation) as a product of factors with the numbers. Pure.
import { blockOf, indexIn } from '../engine/layout';
import { fmt } from './chainRule';
import { gruCandidateParts, hPrevOf, par, type GatedCellInput } from './gatedCell';
import { readoutDeltas } from './recurrentTerms';
import type { LossName } from '../engine/types';

/** One δ (or ∂L/∂h, ∂L/∂c) of the cell at one step, coming back. */
export interface GateBackward {
  /** dLdh, dLdc, or the gate's name (i f g o, r z n). */
  readonly name: string;
  /** What it is in words. */
  readonly title: string;
  /** The traced value (summed over sweeps under truncation). */
  readonly value: number;
  readonly formula: string;
  /** The factors' product with their numbers (equal to `value` for full BPTT). */
  readonly numeric: string;
  /** The product of the factors shown. */
  readonly product: number;
}

/** The part of ∂L/∂hₜ[j] that comes from step t's own output (0 when it is not scored). */
export function ownOutputPart(
  input: GatedCellInput,
  loss: LossName | null,
  t: number,
  j: number,
): number {
  const { spec, sample, layout, params } = input;
  const st = sample.steps[t];
  if (!spec.readout) return st.dLdy?.[j] ?? 0;
  const dz = readoutDeltas({ spec, sequence: input.sequence, loss }, sample)[t];
  if (!dz) return 0;
  const Why = blockOf(layout, 'Why');
  let sum = 0;
  for (let k = 0; k < spec.outputs; k += 1) sum += params[indexIn(Why, [k, j])] * dz[k];
  return sum;
}

const D = (of: string): string => `\\frac{\\partial L}{\\partial ${of}}`;

function dLdhRow(input: GatedCellInput, own: number, t: number, j: number): GateBackward {
  const st = input.sample.steps[t];
  const next = st.dLdh[j] - own;
  const last = t === input.sample.steps.length - 1;
  return {
    name: 'dLdh',
    title: 'gradient reaching hₜ (own output + step t+1)',
    value: st.dLdh[j],
    formula: last
      ? `${D('h_t')} = ${D('h_t')}\\Big|_{\\text{own output}}`
      : `${D('h_t')} = ${D('h_t')}\\Big|_{\\text{own output}} + ${D('h_t')}\\Big|_{\\text{from } t+1}`,
    numeric: last ? `${fmt(own)}` : `${fmt(own)} + ${par(next)} = ${fmt(st.dLdh[j])}`,
    product: last ? own : own + next,
  };
}

function lstmBack(input: GatedCellInput, own: number, t: number, j: number): GateBackward[] {
  const { sample } = input;
  const steps = sample.steps;
  const st = steps[t];
  const [i, f, g, o] = ['i', 'f', 'g', 'o'].map((n) => st.gates[n][j]);
  const c = st.c?.[j] ?? NaN;
  const tc = Math.tanh(c);
  const cPrev = t === 0 ? 0 : (steps[t - 1].c?.[j] ?? 0);
  const dh = st.dLdh[j];
  const dc = st.dLdc?.[j] ?? NaN;
  const nextStep = steps[t + 1];
  const dcNext = nextStep?.dLdc?.[j] ?? 0;
  const fNext = nextStep?.gates.f[j] ?? 0;
  const viaH = dh * o * (1 - tc * tc);
  const rows: GateBackward[] = [
    dLdhRow(input, own, t, j),
    {
      name: 'dLdc',
      title: 'gradient on the cell-state highway',
      value: dc,
      formula: nextStep
        ? `${D('c_t')} = ${D('h_t')}\\, o_t (1 - \\tanh^2 c_t) + ${D('c_{t+1}')}\\, f_{t+1}`
        : `${D('c_t')} = ${D('h_t')}\\, o_t (1 - \\tanh^2 c_t)`,
      numeric: nextStep
        ? `${fmt(dh)}\\cdot ${fmt(o)}\\cdot (1 - ${par(tc)}^2) + ${par(dcNext)}\\cdot ${fmt(fNext)} = ${fmt(viaH + dcNext * fNext)}`
        : `${fmt(dh)}\\cdot ${fmt(o)}\\cdot (1 - ${par(tc)}^2) = ${fmt(viaH)}`,
      product: viaH + dcNext * fNext,
    },
  ];
  const gate = (
    name: string,
    formula: string,
    factors: readonly number[],
    value: number,
  ): GateBackward => ({
    name,
    title: `δ of the ${({ i: 'input gate', f: 'forget gate', g: 'candidate', o: 'output gate' } as Record<string, string>)[name]}`,
    value,
    formula: `\\delta_${name} = ${formula}`,
    numeric: `${factors.map((x, k) => (k === 0 ? fmt(x) : par(x))).join('\\cdot ')} = ${fmt(factors.reduce((a, b) => a * b, 1))}`,
    product: factors.reduce((a, b) => a * b, 1),
  });
  return [
    ...rows,
    gate('o', `${D('h_t')} \\tanh(c_t)\\, o_t (1 - o_t)`, [dh, tc, o, 1 - o], st.dGates.o[j]),
    gate('i', `${D('c_t')}\\, g_t\\, i_t (1 - i_t)`, [dc, g, i, 1 - i], st.dGates.i[j]),
    gate('f', `${D('c_t')}\\, c_{t-1}\\, f_t (1 - f_t)`, [dc, cPrev, f, 1 - f], st.dGates.f[j]),
    gate('g', `${D('c_t')}\\, i_t (1 - g_t^2)`, [dc, i, 1 - g * g], st.dGates.g[j]),
  ];
}

function gruBack(input: GatedCellInput, own: number, t: number, j: number): GateBackward[] {
  const { sample, spec, layout, params } = input;
  const st = sample.steps[t];
  const H = spec.hidden;
  const hPrev = hPrevOf(sample, t, H);
  const [r, z, n] = ['r', 'z', 'n'].map((k) => st.gates[k][j]);
  const dh = st.dLdh[j];
  const row = (
    name: string,
    title: string,
    formula: string,
    factors: readonly number[],
    value: number,
  ): GateBackward => {
    const product = factors.reduce((a, b) => a * b, 1);
    return {
      name,
      title,
      value,
      formula,
      numeric: `${factors.map((x, k) => (k === 0 ? fmt(x) : par(x))).join('\\cdot ')} = ${fmt(product)}`,
      product,
    };
  };
  const p = gruCandidateParts(input, t, j);
  const Whn = blockOf(layout, 'Whn');
  // reset-before: the δ reaching (rₜ⊙hₜ₋₁)[j] is Σₖ Whn[k, j]·δnₖ
  let back = 0;
  for (let k = 0; k < H; k += 1) back += params[indexIn(Whn, [k, j])] * st.dGates.n[k];
  return [
    dLdhRow(input, own, t, j),
    row(
      'n',
      'δ of the candidate',
      `\\delta_n = ${D('h_t')} (1 - z_t)(1 - n_t^2)`,
      [dh, 1 - z, 1 - n * n],
      st.dGates.n[j],
    ),
    row(
      'z',
      'δ of the update gate',
      `\\delta_z = ${D('h_t')} (h_{t-1} - n_t)\\, z_t (1 - z_t)`,
      [dh, hPrev[j] - n, z, 1 - z],
      st.dGates.z[j],
    ),
    p.after
      ? row(
          'r',
          'δ of the reset gate',
          '\\delta_r = \\delta_n (W_{hn} h_{t-1} + b_{hn})\\, r_t (1 - r_t)',
          [st.dGates.n[j], p.recurrent, r, 1 - r],
          st.dGates.r[j],
        )
      : row(
          'r',
          'δ of the reset gate',
          '\\delta_r = (W_{hn}^\\top \\delta_n)\\, h_{t-1}\\, r_t (1 - r_t)',
          [back, hPrev[j], r, 1 - r],
          st.dGates.r[j],
        ),
  ];
}

/** Unit j at 0-based step t coming back: ∂L/∂hₜ, (LSTM) ∂L/∂cₜ, each gate's δ. */
export function gatedBackwardView(
  input: GatedCellInput,
  loss: LossName | null,
  t: number,
  j: number,
): GateBackward[] {
  const own = ownOutputPart(input, loss, t, j);
  return input.spec.cell === 'lstm' ? lstmBack(input, own, t, j) : gruBack(input, own, t, j);
}
