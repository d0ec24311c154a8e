// The per-layer gradient-norm bars: a log scale over the norms shown (vanishing gradients span
// decades), each bar's length, and the ratio of the last layer's norm to the first's. Pure.
export interface NormBar {
  readonly name: string;
  readonly norm: number;
  /** Bar length in [0, 1] on the log scale (0 for a norm that is 0 or unknown). */
  readonly length: number;
}

export function normBars(names: readonly string[], norms: readonly number[]): NormBar[] {
  const finite = norms.filter((n) => Number.isFinite(n) && n > 0);
  if (finite.length === 0) return names.map((name, k) => ({ name, norm: norms[k], length: 0 }));
  const hi = Math.log10(Math.max(...finite));
  // at least three decades, so equal norms are not drawn as empty bars
  const lo = Math.min(Math.log10(Math.min(...finite)), hi - 3) - 0.5;
  return names.map((name, k) => {
    const n = norms[k];
    const length = Number.isFinite(n) && n > 0 ? (Math.log10(n) - lo) / (hi - lo) : 0;
    return { name, norm: n, length };
  });
}

/** last / first of the finite, positive norms: how much the gradient shrank toward the input. */
export function normRatio(norms: readonly number[]): number | null {
  const finite = norms.filter((n) => Number.isFinite(n) && n > 0);
  return finite.length >= 2 ? finite[finite.length - 1] / finite[0] : null;
}
