// Loss functions for one sample: value, gradient with respect to the output, and TeX.
// Cross-entropy is categorical after a softmax output and binary (per output) otherwise.
import { detExp, detLog, detLog1p } from './detMath';
import type { ActivationName, Loss, LossName } from './types';

const squaredError: Loss = {
  name: 'squared-error',
  tex: 'L = \\tfrac12 \\sum_k (y_k - t_k)^2',
  dTex: '\\frac{\\partial L}{\\partial y_k} = y_k - t_k',
  value(y, t, n) {
    let sum = 0;
    for (let k = 0; k < n; k += 1) sum += (y[k] - t[k]) * (y[k] - t[k]);
    return 0.5 * sum;
  },
  grad(y, t, dy, n) {
    for (let k = 0; k < n; k += 1) dy[k] = y[k] - t[k];
  },
};

const mse: Loss = {
  name: 'mse',
  tex: 'L = \\frac{1}{K} \\sum_k (y_k - t_k)^2',
  dTex: '\\frac{\\partial L}{\\partial y_k} = \\frac{2}{K}(y_k - t_k)',
  value(y, t, n) {
    let sum = 0;
    for (let k = 0; k < n; k += 1) sum += (y[k] - t[k]) * (y[k] - t[k]);
    return sum / n;
  },
  grad(y, t, dy, n) {
    for (let k = 0; k < n; k += 1) dy[k] = (2 / n) * (y[k] - t[k]);
  },
};

/** t·log(y) with the convention 0·log 0 = 0 (a zero target contributes nothing). */
function xLogY(t: number, y: number): number {
  return t === 0 ? 0 : t * detLog(y);
}

const crossEntropy: Loss = {
  name: 'cross-entropy',
  tex: 'L = -\\sum_k \\bigl[t_k \\log y_k + (1 - t_k)\\log(1 - y_k)\\bigr] \\quad\\text{(softmax: } L = -\\sum_k t_k \\log y_k\\text{)}',
  dTex: '\\frac{\\partial L}{\\partial y_k} = \\frac{y_k - t_k}{y_k(1 - y_k)} \\quad\\text{(softmax: } -\\frac{t_k}{y_k}\\text{)}',
  value(y, t, n, outputActivation: ActivationName) {
    let sum = 0;
    if (outputActivation === 'softmax') {
      for (let k = 0; k < n; k += 1) sum -= xLogY(t[k], y[k]);
    } else {
      for (let k = 0; k < n; k += 1) sum -= xLogY(t[k], y[k]) + xLogY(1 - t[k], 1 - y[k]);
    }
    return sum;
  },
  grad(y, t, dy, n, outputActivation: ActivationName) {
    if (outputActivation === 'softmax') {
      for (let k = 0; k < n; k += 1) dy[k] = t[k] === 0 ? 0 : -t[k] / y[k];
    } else {
      // −t/y + (1−t)/(1−y) = (y − t) / (y(1 − y))
      for (let k = 0; k < n; k += 1) dy[k] = (y[k] - t[k]) / (y[k] * (1 - y[k]));
    }
  },
};

export const LOSSES: Readonly<Record<LossName, Loss>> = {
  'squared-error': squaredError,
  mse,
  'cross-entropy': crossEntropy,
};

export const LOSS_NAMES = Object.keys(LOSSES) as LossName[];

export function getLoss(name: LossName): Loss {
  return LOSSES[name];
}

/**
 * True when δ = ∂L/∂z of the output layer is exactly y − t: cross-entropy after softmax
 * (categorical, targets summing to 1) or after sigmoid (binary). The trainer then computes δ
 * directly, which stays finite where y underflows to 0 or 1.
 */
export function hasFusedDelta(loss: LossName, outputActivation: ActivationName): boolean {
  return (
    loss === 'cross-entropy' && (outputActivation === 'softmax' || outputActivation === 'sigmoid')
  );
}

/**
 * Cross-entropy from the output layer's pre-activations z (for sigmoid or softmax outputs):
 * the same value as −Σ t log y, but finite wherever z is, even when y rounds to 0 or 1.
 *   sigmoid (per output): max(z, 0) − t·z + ln(1 + e^−|z|)
 *   softmax: −Σₖ tₖ zₖ + (Σₖ tₖ)·(m + ln Σⱼ e^(zⱼ − m)), m = maxⱼ zⱼ
 */
export function crossEntropyFromLogits(
  z: Float64Array,
  t: Float64Array,
  n: number,
  outputActivation: ActivationName,
): number {
  let sum = 0;
  if (outputActivation === 'softmax') {
    let m = -Infinity;
    for (let k = 0; k < n; k += 1) if (z[k] > m) m = z[k];
    let s = 0;
    let tSum = 0;
    for (let k = 0; k < n; k += 1) {
      s += detExp(z[k] - m);
      tSum += t[k];
      sum -= t[k] === 0 ? 0 : t[k] * z[k];
    }
    return sum + tSum * (m + detLog(s));
  }
  for (let k = 0; k < n; k += 1) {
    const v = z[k];
    sum += (v > 0 ? v : 0) - t[k] * v + detLog1p(detExp(-(v < 0 ? -v : v)));
  }
  return sum;
}
