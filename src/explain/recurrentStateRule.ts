// A hidden state's δ through time, from a recurrent trace: what its own output sends back
// (through Why, or ∂L/∂y without a readout) plus what comes back from step t+1 (through Whh),
// times f′(aₜ). Pure: numbers and TeX from the trace and the weights the pass used.
import { blockOf, indexIn } from '../engine/layout';
import type { RnnSampleTrace } from '../engine/recurrent/types';
import type { RecurrentExplainInput } from './recurrentChainRule';
import { unitTex } from './recurrentNames';
import { hiddenSlopes, readoutDeltas, type ReadoutContext } from './recurrentTerms';

export interface ContributionTerm {
  /** The unit the contribution comes from (yₜ[k], or hₜ₊₁[m] through Whh). */
  readonly k: number;
  readonly weight: number;
  readonly gradient: number;
  readonly product: number;
}

export interface RecurrentStateRule {
  readonly kind: 'state';
  readonly t: number;
  readonly j: number;
  readonly formula: string;
  readonly a: number;
  readonly h: number;
  /** f′(aₜ[j]). */
  readonly slope: number;
  /** From this step's own output: Σₖ Why[k,j]·∂L/∂zₜ[k] (or ∂L/∂yₜ[j] without a readout). */
  readonly own: { readonly value: number; readonly terms: readonly ContributionTerm[] };
  /**
   * From step t+1: Σₘ Whh[m,j]·δₜ₊₁[m] (0 at the last step). With truncation, what the sweeps
   * that swept both t and t+1 carried back (dLdh − own); terms are then null.
   */
  readonly recurrent: {
    readonly value: number;
    readonly terms: readonly ContributionTerm[] | null;
  };
  readonly dLdh: number;
  readonly delta: number;
  readonly note: string | null;
}

/** δₜ[j] = f′(aₜ[j])·(own output's part + what comes back from t+1), with the numbers. */
export function recurrentStateRule(
  input: RecurrentExplainInput,
  sample: RnnSampleTrace,
  t: number,
  j: number,
): RecurrentStateRule {
  const { spec, layout, params } = input;
  const st = sample.steps[t];
  const T = sample.steps.length;
  const ctx: ReadoutContext = { spec, sequence: input.sequence, loss: input.trace?.loss ?? null };
  const own: ContributionTerm[] = [];
  if (spec.readout) {
    const dz = readoutDeltas(ctx, sample)[t];
    const why = blockOf(layout, 'Why');
    if (dz)
      for (let k = 0; k < spec.outputs; k += 1) {
        const weight = params[indexIn(why, [k, j])];
        own.push({ k, weight, gradient: dz[k], product: weight * dz[k] });
      }
  }
  const ownValue = spec.readout ? own.reduce((s, c) => s + c.product, 0) : (st.dLdy?.[j] ?? 0);
  const truncated = input.sequence.bptt.mode === 'truncated';
  let recurrent: RecurrentStateRule['recurrent'];
  if (truncated) recurrent = { value: st.dLdh[j] - ownValue, terms: null };
  else {
    const whh = blockOf(layout, 'Whh');
    const next = t + 1 < T ? sample.steps[t + 1] : null;
    const terms = next
      ? Array.from(next.delta, (d, m): ContributionTerm => {
          const weight = params[indexIn(whh, [m, j])];
          return { k: m, weight, gradient: d, product: weight * d };
        })
      : [];
    recurrent = { value: terms.reduce((s, c) => s + c.product, 0), terms };
  }
  const step = String(t + 1);
  const ownTex = spec.readout
    ? `\\sum_k W^{hy}_{k,${j + 1}} \\tfrac{\\partial L}{\\partial z^{(${step})}_k}`
    : `\\tfrac{\\partial L}{\\partial y^{(${step})}_{${j + 1}}}`;
  const recTex = `\\sum_m W^{hh}_{m,${j + 1}}\\, \\delta^{(${t + 2})}_m`;
  const note =
    t === T - 1
      ? 'The last step has no step t+1: nothing comes back through Whh.'
      : truncated
        ? 'With truncated BPTT, δ reaches this step only through the sweeps that swept both t and t+1; the part from t+1 is what those sweeps carried back.'
        : null;
  return {
    kind: 'state',
    t,
    j,
    formula: `${unitTex('\\delta', step, j)} = f'(${unitTex('a', step, j)}) \\Bigl(${ownTex} + ${recTex}\\Bigr)`,
    a: st.a[j],
    h: st.h[j],
    slope: hiddenSlopes(spec, sample, j)[t],
    own: { value: ownValue, terms: own },
    recurrent,
    dLdh: st.dLdh[j],
    delta: st.delta[j],
    note,
  };
}
