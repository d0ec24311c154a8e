// An independent CNN oracle, written from contracts.md's equations and sharing no engine code:
// nested arrays, a scalar reverse-mode autodiff (each operation records its local
// derivatives; backward walks them in reverse creation order), and the forward equations of
// conv2d (cross-correlation on the zero-padded input), max pooling (first maximum in
// row-major order), average pooling, batch norm (training: batch statistics, biased
// variance), flatten and dense. Its gradients are those of the forward equations only.

export class V {
  grad = 0;
  constructor(
    public value: number,
    readonly parents: readonly (readonly [V, number])[] = [],
  ) {
    tape.push(this);
  }
}

let tape: V[] = [];

const c = (x: number): V => new V(x);
const add = (a: V, b: V): V =>
  new V(a.value + b.value, [
    [a, 1],
    [b, 1],
  ]);
const sub = (a: V, b: V): V =>
  new V(a.value - b.value, [
    [a, 1],
    [b, -1],
  ]);
const mul = (a: V, b: V): V =>
  new V(a.value * b.value, [
    [a, b.value],
    [b, a.value],
  ]);
const scale = (a: V, k: number): V => new V(a.value * k, [[a, k]]);
const div = (a: V, b: V): V =>
  new V(a.value / b.value, [
    [a, 1 / b.value],
    [b, -a.value / (b.value * b.value)],
  ]);
const exp = (a: V): V => {
  const e = Math.exp(a.value);
  return new V(e, [[a, e]]);
};
const log = (a: V): V => new V(Math.log(a.value), [[a, 1 / a.value]]);
const sqrt = (a: V): V => {
  const r = Math.sqrt(a.value);
  return new V(r, [[a, 0.5 / r]]);
};
const sum = (xs: readonly V[]): V =>
  new V(
    xs.reduce((s, x) => s + x.value, 0),
    xs.map((x) => [x, 1] as const),
  );

function activate(name: string, z: V[]): V[] {
  switch (name) {
    case 'linear':
      return z;
    case 'tanh':
      return z.map((x) => {
        const t = Math.tanh(x.value);
        return new V(t, [[x, 1 - t * t]]);
      });
    case 'sigmoid':
      return z.map((x) => div(c(1), add(c(1), exp(scale(x, -1)))));
    case 'relu':
      return z.map((x) => new V(Math.max(0, x.value), [[x, x.value > 0 ? 1 : 0]]));
    case 'softmax': {
      const m = Math.max(...z.map((x) => x.value));
      const e = z.map((x) => exp(sub(x, c(m))));
      const s = sum(e);
      return e.map((x) => div(x, s));
    }
    default:
      throw new Error(`oracle: no activation ${name}`);
  }
}

export type OracleLayer =
  | {
      type: 'conv2d';
      filters: number;
      size: number;
      stride: number;
      padding: number;
      activation: string;
    }
  | { type: 'maxpool' | 'avgpool'; size: number; stride: number }
  | { type: 'batchnorm'; epsilon: number }
  | { type: 'flatten' }
  | { type: 'dense'; units: number; activation: string };

/** A sample's value: maps [C][H][W] or a flat list. */
type Maps = V[][][];
type Value = Maps | V[];

const isMaps = (x: Value): x is Maps => Array.isArray(x[0]);

export interface OracleParams {
  /** Per layer: conv {K [F][C][k][k], b [F]}, dense {W [U][N], b [U]}, bn {gamma, beta}. */
  layers: ({ A: number[] | number[][] | number[][][][]; B: number[] } | null)[];
}

export interface OracleResult {
  loss: number;
  /** Gradients of the summed loss, per layer [A, B] as flat lists in row-major order. */
  grads: ([number[], number[]] | null)[];
  /** ∂(summed loss)/∂input per sample, flat C·H·W. */
  inputGrads: number[][];
}

const flat = (x: unknown): number[] =>
  Array.isArray(x) ? x.flatMap((e) => flat(e)) : [x as number];

function wrap(x: unknown): unknown {
  return Array.isArray(x) ? x.map(wrap) : c(x as number);
}

function conv(x: Maps, K: V[][][][], b: V[], k: number, s: number, p: number): Maps {
  const H = x[0].length;
  const W = x[0][0].length;
  const OH = Math.floor((H + 2 * p - k) / s) + 1;
  const OW = Math.floor((W + 2 * p - k) / s) + 1;
  return K.map((Kf, f) =>
    Array.from({ length: OH }, (_, i) =>
      Array.from({ length: OW }, (_, j) => {
        const terms: V[] = [b[f]];
        Kf.forEach((Kc, ch) => {
          for (let m = 0; m < k; m += 1)
            for (let n = 0; n < k; n += 1) {
              const y = i * s + m - p;
              const xx = j * s + n - p;
              if (y >= 0 && y < H && xx >= 0 && xx < W) terms.push(mul(Kc[m][n], x[ch][y][xx]));
            }
        });
        return sum(terms);
      }),
    ),
  );
}

function pool(x: Maps, type: 'maxpool' | 'avgpool', k: number, s: number): Maps {
  const OH = Math.floor((x[0].length - k) / s) + 1;
  const OW = Math.floor((x[0][0].length - k) / s) + 1;
  return x.map((ch) =>
    Array.from({ length: OH }, (_, i) =>
      Array.from({ length: OW }, (_, j) => {
        const window: V[] = [];
        for (let m = 0; m < k; m += 1)
          for (let n = 0; n < k; n += 1) window.push(ch[i * s + m][j * s + n]);
        if (type === 'avgpool') return scale(sum(window), 1 / (k * k));
        let best = window[0];
        for (const v of window) if (v.value > best.value) best = v;
        return new V(best.value, [[best, 1]]);
      }),
    ),
  );
}

/** Batch norm over the batch: per channel over samples and positions (or per unit). */
function batchNorm(xs: Value[], gamma: V[], beta: V[], eps: number): Value[] {
  const groups = (x: Value, ch: number): V[] => (isMaps(x) ? x[ch].flat() : [x[ch]]);
  const C = gamma.length;
  const norm: V[][] = [];
  for (let ch = 0; ch < C; ch += 1) {
    const all = xs.flatMap((x) => groups(x, ch));
    const mean = scale(sum(all), 1 / all.length);
    const variance = scale(sum(all.map((v) => mul(sub(v, mean), sub(v, mean)))), 1 / all.length);
    const std = sqrt(add(variance, c(eps)));
    norm.push(all.map((v) => add(mul(gamma[ch], div(sub(v, mean), std)), beta[ch])));
  }
  // put them back in each sample's shape
  return xs.map((x, s) => {
    if (!isMaps(x)) return x.map((_, ch) => norm[ch][s]);
    const P = x[0].length * x[0][0].length;
    return x.map((chMaps, ch) =>
      chMaps.map((row, i) => row.map((_, j) => norm[ch][s * P + i * row.length + j])),
    );
  });
}

export function oracle(
  layers: readonly OracleLayer[],
  params: OracleParams,
  inputs: number[][][][],
  targets: number[][],
  loss: 'squared-error' | 'mse' | 'cross-entropy',
): OracleResult {
  tape = [];
  const P = params.layers.map((p) => (p ? { A: wrap(p.A) as unknown, B: wrap(p.B) as V[] } : null));
  const X = inputs.map((x) => wrap(x) as Maps);
  let xs: Value[] = X;
  let lastActivation = 'linear';
  layers.forEach((layer, l) => {
    const p = P[l];
    switch (layer.type) {
      case 'conv2d':
        xs = xs.map((x) => {
          const z = conv(
            x as Maps,
            p!.A as V[][][][],
            p!.B,
            layer.size,
            layer.stride,
            layer.padding,
          );
          return z.map((ch) => ch.map((row) => activate(layer.activation, row)));
        });
        lastActivation = layer.activation;
        break;
      case 'maxpool':
      case 'avgpool':
        xs = xs.map((x) => pool(x as Maps, layer.type, layer.size, layer.stride));
        lastActivation = 'linear';
        break;
      case 'batchnorm':
        xs = batchNorm(xs, p!.A as V[], p!.B, layer.epsilon);
        lastActivation = 'linear';
        break;
      case 'flatten':
        xs = xs.map((x) => (x as Maps).flat(2));
        break;
      case 'dense':
        xs = xs.map((x) => {
          const W = p!.A as V[][];
          const z = W.map((row, u) => sum([p!.B[u], ...row.map((w, i) => mul(w, (x as V[])[i]))]));
          return activate(layer.activation, z);
        });
        lastActivation = layer.activation;
        break;
    }
  });
  const losses = (xs as V[][]).map((y, s) => {
    const t = targets[s];
    if (loss === 'squared-error')
      return scale(sum(y.map((v, k) => mul(sub(v, c(t[k])), sub(v, c(t[k]))))), 0.5);
    if (loss === 'mse')
      return scale(sum(y.map((v, k) => mul(sub(v, c(t[k])), sub(v, c(t[k]))))), 1 / y.length);
    if (lastActivation === 'softmax')
      return scale(sum(y.flatMap((v, k) => (t[k] === 0 ? [] : [scale(log(v), t[k])]))), -1);
    return scale(
      sum(
        y.flatMap((v, k) => [
          ...(t[k] === 0 ? [] : [scale(log(v), t[k])]),
          ...(t[k] === 1 ? [] : [scale(log(sub(c(1), v)), 1 - t[k])]),
        ]),
      ),
      -1,
    );
  });
  const total = sum(losses);
  total.grad = 1;
  for (let k = tape.length - 1; k >= 0; k -= 1) {
    const node = tape[k];
    for (const [parent, local] of node.parents) parent.grad += node.grad * local;
  }
  const grads = (v: unknown): number[] =>
    flat(Array.isArray(v) ? (v as unknown[]).map((e) => grads(e)) : (v as V).grad);
  return {
    loss: total.value,
    grads: P.map((p) => (p ? [grads(p.A), grads(p.B)] : null)),
    inputGrads: X.map((x) => grads(x)),
  };
}
