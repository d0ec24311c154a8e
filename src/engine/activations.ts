// Activation functions: each record holds f, its derivative and the TeX of both, side by
// side (one record per operation). Pure maths; the vector forms are the hot path.
import { detExp, detExpMany, detTanh, detTanhMany } from './detMath';
import type { Activation, ActivationName, ElementwiseActivation, VectorActivation } from './types';

type Loops = Pick<ElementwiseActivation, 'forward' | 'backward'>;

/**
 * An elementwise activation. The vector loops default to calling f and df per entry; every
 * activation here passes hand-inlined loops instead (a call per entry through f costs more
 * than the arithmetic, in training and on grids), which the
 * activation tests check against f and df.
 */
function elementwise(
  name: ActivationName,
  tex: string,
  dTex: string,
  f: (z: number) => number,
  df: (z: number, a: number) => number,
  loops?: Loops,
): ElementwiseActivation {
  return {
    kind: 'elementwise',
    name,
    tex,
    dTex,
    f,
    df,
    forward:
      loops?.forward ??
      ((z, a, n) => {
        for (let k = 0; k < n; k += 1) a[k] = f(z[k]);
      }),
    backward:
      loops?.backward ??
      ((z, a, da, dz, n) => {
        for (let k = 0; k < n; k += 1) dz[k] = da[k] * df(z[k], a[k]);
      }),
  };
}

/** σ(z) = 1 / (1 + e^−z), written so that neither branch overflows. */
function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + detExp(-z));
  const e = detExp(z);
  return e / (1 + e);
}

const LEAK = 0.01;

const softmax: VectorActivation = {
  kind: 'vector',
  name: 'softmax',
  tex: '\\operatorname{softmax}(z)_j = \\frac{e^{z_j}}{\\sum_k e^{z_k}}',
  dTex: '\\frac{\\partial a_j}{\\partial z_k} = a_j\\,(\\delta_{jk} - a_k)',
  forward(z, a, n) {
    // Subtracting the largest z leaves the result unchanged and keeps exp from overflowing.
    let max = -Infinity;
    for (let k = 0; k < n; k += 1) if (z[k] > max) max = z[k];
    for (let k = 0; k < n; k += 1) a[k] = z[k] - max;
    detExpMany(a, a, n);
    let sum = 0;
    for (let k = 0; k < n; k += 1) sum += a[k];
    for (let k = 0; k < n; k += 1) a[k] /= sum;
  },
  backward(_z, a, da, dz, n) {
    // dz_j = Σ_m da_m · a_m (δ_mj − a_j) = a_j (da_j − Σ_m da_m a_m)
    let dot = 0;
    for (let m = 0; m < n; m += 1) dot += da[m] * a[m];
    for (let j = 0; j < n; j += 1) dz[j] = a[j] * (da[j] - dot);
  },
};

export const ACTIVATIONS: Readonly<Record<ActivationName, Activation>> = {
  sigmoid: elementwise(
    'sigmoid',
    '\\sigma(z) = \\frac{1}{1 + e^{-z}}',
    "\\sigma'(z) = \\sigma(z)\\,\\bigl(1 - \\sigma(z)\\bigr)",
    sigmoid,
    (_z, a) => a * (1 - a), // σ' = σ(1 − σ), so reuse a
    {
      forward(z, a, n) {
        // e^−|z| into a first (one exp loop for the layer), then σ from it.
        for (let k = 0; k < n; k += 1) a[k] = z[k] < 0 ? z[k] : -z[k];
        detExpMany(a, a, n);
        for (let k = 0; k < n; k += 1) a[k] = z[k] >= 0 ? 1 / (1 + a[k]) : a[k] / (1 + a[k]);
      },
      backward(_z, a, da, dz, n) {
        for (let k = 0; k < n; k += 1) dz[k] = da[k] * a[k] * (1 - a[k]);
      },
    },
  ),
  tanh: elementwise(
    'tanh',
    '\\tanh(z) = \\frac{e^{z} - e^{-z}}{e^{z} + e^{-z}}',
    "\\tanh'(z) = 1 - \\tanh^2(z)",
    detTanh,
    (_z, a) => 1 - a * a, // d tanh/dz = 1 − a², so reuse a
    {
      forward(z, a, n) {
        detTanhMany(z, a, n);
      },
      backward(_z, a, da, dz, n) {
        for (let k = 0; k < n; k += 1) dz[k] = da[k] * (1 - a[k] * a[k]);
      },
    },
  ),
  relu: elementwise(
    'relu',
    '\\operatorname{ReLU}(z) = \\max(0, z)',
    "\\operatorname{ReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ 0 & z \\le 0 \\end{cases}",
    (z) => (z > 0 ? z : 0),
    (z) => (z > 0 ? 1 : 0),
    {
      forward(z, a, n) {
        for (let k = 0; k < n; k += 1) a[k] = z[k] > 0 ? z[k] : 0;
      },
      backward(z, _a, da, dz, n) {
        for (let k = 0; k < n; k += 1) dz[k] = z[k] > 0 ? da[k] : 0;
      },
    },
  ),
  'leaky-relu': elementwise(
    'leaky-relu',
    '\\operatorname{LeakyReLU}(z) = \\begin{cases} z & z > 0 \\\\ 0.01\\,z & z \\le 0 \\end{cases}',
    "\\operatorname{LeakyReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ 0.01 & z \\le 0 \\end{cases}",
    (z) => (z > 0 ? z : LEAK * z),
    (z) => (z > 0 ? 1 : LEAK),
    {
      forward(z, a, n) {
        for (let k = 0; k < n; k += 1) a[k] = z[k] > 0 ? z[k] : LEAK * z[k];
      },
      backward(z, _a, da, dz, n) {
        for (let k = 0; k < n; k += 1) dz[k] = da[k] * (z[k] > 0 ? 1 : LEAK);
      },
    },
  ),
  linear: elementwise(
    'linear',
    '\\operatorname{id}(z) = z',
    "\\operatorname{id}'(z) = 1",
    (z) => z,
    () => 1,
    {
      forward(z, a, n) {
        for (let k = 0; k < n; k += 1) a[k] = z[k];
      },
      backward(_z, _a, da, dz, n) {
        for (let k = 0; k < n; k += 1) dz[k] = da[k];
      },
    },
  ),
  softmax,
};

export const ACTIVATION_NAMES = Object.keys(ACTIVATIONS) as ActivationName[];

export function getActivation(name: ActivationName): Activation {
  return ACTIVATIONS[name];
}
