// A loose extra check against TensorFlow.js (CPU backend, float32 only, so ~1e-4 relative):
// conv2d ('same' padding), batch norm from tf.moments in training mode, max pooling and a
// dense softmax layer, gradients of the batch's summed cross-entropy through tf.grads, for
// every parameter and the input. The tight check is the float64 oracle (cnn.oracle.test.ts).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-core/dist/register_all_gradients';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  cnnBackward,
  cnnForward,
  cnnLoss,
  createCnnBatch,
  loadBatch,
} from '../../../src/engine/conv/cnn';
import type { CnnSpec } from '../../../src/engine/conv/types';
import { randomCnn, randomData } from './helpers';

beforeAll(async () => {
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
});

const spec: CnnSpec = {
  input: [2, 5, 5],
  layers: [
    { type: 'conv2d', filters: 3, size: 3, stride: 1, padding: 1, activation: 'tanh' },
    { type: 'batchnorm', epsilon: 1e-3, momentum: 0.1 },
    { type: 'maxpool', size: 2, stride: 2 },
    { type: 'flatten' },
    { type: 'dense', units: 3, activation: 'softmax' },
  ],
};

function expectClose(ours: ArrayLike<number>, theirs: ArrayLike<number>, what: string): void {
  expect(ours.length, what).toBe(theirs.length);
  for (let k = 0; k < ours.length; k += 1) {
    const tol = 1e-4 * Math.max(Math.abs(ours[k]), Math.abs(theirs[k])) + 1e-5;
    expect(Math.abs(ours[k] - theirs[k]), `${what}[${k}]: ${ours[k]} vs ${theirs[k]}`).toBeLessThan(
      tol,
    );
  }
}

describe('CNN engine vs tfjs (float32, loose)', () => {
  it('agrees on the loss and every gradient, batch norm in training mode', () => {
    const B = 4;
    const cnn = randomCnn(spec, 5);
    const data = randomData(5, B, 50, 3, 'classification');
    const batch = createCnnBatch(cnn, B, 3);
    loadBatch(batch, data, [0, 1, 2, 3], 0, B);
    cnnForward(cnn, cnn.params, batch, true);
    const loss = cnnLoss(cnn, batch, 'cross-entropy');
    const grads = new Float64Array(cnn.params.length);
    cnnBackward(cnn, cnn.params, batch, grads, true);

    const block = (name: string) => {
      const b = cnn.layout.blocks.find((x) => x.name === name)!;
      return { b, values: Float32Array.from(cnn.params.subarray(b.offset, b.offset + b.size)) };
    };
    const K1 = block('K1');
    const b1 = block('b1');
    const g2 = block('gamma2');
    const be2 = block('beta2');
    const W5 = block('W5');
    const b5 = block('b5');
    // engine layouts → tfjs's: NCHW → NHWC, K [F][C][k][k] → [k][k][C][F], W [out][in] → [in][out]
    const x = tf.transpose(tf.tensor4d(Float32Array.from(data.inputs), [B, 2, 5, 5]), [0, 2, 3, 1]);
    const y = tf.tensor2d(Float32Array.from(data.targets), [B, 3]);
    const args = [
      x,
      tf.transpose(tf.tensor4d(K1.values, [3, 2, 3, 3]), [2, 3, 1, 0]),
      tf.tensor1d(b1.values),
      tf.tensor1d(g2.values),
      tf.tensor1d(be2.values),
      tf.transpose(tf.tensor2d(W5.values, [3, 12])),
      tf.tensor1d(b5.values),
    ];
    const f = (...t: tf.Tensor[]): tf.Scalar => {
      const [xt, K, kb, gamma, beta, W, b] = t;
      const a = tf.tanh(tf.add(tf.conv2d(xt as tf.Tensor4D, K as tf.Tensor4D, 1, 'same'), kb));
      const { mean, variance } = tf.moments(a, [0, 1, 2]);
      const n = tf.add(
        tf.mul(gamma, tf.div(tf.sub(a, mean), tf.sqrt(tf.add(variance, 1e-3)))),
        beta,
      );
      const p = tf.maxPool(n as tf.Tensor4D, [2, 2], [2, 2], 'valid');
      const flat = tf.reshape(tf.transpose(p, [0, 3, 1, 2]), [B, 12]);
      const z = tf.add(tf.matMul(flat, W as tf.Tensor2D), b);
      return tf.neg(tf.sum(tf.mul(y, tf.logSoftmax(z))));
    };
    const tfLoss = f(...args).dataSync()[0];
    const g = tf
      .grads(f)(args)
      .map((t) => t.dataSync());
    expect(Math.abs(loss - tfLoss)).toBeLessThan(1e-4 * Math.abs(loss));
    const nchw = tf.transpose(tf.tensor4d(g[0], [B, 5, 5, 2]), [0, 3, 1, 2]).dataSync();
    expectClose(batch.dx.slice(0, B * 50), nchw, 'input');
    const kernel = tf.transpose(tf.tensor4d(g[1], [3, 3, 2, 3]), [3, 2, 0, 1]).dataSync();
    expectClose(grads.subarray(K1.b.offset, K1.b.offset + K1.b.size), kernel, 'K1');
    expectClose(grads.subarray(b1.b.offset, b1.b.offset + 3), g[2], 'b1');
    expectClose(grads.subarray(g2.b.offset, g2.b.offset + 3), g[3], 'gamma2');
    expectClose(grads.subarray(be2.b.offset, be2.b.offset + 3), g[4], 'beta2');
    const dense = tf.transpose(tf.tensor2d(g[5], [12, 3])).dataSync();
    expectClose(grads.subarray(W5.b.offset, W5.b.offset + W5.b.size), dense, 'W5');
    expectClose(grads.subarray(b5.b.offset, b5.b.offset + 3), g[6], 'b5');
  });
});
