// Classification outcome of a set of samples: predicted class per sample, the confusion matrix,
// accuracy and the misclassified samples. Pure arithmetic over outputs the caller computed;
// it runs no network and keeps no state.
import type { ActivationName, Dataset } from './types';

/**
 * How outputs and targets become class indices.
 * - `argmax`: several outputs; class = index of the largest output (the first on ties, and 0 when
 *   all are NaN, as `predictedClass` in evaluate.ts). Targets are one-hot rows, read the same way.
 * - `threshold`: one output in [low, high] (sigmoid [0, 1], tanh [−1, 1]); class 1 when
 *   y ≥ (low + high) / 2, else 0. Targets are class 1 when t ≥ `target`: 0.5 splits both 0/1 and
 *   −1/+1 targets, so the target rule does not depend on the output activation.
 */
export type ClassRule =
  | { readonly kind: 'argmax' }
  | {
      readonly kind: 'threshold';
      readonly low: number;
      readonly high: number;
      readonly target: number;
    };

export const ARGMAX_RULE: ClassRule = { kind: 'argmax' };
/** One sigmoid output: class 1 when y ≥ 0.5, confidence y or 1 − y. */
export const SIGMOID_RULE: ClassRule = { kind: 'threshold', low: 0, high: 1, target: 0.5 };
/** One tanh output: class 1 when y ≥ 0, confidence (1 + y) / 2 or (1 − y) / 2. */
export const TANH_RULE: ClassRule = { kind: 'threshold', low: -1, high: 1, target: 0.5 };

/** The rule for a net with `nOut` outputs whose output layer uses `outputActivation`. */
export function classRuleFor(nOut: number, outputActivation: ActivationName): ClassRule {
  if (nOut > 1) return ARGMAX_RULE;
  return outputActivation === 'tanh' ? TANH_RULE : SIGMOID_RULE;
}

/** Number of classes a rule yields for `nOut` outputs: 2 for one thresholded output. */
export function classCount(nOut: number, rule: ClassRule): number {
  return rule.kind === 'threshold' ? 2 : nOut;
}

export interface Misclassified {
  /** Row of the sample in `outputs` and `targets` (the data-set index when they cover all data). */
  readonly index: number;
  readonly truth: number;
  readonly predicted: number;
  /** The output of the predicted class (a probability under softmax); see `ClassRule`. */
  readonly confidence: number;
}

export interface Confusion {
  /** k, the number of classes. */
  readonly classes: number;
  /** matrix: [k, k] row-major, matrix[t*k + p] = samples of true class t predicted as p. */
  readonly matrix: Uint32Array;
  /** predicted[s], truth[s]: classes of the s-th counted sample, in `rows` order. [count] */
  readonly predicted: Uint32Array;
  readonly truth: Uint32Array;
  readonly count: number;
  readonly correct: number;
  /** correct / count; NaN when no sample was counted. */
  readonly accuracy: number;
  /** Wrong predictions in `rows` order. */
  readonly misclassified: readonly Misclassified[];
}

/** Class of row r of y [n, nOut] under `rule`, and the output that supports it. */
function classify(
  y: ArrayLike<number>,
  r: number,
  nOut: number,
  rule: ClassRule,
): { readonly k: number; readonly confidence: number } {
  const base = r * nOut;
  switch (rule.kind) {
    case 'argmax': {
      let best = 0;
      for (let k = 1; k < nOut; k += 1) if (y[base + k] > y[base + best]) best = k;
      return { k: best, confidence: y[base + best] };
    }
    case 'threshold': {
      // Share of the output range on the predicted side: y ∈ [low, high] ↦ [0, 1].
      const v = y[base];
      const up = (v - rule.low) / (rule.high - rule.low);
      const k = v >= (rule.low + rule.high) / 2 ? 1 : 0;
      return { k, confidence: k === 1 ? up : 1 - up };
    }
  }
}

/** Class of target row r under `rule`. */
function targetClass(t: ArrayLike<number>, r: number, nOut: number, rule: ClassRule): number {
  if (rule.kind === 'threshold') return t[r * nOut] >= rule.target ? 1 : 0;
  return classify(t, r, nOut, rule).k;
}

/**
 * Confusion of outputs against targets, both [n, nOut] row-major with the same rows.
 * `rows` picks which rows count (default: all n), e.g. the test indices when outputs and targets
 * cover the whole data set. accuracy = Σ_t matrix[t][t] / count.
 */
export function confusion(
  outputs: ArrayLike<number>,
  targets: ArrayLike<number>,
  nOut: number,
  rule: ClassRule,
  rows?: ArrayLike<number>,
): Confusion {
  const n = Math.floor(targets.length / nOut);
  if (outputs.length < n * nOut) {
    throw new RangeError(`confusion: ${outputs.length} outputs for ${n} rows of ${nOut}`);
  }
  const k = classCount(nOut, rule);
  const count = rows ? rows.length : n;
  const matrix = new Uint32Array(k * k);
  const predicted = new Uint32Array(count);
  const truth = new Uint32Array(count);
  const misclassified: Misclassified[] = [];
  let correct = 0;
  for (let s = 0; s < count; s += 1) {
    const r = rows ? rows[s] : s;
    if (!(r >= 0 && r < n)) throw new RangeError(`confusion: row ${r} is not in 0..${n - 1}`);
    const p = classify(outputs, r, nOut, rule);
    const t = targetClass(targets, r, nOut, rule);
    predicted[s] = p.k;
    truth[s] = t;
    matrix[t * k + p.k] += 1;
    if (p.k === t) correct += 1;
    else misclassified.push({ index: r, truth: t, predicted: p.k, confidence: p.confidence });
  }
  return {
    classes: k,
    matrix,
    predicted,
    truth,
    count,
    correct,
    accuracy: count > 0 ? correct / count : NaN,
    misclassified,
  };
}

/**
 * Confusion over samples `rows` of a data set, given outputs [data.n, data.nOut] for every
 * sample (row r = data-set index r).
 */
export function datasetConfusion(
  data: Dataset,
  outputs: ArrayLike<number>,
  rule: ClassRule,
  rows?: ArrayLike<number>,
): Confusion {
  return confusion(outputs, data.targets, data.nOut, rule, rows);
}
