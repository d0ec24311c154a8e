// ρ(A) by repeated squaring against closed forms: real and complex 2×2 eigenvalues, a 3×3
// with a rotation block, a triangular 3×3, a Jordan block and a nilpotent matrix.
import { describe, expect, it } from 'vitest';
import { createFixedPointModel } from '../../../src/engine/fixedpoint/model';
import {
  relaxationRadius,
  sampleRadius,
  scaledRows,
  spectralRadius,
} from '../../../src/engine/fixedpoint/spectral';
import { netOf, oneRow, spec } from './helpers/nets';

/** ρ of [[a, b], [c, d]] from its characteristic polynomial λ² − tλ + δ. */
function radius2(a: number, b: number, c: number, d: number): number {
  const t = a + d;
  const det = a * d - b * c;
  const disc = t * t - 4 * det;
  if (disc < 0) return Math.sqrt(det); // |λ|² = λ·λ̄ = det
  return Math.max(Math.abs((t + Math.sqrt(disc)) / 2), Math.abs((t - Math.sqrt(disc)) / 2));
}

describe('spectralRadius', () => {
  it.each([
    [0.5, 0.2, 0.1, 0.3],
    [-0.9, 0.4, 0.3, 0.2],
    [0.2, -0.7, 0.6, 0.1], // complex pair
    [0, -1, 1, 0], // a rotation: |λ| = 1
    [1.5, 2, -3, 0.5], // complex, ρ > 1
  ])('2×2 [[%f, %f], [%f, %f]]', (a, b, c, d) => {
    expect(spectralRadius([a, b, c, d], 2)).toBeCloseTo(radius2(a, b, c, d), 12);
  });

  it('3×3 with a rotation-scaling block: max(√(a² + b²), |c|)', () => {
    const [a, b] = [0.3, 0.4];
    expect(spectralRadius([a, -b, 0, b, a, 0, 0, 0, 0.45], 3)).toBeCloseTo(0.5, 12);
    expect(spectralRadius([a, -b, 0, b, a, 0, 0, 0, -0.7], 3)).toBeCloseTo(0.7, 12);
  });

  it('3×3 triangular: the largest |diagonal entry|', () => {
    expect(spectralRadius([0.2, 5, -3, 0, -0.6, 4, 0, 0, 0.1], 3)).toBeCloseTo(0.6, 12);
  });

  it('a similarity transform keeps ρ (a dense 3×3 with eigenvalues 0.9, −0.5, 0.2)', () => {
    // A = S·diag(0.9, −0.5, 0.2)·S⁻¹ with S = [[1,1,0],[0,1,1],[1,0,1]], S⁻¹ = ½[[1,−1,1],[1,1,−1],[−1,1,1]]
    const S = [
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
    ];
    const Si = [
      [0.5, -0.5, 0.5],
      [0.5, 0.5, -0.5],
      [-0.5, 0.5, 0.5],
    ];
    const L = [0.9, -0.5, 0.2];
    const A: number[] = [];
    for (let i = 0; i < 3; i += 1)
      for (let j = 0; j < 3; j += 1)
        A.push(S[i].reduce((s, _, k) => s + S[i][k] * L[k] * Si[k][j], 0));
    expect(spectralRadius(A, 3)).toBeCloseTo(0.9, 10);
  });

  it('a Jordan block converges too, and a nilpotent matrix has ρ = 0', () => {
    expect(spectralRadius([0.8, 1, 0, 0.8], 2)).toBeCloseTo(0.8, 9);
    expect(spectralRadius([0, 1, 0, 0], 2)).toBe(0);
    expect(spectralRadius([0, 0, 0, 0], 2)).toBe(0);
  });
});

describe('ρ(D·W)', () => {
  it('scales row j of W by d[j]', () => {
    expect(Array.from(scaledRows([1, 2, 3, 4], [0.5, 2], 2))).toEqual([0.5, 1, 6, 8]);
  });

  it('reads W at its offset in the parameters', () => {
    const params = [9, 0.5, 0.2, 0.1, 0.3];
    expect(relaxationRadius(params, 1, [1, 1], 2)).toBeCloseTo(radius2(0.5, 0.2, 0.1, 0.3), 12);
  });

  it('of a traced sample uses W before the update and that sample’s D', () => {
    // One unit: ρ = |w·f′(u*)|; x ← tanh(0.8·x + ξ) with ξ = 0.3.
    const s = spec(1, 1, [0], 'tanh');
    const model = createFixedPointModel(
      netOf(s, { W: [[0.8]], V: [[1]], b: [0] }),
      oneRow([0.3], [0]),
    );
    const sample = model.inspect(0, 'squared-error');
    const x = sample.x[0];
    const rho = sampleRadius({ before: model.params, layout: model.layout, spec: s }, sample);
    expect(rho).toBeCloseTo(0.8 * (1 - x * x), 12);
  });
});
