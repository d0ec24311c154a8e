// The engine's nets in TensorFlow.js ops (tfjs-core, float32), for the oracle tests: the
// activations, the losses of contracts.md averaged over a batch, and the L1/L2 penalties.
import * as tf from '@tensorflow/tfjs-core';
import type { ActivationName, LossName, RegularizationConfig } from '../../../src/engine/types';

export function tfActivation(name: ActivationName, z: tf.Tensor): tf.Tensor {
  switch (name) {
    case 'sigmoid':
      return tf.sigmoid(z);
    case 'tanh':
      return tf.tanh(z);
    case 'relu':
      return tf.relu(z);
    case 'leaky-relu':
      return tf.leakyRelu(z, 0.01);
    case 'linear':
      return z;
    case 'softmax':
      return tf.softmax(z);
  }
}

/** Per-sample losses of contracts.md, averaged over the batch. */
export function tfLoss(
  loss: LossName,
  output: ActivationName,
  y: tf.Tensor,
  t: tf.Tensor,
): tf.Scalar {
  const k = y.shape[1] ?? 1;
  switch (loss) {
    case 'squared-error':
      return tf.mean(tf.mul(0.5, tf.sum(tf.square(tf.sub(y, t)), 1)));
    case 'mse':
      return tf.mean(tf.div(tf.sum(tf.square(tf.sub(y, t)), 1), k));
    case 'cross-entropy':
      if (output === 'softmax') return tf.mean(tf.neg(tf.sum(tf.mul(t, tf.log(y)), 1)));
      return tf.mean(
        tf.neg(tf.sum(tf.add(tf.mul(t, tf.log(y)), tf.mul(tf.sub(1, t), tf.log(tf.sub(1, y)))), 1)),
      );
  }
}

/** The net's output for the rows of x, in tfjs ops (W as [nOut, nIn], like the engine). */
export function tfForward(
  Ws: tf.Variable[],
  bs: tf.Variable[],
  activations: readonly ActivationName[],
  x: number[][],
): tf.Tensor {
  let a: tf.Tensor = tf.tensor2d(x);
  Ws.forEach((W, l) => {
    a = tfActivation(activations[l], tf.add(tf.matMul(a, tf.transpose(W)), bs[l]));
  });
  return a;
}

/** L2 (rate/2)·Σw² or L1 rate·Σ|w| over the weight matrices (never the biases). */
export function tfPenalty(Ws: tf.Variable[], reg: RegularizationConfig): tf.Scalar {
  if (reg.kind === 'none') return tf.scalar(0);
  const sums = Ws.map((W) => (reg.kind === 'l2' ? tf.sum(tf.square(W)) : tf.sum(tf.abs(W))));
  return tf.mul(reg.kind === 'l2' ? 0.5 * reg.rate : reg.rate, tf.addN(sums));
}
