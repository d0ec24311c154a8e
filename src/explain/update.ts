// The optimizer's update of one parameter, written out with the trace's numbers.
import type { StepTrace, UpdateTraceBase } from '../engine/types';
import { fmt } from './chainRule';
import { FIXED_REASON, isFixedParam } from './fixed';

export interface UpdateTerm {
  readonly name: string;
  readonly tex: string;
  readonly value: number;
}

export interface UpdateExplanation {
  /** The rule in symbols, e.g. w ← w − η g. */
  readonly rule: string;
  /** Intermediate quantities (velocity, m̂, v̂, …) with their values after this step. */
  readonly terms: readonly UpdateTerm[];
  /** The rule with this parameter's numbers. */
  readonly numeric: string;
  readonly before: number;
  readonly after: number;
  readonly change: number;
  /** False when the parameter is frozen (a bias with trainBiases off). */
  readonly trained: boolean;
  /** Why a frozen parameter is not updated (null when it is trained). */
  readonly reason: string | null;
}

export function explainUpdate(
  trace: StepTrace,
  index: number,
  thetaTex = '\\theta',
): UpdateExplanation {
  return explainParamUpdate(
    trace,
    index,
    thetaTex,
    !isFixedParam(trace.sizes, trace.trainBiases, index),
  );
}

/**
 * The update of parameter `index` of a trace of any family; `trained` says whether the run
 * trains it. g is the gradient the optimizer was given (after clipping, when there was any).
 */
export function explainParamUpdate(
  trace: UpdateTraceBase,
  index: number,
  thetaTex: string,
  trained: boolean,
): UpdateExplanation {
  const c = trace.optimizer.config;
  const g = trace.gradients[index] * (trace.clip?.factor ?? 1);
  const before = trace.before[index];
  const after = trace.after[index];
  const change = trace.optimizer.change[index];
  const st = (name: string): number => trace.optimizer.state[name]?.[index] ?? NaN;
  const lr = fmt(c.learningRate);
  // a negative number after an operator is bracketed: 0.1 \cdot (-0.04), not 0.1 \cdot -0.04
  const par = (x: number): string => (x < 0 ? `(${fmt(x)})` : fmt(x));
  const base = { before, after, change, reason: trained ? null : FIXED_REASON };
  if (!trained) {
    return {
      ...base,
      trained,
      rule: `${thetaTex}\\ \\text{is not trained}`,
      terms: [],
      numeric: `${thetaTex} = ${fmt(before)}`,
    };
  }
  switch (c.kind) {
    case 'sgd':
      return {
        ...base,
        trained,
        rule: `${thetaTex} \\leftarrow ${thetaTex} - \\eta\\, g`,
        terms: [],
        numeric: `${fmt(before)} - ${lr} \\cdot ${par(g)} = ${fmt(after)}`,
      };
    case 'momentum': {
      const v = st('velocity');
      return {
        ...base,
        trained,
        rule: c.nesterov
          ? `v \\leftarrow \\mu v + g;\\quad ${thetaTex} \\leftarrow ${thetaTex} - \\eta\\,(g + \\mu v)`
          : `v \\leftarrow \\mu v + g;\\quad ${thetaTex} \\leftarrow ${thetaTex} - \\eta\\, v`,
        terms: [{ name: 'velocity', tex: 'v', value: v }],
        numeric: c.nesterov
          ? `${fmt(before)} - ${lr} \\cdot (${fmt(g)} + ${fmt(c.momentum)} \\cdot ${par(v)}) = ${fmt(after)}`
          : `${fmt(before)} - ${lr} \\cdot ${par(v)} = ${fmt(after)}`,
      };
    }
    case 'rmsprop': {
      const s = st('s');
      return {
        ...base,
        trained,
        rule: `s \\leftarrow \\rho s + (1-\\rho) g^2;\\quad ${thetaTex} \\leftarrow ${thetaTex} - \\frac{\\eta\\, g}{\\sqrt{s} + \\epsilon}`,
        terms: [{ name: 's', tex: 's', value: s }],
        numeric: `${fmt(before)} - \\frac{${lr} \\cdot ${par(g)}}{\\sqrt{${fmt(s)}} + ${fmt(c.epsilon)}} = ${fmt(after)}`,
      };
    }
    case 'adam': {
      const mHat = st('mHat');
      const vHat = st('vHat');
      return {
        ...base,
        trained,
        rule:
          `m \\leftarrow \\beta_1 m + (1-\\beta_1) g;\\ v \\leftarrow \\beta_2 v + (1-\\beta_2) g^2;\\ ` +
          `\\hat m = \\frac{m}{1-\\beta_1^t};\\ \\hat v = \\frac{v}{1-\\beta_2^t};\\ ` +
          `${thetaTex} \\leftarrow ${thetaTex} - \\frac{\\eta\\, \\hat m}{\\sqrt{\\hat v} + \\epsilon}`,
        terms: [
          { name: 'm', tex: 'm', value: st('m') },
          { name: 'v', tex: 'v', value: st('v') },
          { name: 'mHat', tex: '\\hat m', value: mHat },
          { name: 'vHat', tex: '\\hat v', value: vHat },
          { name: 't', tex: 't', value: trace.optimizer.t },
        ],
        numeric: `${fmt(before)} - \\frac{${lr} \\cdot ${par(mHat)}}{\\sqrt{${fmt(vHat)}} + ${fmt(c.epsilon)}} = ${fmt(after)}`,
      };
    }
  }
}
