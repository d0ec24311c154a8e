// The 2-2-1 worked example as test fixtures: x = (0.35, 0.7), t = 0.5, W1 = [[0.2, 0.2],
// [0.3, 0.3]], W2 = [[0.3, 0.9]], zero biases that are not trained, ½(y − t)², learning
// rate 1 (the numbers of the two-two-one preset). Test-only: never imported by src/.
import type { Trainer } from '../../src/engine/trainer';
import type { StepTrace } from '../../src/engine/types';
import { dataset, makeTrainer, type TrainerSpec } from '../engine/helpers';

/** The example's numbers; arrays are fresh on every call, so a test may change its copy. */
export const twoTwoOneNumbers = () => ({
  input: [0.35, 0.7],
  target: [0.5],
  weights: [
    [
      [0.2, 0.2],
      [0.3, 0.3],
    ],
    [[0.3, 0.9]],
  ],
  biases: [[0, 0], [0]],
});

/** The example as a trainer spec: sigmoid layers, plain SGD at rate 1, fixed biases. */
export function twoTwoOneSpec(): TrainerSpec {
  const { input, target, weights, biases } = twoTwoOneNumbers();
  return {
    sizes: [2, 2, 1],
    activations: ['sigmoid', 'sigmoid'],
    weights,
    biases,
    data: dataset([input], [target]),
    config: { optimizer: { kind: 'sgd', learningRate: 1 }, trainBiases: false },
  };
}

/** A fresh trainer on the example, before its first update. */
export const makeTwoTwoOne = (): Trainer => makeTrainer(twoTwoOneSpec());

/** The trace of the example's first update. */
export function twoTwoOneTrace(): StepTrace {
  const r = makeTwoTwoOne().step(true);
  if (!r.ok || !r.trace) throw new Error('the 2-2-1 step failed');
  return r.trace;
}
