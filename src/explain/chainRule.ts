// The chain rule of one parameter's gradient, derived from a StepTrace: its factors with the
// sample's numbers, the sum over downstream neurons, the batch mean, the regularization
// term and the optimizer's update. Pure: every number comes from the trace.
import { getActivation } from '../engine/activations';
import { mlpLayout } from '../engine/network';
import { refKey, refParamIndex } from '../engine/ref';
import type { Ref, StepTrace } from '../engine/types';
import { neuronTex, paramTex, quantityTex, type ParamRef } from './names';

/** Where a factor comes from, so a view can highlight it: a thing on the screen (the one
 * reference type, layers counting the input as 0) or the loss, which has no node of its own. */
export type FactorSource = Ref | { readonly kind: 'loss' };

export interface Factor {
  readonly tex: string;
  readonly value: number;
  readonly source: FactorSource;
}

export interface DownstreamTerm {
  /** Neuron k of the next layer. */
  readonly k: number;
  readonly weight: number;
  readonly delta: number;
  readonly product: number;
}

export interface ChainRule {
  readonly ref: ParamRef;
  /** Index of the parameter in the flat layout. */
  readonly index: number;
  /** Position of the sample in the batch. */
  readonly sample: number;
  /** ∂L/∂θ = ∂L/∂a · ∂a/∂z · ∂z/∂θ (or δ · ∂z/∂θ after softmax). */
  readonly tex: string;
  readonly factors: readonly Factor[];
  /** This sample's gradient: the product of the factors. */
  readonly product: number;
  /** For hidden neurons: ∂L/∂a_j = Σ_k w_kj δ_k, term by term. */
  readonly downstream: readonly DownstreamTerm[] | null;
  /** Why δ is what it is when it is not ∂L/∂a · f′(z) (softmax and cross-entropy). */
  readonly note: string | null;
  /** Each batch sample's gradient, their mean, the regularization term and the total. */
  readonly perSample: readonly number[];
  readonly mean: number;
  readonly regularization: { readonly tex: string; readonly value: number } | null;
  readonly gradient: number;
}

/** Index of an MLP parameter in the trace's flat vectors, asked of the layout. */
export function paramIndex(trace: StepTrace, ref: ParamRef): number {
  const index = refParamIndex(mlpLayout(trace.sizes), ref);
  if (index === null) throw new RangeError(`no parameter ${refKey(ref)} in this net`);
  return index;
}

/** ∂z_j/∂θ for one sample: the incoming activation for a weight, 1 for a bias. */
function dzdTheta(trace: StepTrace, ref: ParamRef, s: number): number {
  if (ref.kind === 'bias') return 1;
  const sample = trace.samples[s];
  return ref.layer === 0 ? sample.input[ref.i] : sample.layers[ref.layer - 1].a[ref.i];
}

/** ∂a_j/∂z_j of an elementwise activation (times the dropout multiplier when there is one). */
function dadz(trace: StepTrace, layer: number, j: number, s: number): number {
  const act = getActivation(trace.activations[layer]);
  const lt = trace.samples[s].layers[layer];
  if (act.kind !== 'elementwise') return NaN;
  const z = lt.z[j];
  const m = lt.mask ? lt.mask[j] : 1;
  return act.df(z, act.f(z)) * m;
}

export function chainRule(trace: StepTrace, ref: ParamRef, s: number): ChainRule {
  const { sizes } = trace;
  const L = sizes.length - 1;
  const layer = ref.layer; // 0-based non-input layer; neuron layer = layer + 1
  const sample = trace.samples[s];
  const lt = sample.layers[layer];
  const isOutput = layer === L - 1;
  const actName = trace.activations[layer];
  const theta = paramTex(sizes, ref);
  const aTex = quantityTex('a', sizes, layer + 1, ref.j);
  const zTex = quantityTex('z', sizes, layer + 1, ref.j);
  const input =
    ref.kind === 'weight'
      ? {
          tex: layer === 0 ? neuronTex(sizes, 0, ref.i) : quantityTex('a', sizes, layer, ref.i),
          value: dzdTheta(trace, ref, s),
        }
      : { tex: '1', value: 1 };
  const inputSource: FactorSource =
    ref.kind === 'weight'
      ? { kind: 'neuron', layer, j: ref.i }
      : { kind: 'neuron', layer: layer + 1, j: ref.j };
  const dzTex = `\\frac{\\partial ${zTex}}{\\partial ${theta}}`;

  let factors: Factor[];
  let tex: string;
  let note: string | null = null;
  const fusedSoftmax = isOutput && actName === 'softmax';
  if (fusedSoftmax) {
    tex = `\\frac{\\partial L}{\\partial ${theta}} = \\frac{\\partial L}{\\partial ${zTex}} \\cdot ${dzTex}`;
    factors = [
      {
        tex: `\\frac{\\partial L}{\\partial ${zTex}}`,
        value: lt.delta[ref.j],
        source: { kind: 'neuron', layer: layer + 1, j: ref.j },
      },
      { tex: dzTex, value: input.value, source: inputSource },
    ];
    note =
      trace.loss === 'cross-entropy'
        ? `Softmax couples all outputs, so \\(\\partial L/\\partial z_j = \\sum_k \\partial L/\\partial a_k \\cdot \\partial a_k/\\partial z_j\\); with cross-entropy this is exactly \\(${aTex} - t_{${ref.j + 1}}\\).`
        : 'Softmax couples all outputs: \\(\\partial L/\\partial z_j = a_j (\\partial L/\\partial a_j - \\sum_k a_k\\, \\partial L/\\partial a_k)\\).';
  } else {
    tex = `\\frac{\\partial L}{\\partial ${theta}} = \\frac{\\partial L}{\\partial ${aTex}} \\cdot \\frac{\\partial ${aTex}}{\\partial ${zTex}} \\cdot ${dzTex}`;
    factors = [
      {
        tex: `\\frac{\\partial L}{\\partial ${aTex}}`,
        value: lt.dLda[ref.j],
        source: isOutput ? { kind: 'loss' } : { kind: 'neuron', layer: layer + 1, j: ref.j },
      },
      {
        tex: `\\frac{\\partial ${aTex}}{\\partial ${zTex}}`,
        value: dadz(trace, layer, ref.j, s),
        source: { kind: 'neuron', layer: layer + 1, j: ref.j },
      },
      { tex: dzTex, value: input.value, source: inputSource },
    ];
  }
  const product = factors.reduce((p, f) => p * f.value, 1);

  let downstream: DownstreamTerm[] | null = null;
  if (!isOutput) {
    const next = sample.layers[layer + 1];
    downstream = Array.from({ length: sizes[layer + 2] }, (_, k) => {
      const weight =
        trace.before[paramIndex(trace, { kind: 'weight', layer: layer + 1, j: k, i: ref.j })];
      const delta = next.delta[k];
      return { k, weight, delta, product: weight * delta };
    });
  }

  const index = paramIndex(trace, ref);
  const perSample = trace.samples.map((_, q) => {
    const d = trace.samples[q].layers[layer].delta[ref.j];
    return d * dzdTheta(trace, ref, q);
  });
  const mean = perSample.reduce((a, b) => a + b, 0) / perSample.length;
  const reg = trace.regularization;
  const w = trace.before[index];
  const regularization =
    ref.kind === 'weight' && reg.kind !== 'none'
      ? reg.kind === 'l2'
        ? { tex: `\\lambda\\, ${theta} = ${reg.rate} \\cdot ${fmt(w)}`, value: reg.rate * w }
        : {
            tex: `\\lambda\\, \\operatorname{sign}(${theta}) = ${reg.rate} \\cdot ${Math.sign(w)}`,
            value: reg.rate * Math.sign(w),
          }
      : null;
  return {
    ref,
    index,
    sample: s,
    tex,
    factors,
    product,
    downstream,
    note,
    perSample,
    mean,
    regularization,
    gradient: trace.gradients[index],
  };
}

/** Numbers in TeX: enough digits to match a textbook, no trailing noise. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-4 && a < 1e6) return String(Number(x.toFixed(6)));
  return x.toExponential(4).replace('e', '\\times 10^{') + '}';
}
