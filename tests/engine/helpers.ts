// Small builders shared by the engine tests.
import { createNetwork } from '../../src/engine/network';
import { createRng } from '../../src/engine/random';
import { createTrainer, type Trainer } from '../../src/engine/trainer';
import type { ActivationName, Dataset, TrainerConfig } from '../../src/engine/types';

export const baseConfig: TrainerConfig = {
  loss: 'squared-error',
  optimizer: { kind: 'sgd', learningRate: 0.5 },
  batch: { mode: 'online' },
  regularization: { kind: 'none' },
  dropout: 0,
  shuffle: false,
  trainBiases: true,
};

export function dataset(inputs: number[][], targets: number[][]): Dataset {
  return {
    n: inputs.length,
    nIn: inputs[0].length,
    nOut: targets[0].length,
    inputs: Float64Array.from(inputs.flat()),
    targets: Float64Array.from(targets.flat()),
    task: 'regression',
  };
}

export interface TrainerSpec {
  sizes: number[];
  activations: ActivationName[];
  weights?: number[][][];
  biases?: number[][];
  data: Dataset;
  config?: Partial<TrainerConfig>;
  seed?: number;
}

export function makeTrainer(spec: TrainerSpec): Trainer {
  const seed = spec.seed ?? 1;
  const net = createNetwork(
    {
      sizes: spec.sizes,
      activations: spec.activations,
      init: 'xavier-uniform',
      weights: spec.weights,
      biases: spec.biases,
    },
    createRng(seed, 'init'),
  );
  return createTrainer({
    net,
    data: spec.data,
    trainIndices: Uint32Array.from({ length: spec.data.n }, (_, k) => k),
    config: { ...baseConfig, ...spec.config },
    seed,
  });
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
