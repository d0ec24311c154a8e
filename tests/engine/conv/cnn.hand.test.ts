// Integer cases a learner can check on paper, each by two independent routes: the engine's
// scatter of δ through the kernel against the full convolution of δ with the flipped
// kernel, and its kernel gradient against Σ δ ⊙ patch; max pooling's tie rule.
import { describe, expect, it } from 'vitest';
import {
  cnnBackward,
  cnnForward,
  cnnLoss,
  createCnn,
  createCnnBatch,
  loadBatch,
} from '../../../src/engine/conv/cnn';
import type { CnnSpec } from '../../../src/engine/conv/types';
import { createRng } from '../../../src/engine/random';
import type { Dataset } from '../../../src/engine/types';

const X = [
  [1, 2, 0, 1],
  [0, 1, 3, 1],
  [2, 1, 0, 0],
  [1, 0, 1, 2],
];
const K = [
  [1, -1],
  [2, 0],
];

function run(
  spec: CnnSpec,
  inputs: number[],
  targets: number[],
  weights: Parameters<typeof createCnn>[2],
) {
  const cnn = createCnn(spec, 'zeros', weights, createRng(1, 'init'));
  const nOut = targets.length;
  const data: Dataset = {
    n: 1,
    nIn: inputs.length,
    nOut,
    inputs: Float64Array.from(inputs),
    targets: Float64Array.from(targets),
    task: 'regression',
  };
  const batch = createCnnBatch(cnn, 1, nOut);
  loadBatch(batch, data, [0], 0, 1);
  cnnForward(cnn, cnn.params, batch, true);
  const loss = cnnLoss(cnn, batch, 'squared-error');
  const grads = new Float64Array(cnn.params.length);
  cnnBackward(cnn, cnn.params, batch, grads, true);
  return { cnn, batch, loss, grads };
}

describe('conv2d by hand (4×4 input, one 2×2 kernel, integers)', () => {
  const spec: CnnSpec = {
    input: [1, 4, 4],
    layers: [
      { type: 'conv2d', filters: 1, size: 2, stride: 1, padding: 0, activation: 'linear' },
      { type: 'flatten' },
    ],
  };
  // target 0 everywhere: with squared error and a linear output, δ = z
  const { batch, grads } = run(spec, X.flat(), new Array(9).fill(0), [
    { kernels: [[K]], biases: [1] },
    null,
  ]);
  const z = Array.from(batch.caches[0].z);
  const delta = Array.from(batch.caches[0].dz);

  it('each output is patch × kernel + bias (cross-correlation, no flip)', () => {
    for (let i = 0; i < 3; i += 1)
      for (let j = 0; j < 3; j += 1) {
        let sum = 1;
        for (let m = 0; m < 2; m += 1)
          for (let n = 0; n < 2; n += 1) sum += X[i + m][j + n] * K[m][n];
        expect(z[i * 3 + j]).toBe(sum);
      }
    // the top-left one on paper: 1·1 + 2·(−1) + 0·2 + 1·0 + 1 = 0
    expect(z[0]).toBe(0);
    expect(delta).toEqual(z);
  });

  it('the input gradient is the full convolution of δ with the flipped kernel', () => {
    // route 2: pad δ by k−1 = 1 and cross-correlate with K rotated by 180°
    const padded = Array.from({ length: 5 }, (_, y) =>
      Array.from({ length: 5 }, (_, x) =>
        y >= 1 && y <= 3 && x >= 1 && x <= 3 ? delta[(y - 1) * 3 + x - 1] : 0,
      ),
    );
    const flipped = [
      [K[1][1], K[1][0]],
      [K[0][1], K[0][0]],
    ];
    for (let y = 0; y < 4; y += 1)
      for (let x = 0; x < 4; x += 1) {
        let sum = 0;
        for (let m = 0; m < 2; m += 1)
          for (let n = 0; n < 2; n += 1) sum += padded[y + m][x + n] * flipped[m][n];
        expect(batch.dx[y * 4 + x]).toBe(sum);
      }
  });

  it('the kernel gradient is Σ δ ⊙ patch and the bias gradient Σ δ', () => {
    for (let m = 0; m < 2; m += 1)
      for (let n = 0; n < 2; n += 1) {
        let sum = 0;
        for (let i = 0; i < 3; i += 1)
          for (let j = 0; j < 3; j += 1) sum += delta[i * 3 + j] * X[i + m][j + n];
        expect(grads[m * 2 + n]).toBe(sum);
      }
    expect(grads[4]).toBe(delta.reduce((a, b) => a + b, 0));
  });
});

describe('strided, padded, two channels: scatter equals the dilated full convolution', () => {
  it('stride 2, padding 1', () => {
    const spec: CnnSpec = {
      input: [2, 4, 4],
      layers: [
        { type: 'conv2d', filters: 1, size: 3, stride: 2, padding: 1, activation: 'linear' },
        { type: 'flatten' },
      ],
    };
    const kernels = [
      [
        [1, 0, -1],
        [2, 1, 0],
        [0, -2, 1],
      ],
      [
        [0, 1, 1],
        [-1, 0, 2],
        [1, 1, 0],
      ],
    ];
    const inputs = [...X.flat(), ...X.flat().map((v) => 3 - v)];
    const { batch } = run(spec, inputs, [0, 0, 0, 0], [{ kernels: [kernels], biases: [0] }, null]);
    const delta = Array.from(batch.caches[0].dz);
    // route 2: dilate δ by the stride, pad by k−1−p, cross-correlate with the flipped kernel
    const dil = Array.from({ length: 3 }, () => new Array<number>(3).fill(0));
    for (let i = 0; i < 2; i += 1)
      for (let j = 0; j < 2; j += 1) dil[i * 2][j * 2] = delta[i * 2 + j];
    const pad = 3 - 1 - 1;
    const H = 4 + 2 * pad; // room for the full output of 4 rows
    const big = Array.from({ length: H + 2 }, () => new Array<number>(H + 2).fill(0));
    for (let y = 0; y < 3; y += 1) for (let x = 0; x < 3; x += 1) big[y + pad][x + pad] = dil[y][x];
    for (let c = 0; c < 2; c += 1)
      for (let y = 0; y < 4; y += 1)
        for (let x = 0; x < 4; x += 1) {
          let sum = 0;
          for (let m = 0; m < 3; m += 1)
            for (let n = 0; n < 3; n += 1) sum += big[y + m][x + n] * kernels[c][2 - m][2 - n];
          expect(batch.dx[c * 16 + y * 4 + x]).toBe(sum);
        }
  });
});

describe('max pooling', () => {
  it('routes a tie to the first maximum in row-major order, and overlaps add up', () => {
    const spec: CnnSpec = {
      input: [1, 3, 3],
      layers: [{ type: 'maxpool', size: 2, stride: 1 }, { type: 'flatten' }],
    };
    const inputs = [5, 5, 1, 5, 5, 0, 2, 2, 2];
    // targets 0 ⇒ ∂L/∂out = out = [5, 5, 5, 5]
    const { batch } = run(spec, inputs, [0, 0, 0, 0], [null, null]);
    expect(Array.from(batch.caches[0].a)).toEqual([5, 5, 5, 5]);
    // windows at (0,0) (0,1) (1,0) (1,1): first maxima at 0, 1, 3, 4 (row-major, first wins)
    expect(Array.from(batch.caches[0].argmax)).toEqual([0, 1, 3, 4]);
    expect(Array.from(batch.dx)).toEqual([5, 5, 0, 5, 5, 0, 0, 0, 0]);
  });

  it('average pooling splits the gradient equally', () => {
    const spec: CnnSpec = {
      input: [1, 2, 2],
      layers: [{ type: 'avgpool', size: 2, stride: 2 }, { type: 'flatten' }],
    };
    const { batch } = run(spec, [1, 2, 3, 6], [0], [null, null]);
    expect(batch.caches[0].a[0]).toBe(3);
    expect(Array.from(batch.dx)).toEqual([0.75, 0.75, 0.75, 0.75]);
  });
});
