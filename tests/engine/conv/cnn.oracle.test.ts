// The engine against the independent oracle (oracle.ts: nested arrays and scalar autodiff
// from the forward equations): losses and the gradients of the batch's summed loss, for
// every parameter and every input entry, within 1e-9 relative — batch norm in training mode.
import { describe, expect, it } from 'vitest';
import {
  cnnBackward,
  cnnForward,
  cnnLoss,
  createCnnBatch,
  loadBatch,
} from '../../../src/engine/conv/cnn';
import { CASES } from './cases';
import { inputSize, randomCnn, randomData } from './helpers';
import { oracle, type OracleLayer } from './oracle';

/** Row-major reshape of a flat list (the test's own, not the engine's). */
function nest(values: number[], shape: number[]): unknown {
  if (shape.length === 1) return values;
  const stride = shape.slice(1).reduce((a, d) => a * d, 1);
  return Array.from({ length: shape[0] }, (_, k) =>
    nest(values.slice(k * stride, (k + 1) * stride), shape.slice(1)),
  );
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b)) + 1e-13;
}

describe('CNN engine vs the independent oracle', () => {
  for (const [c, test] of CASES.entries()) {
    it(test.name, () => {
      const cnn = randomCnn(test.spec, 100 + c);
      const B = 4;
      const task = test.loss === 'cross-entropy' ? 'classification' : 'regression';
      const data = randomData(50 + c, B, inputSize(test.spec), test.outputs, task);
      const batch = createCnnBatch(cnn, B, data.nOut);
      loadBatch(batch, data, [0, 1, 2, 3], 0, B);
      cnnForward(cnn, cnn.params, batch, true);
      const loss = cnnLoss(cnn, batch, test.loss);
      const grads = new Float64Array(cnn.params.length);
      cnnBackward(cnn, cnn.params, batch, grads, true);

      const blocks = cnn.layout.blocks;
      const values = (name: string) => {
        const b = blocks.find((x) => x.name === name)!;
        return nest(Array.from(cnn.params.subarray(b.offset, b.offset + b.size)), [...b.shape]);
      };
      const layers = test.spec.layers as unknown as OracleLayer[];
      const params = {
        layers: test.spec.layers.map((layer, l) => {
          const n = l + 1;
          if (layer.type === 'conv2d') return { A: values(`K${n}`), B: values(`b${n}`) };
          if (layer.type === 'dense') return { A: values(`W${n}`), B: values(`b${n}`) };
          if (layer.type === 'batchnorm') return { A: values(`gamma${n}`), B: values(`beta${n}`) };
          return null;
        }),
      } as Parameters<typeof oracle>[1];
      const [C, H, W] = test.spec.input;
      const inputs = Array.from({ length: B }, (_, s) =>
        nest(Array.from(data.inputs.subarray(s * C * H * W, (s + 1) * C * H * W)), [C, H, W]),
      ) as number[][][][];
      const targets = Array.from({ length: B }, (_, s) =>
        Array.from(data.targets.subarray(s * data.nOut, (s + 1) * data.nOut)),
      );
      const want = oracle(layers, params, inputs, targets, test.loss);

      expect(close(loss, want.loss), `loss ${loss} vs ${want.loss}`).toBe(true);
      let compared = 0;
      test.spec.layers.forEach((layer, l) => {
        const g = want.grads[l];
        if (!g) return;
        const n = l + 1;
        const names =
          layer.type === 'conv2d'
            ? [`K${n}`, `b${n}`]
            : layer.type === 'dense'
              ? [`W${n}`, `b${n}`]
              : [`gamma${n}`, `beta${n}`];
        names.forEach((name, k) => {
          const b = blocks.find((x) => x.name === name)!;
          g[k].forEach((value, e) => {
            expect(
              close(grads[b.offset + e], value),
              `${name}[${e}]: ${grads[b.offset + e]} vs ${value}`,
            ).toBe(true);
            compared += 1;
          });
        });
      });
      expect(compared).toBe(cnn.params.length);
      want.inputGrads.forEach((row, s) =>
        row.forEach((value, k) => {
          const got = batch.dx[s * row.length + k];
          expect(close(got, value), `input ${s}/${k}: ${got} vs ${value}`).toBe(true);
        }),
      );
    });
  }
});
