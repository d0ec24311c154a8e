// The e2e lesson walks' own reference: one sample through a fully connected sigmoid net, forward
// and backward, from the numbers the page shows (inputs, targets, starting weights). The walks
// compute each right answer here, independently of the app's engine, and compare.

/** A dense sigmoid net as the worked-example table lists it: w[layer][j][i], b[layer][j]. */
export interface ShownNet {
  readonly sizes: readonly number[];
  readonly w: readonly (readonly (readonly number[])[])[];
  readonly b: readonly (readonly number[])[];
}

export type LossKind = 'squared-error' | 'cross-entropy';

export interface Pass {
  /** a[layer][j], the inputs at layer 0. */
  readonly a: readonly (readonly number[])[];
  readonly loss: number;
  /** δ[layer][j] = ∂L/∂z of each non-input unit, layer 1 first (index layer − 1). */
  readonly delta: readonly (readonly number[])[];
  /** ∂L/∂w[layer][j][i] */
  readonly gw: readonly (readonly (readonly number[])[])[];
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The loss of one output: ½(y − t)² or −(t ln y + (1 − t) ln(1 − y)). */
export function lossOf(kind: LossKind, y: number, t: number): number {
  return kind === 'squared-error'
    ? 0.5 * (y - t) ** 2
    : -(t * Math.log(y) + (1 - t) * Math.log(1 - y));
}

/** ∂L/∂y of one output. */
const dLossOf = (kind: LossKind, y: number, t: number): number =>
  kind === 'squared-error' ? y - t : (y - t) / (y * (1 - y));

/** One forward and backward pass of sample `x` with targets `t` (losses summed over outputs). */
export function pass(
  net: ShownNet,
  x: readonly number[],
  t: readonly number[],
  kind: LossKind,
): Pass {
  const a: number[][] = [[...x]];
  for (let l = 0; l < net.w.length; l += 1)
    a.push(
      net.w[l].map((row, j) =>
        sigmoid(row.reduce((sum, wji, i) => sum + wji * a[l][i], net.b[l][j])),
      ),
    );
  const out = a[a.length - 1];
  const loss = out.reduce((sum, y, j) => sum + lossOf(kind, y, t[j]), 0);
  const delta: number[][] = [];
  let d = out.map((y, j) => dLossOf(kind, y, t[j]) * y * (1 - y));
  for (let l = net.w.length - 1; l >= 0; l -= 1) {
    delta.unshift(d);
    if (l === 0) break;
    const below = a[l];
    const back = d;
    d = below.map(
      (h, i) => back.reduce((sum, dj, j) => sum + dj * net.w[l][j][i], 0) * h * (1 - h),
    );
  }
  const gw = net.w.map((layer, l) => layer.map((_, j) => a[l].map((ai) => delta[l][j] * ai)));
  return { a, loss, delta, gw };
}
