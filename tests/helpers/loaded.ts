// What a worker answers when a run has loaded, for store-side tests that play the worker:
// the summary of a 2-2-1 net on XOR and its first frame. Test-only: never imported by src/.
import type { Frame, RunSummary } from '../../src/protocol/messages';

/** The run summary of a 2-2-1 tanh/sigmoid net on the four XOR points. */
export const xorSummary = (title = 'XOR'): RunSummary => ({
  title,
  description: null,
  sizes: [2, 2, 1],
  activations: ['tanh', 'sigmoid'],
  loss: 'cross-entropy',
  optimizer: { kind: 'sgd', learningRate: 0.5 },
  batch: { mode: 'full' },
  regularization: { kind: 'none' },
  dropout: 0,
  seed: 1,
  task: 'classification',
  nTrain: 4,
  nTest: 0,
  featureNames: ['x1', 'x2'],
  classNames: null,
  dataLabel: 'xor',
});

/** That run's frame before its first update. */
export const firstFrame = (): Frame => ({
  update: 0,
  epoch: 0,
  playing: false,
  batchLoss: NaN,
  train: { loss: 0.7, accuracy: 0.5, atUpdate: 0 },
  test: null,
  gradNorm: new Float64Array(2).fill(NaN),
  updateRatio: new Float64Array(2).fill(NaN),
  params: new Float64Array(9),
  appliedFrom: null,
});
