// One conv2d cell in numbers, as the learner checks it on paper. Forward: z = Σ patch ⊙ kernel
// + bias. Backward: δ = ∂L/∂z of the cell reaches each kernel weight (δ·x) and each input cell
// (δ·K); the kernel gradient Σ over output cells of δ ⊙ patch; the input gradient as the full
// convolution of δ with the flipped kernel. Pure: reads values, never the engine.
import { windowCells, type WindowGeometry } from './convGeometry';

/** One kernel entry K[f][c][m][n] times its input cell. */
export interface ConvTerm {
  readonly c: number;
  readonly m: number;
  readonly n: number;
  readonly row: number;
  readonly col: number;
  /** Flat index into the input map, −1 over padding (x = 0). */
  readonly inputIndex: number;
  /** Flat index of K[f][c][m][n] in the parameter vector. */
  readonly paramIndex: number;
  readonly k: number;
  readonly x: number;
  readonly product: number;
}

export interface ConvCellSum {
  readonly terms: readonly ConvTerm[];
  readonly bias: number;
  readonly biasIndex: number;
  /** Σ terms + bias. */
  readonly z: number;
}

/** Offsets of a conv layer's kernels K [F, C, k, k] and biases b [F] in the flat parameters. */
export interface ConvBlocks {
  readonly kernels: number;
  readonly biases: number;
}

export const kernelIndex = (
  g: WindowGeometry,
  blocks: ConvBlocks,
  f: number,
  c: number,
  m: number,
  n: number,
): number => blocks.kernels + ((f * g.C + c) * g.k + m) * g.k + n;

/** z[f][i][j] = b[f] + Σ_c Σ_m Σ_n K[f][c][m][n] · x̃[c][i·s+m][j·s+n] (x̃ zero-padded). */
export function convCellSum(
  g: WindowGeometry,
  blocks: ConvBlocks,
  params: ArrayLike<number>,
  x: ArrayLike<number>,
  f: number,
  i: number,
  j: number,
): ConvCellSum {
  const terms: ConvTerm[] = [];
  let sum = 0;
  for (let c = 0; c < g.C; c += 1)
    for (const w of windowCells(g, c, i, j)) {
      const paramIndex = kernelIndex(g, blocks, f, c, w.m, w.n);
      const k = params[paramIndex];
      const xv = w.index >= 0 ? x[w.index] : 0;
      sum += k * xv;
      terms.push({ c, ...w, inputIndex: w.index, paramIndex, k, x: xv, product: k * xv });
    }
  const biasIndex = blocks.biases + f;
  const bias = params[biasIndex];
  return { terms, bias, biasIndex, z: sum + bias };
}

/** One output cell's share δ[f][i][j] · x of a kernel weight's gradient. */
export interface GradientTerm {
  readonly i: number;
  readonly j: number;
  readonly delta: number;
  readonly x: number;
  readonly product: number;
}

/**
 * ∂L/∂K[f][c][m][n] for one sample = Σ_i Σ_j δ[f][i][j] · x̃[c][i·s+m][j·s+n]: the kernel entry
 * met every input cell its position slid over, each weighted by that output's δ.
 */
export function kernelGradientSum(
  g: WindowGeometry,
  x: ArrayLike<number>,
  delta: ArrayLike<number>,
  f: number,
  c: number,
  m: number,
  n: number,
): { readonly terms: readonly GradientTerm[]; readonly sum: number } {
  const terms: GradientTerm[] = [];
  let sum = 0;
  for (let i = 0; i < g.OH; i += 1)
    for (let j = 0; j < g.OW; j += 1) {
      const row = i * g.stride + m - g.padding;
      const col = j * g.stride + n - g.padding;
      const inside = row >= 0 && row < g.H && col >= 0 && col < g.W;
      const xv = inside ? x[(c * g.H + row) * g.W + col] : 0;
      const d = delta[(f * g.OH + i) * g.OW + j];
      sum += d * xv;
      terms.push({ i, j, delta: d, x: xv, product: d * xv });
    }
  return { terms, sum };
}

/** One δ reaching input cell (c, row, col) through kernel entry K[f][c][m][n]. */
export interface InputGradientTerm {
  readonly f: number;
  /** The output cell whose window covered the input cell. */
  readonly i: number;
  readonly j: number;
  /** Position in the kernel, and in the flipped kernel (k−1−m, k−1−n). */
  readonly m: number;
  readonly n: number;
  readonly flippedM: number;
  readonly flippedN: number;
  readonly delta: number;
  readonly k: number;
  readonly product: number;
}

/**
 * ∂L/∂x[c][row][col] = Σ_f Σ_m Σ_n δ[f][i][j] · K[f][c][m][n] over the output cells (i, j)
 * with i·s + m − p = row and j·s + n − p = col: with stride 1, the full convolution of δ with
 * the kernel flipped in both axes (δ zero-padded by k − 1 − p).
 */
export function inputGradientSum(
  g: WindowGeometry,
  blocks: ConvBlocks,
  params: ArrayLike<number>,
  delta: ArrayLike<number>,
  c: number,
  row: number,
  col: number,
): { readonly terms: readonly InputGradientTerm[]; readonly sum: number } {
  const terms: InputGradientTerm[] = [];
  let sum = 0;
  for (let f = 0; f < g.F; f += 1)
    for (let m = 0; m < g.k; m += 1)
      for (let n = 0; n < g.k; n += 1) {
        const si = row + g.padding - m;
        const sj = col + g.padding - n;
        if (si % g.stride !== 0 || sj % g.stride !== 0) continue;
        const i = si / g.stride;
        const j = sj / g.stride;
        if (i < 0 || i >= g.OH || j < 0 || j >= g.OW) continue;
        const d = delta[(f * g.OH + i) * g.OW + j];
        const k = params[kernelIndex(g, blocks, f, c, m, n)];
        sum += d * k;
        terms.push({
          f,
          i,
          j,
          m,
          n,
          flippedM: g.k - 1 - m,
          flippedN: g.k - 1 - n,
          delta: d,
          k,
          product: d * k,
        });
      }
  return { terms, sum };
}
