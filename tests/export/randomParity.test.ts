// Random MLP, recurrent (RNN, LSTM, GRU both ways) and CNN scenarios (fast-check, seeded): every optimizer, batch mode, regularization,
// dropout, loss and activation, clipping, frozen biases, shuffling over several epochs — each
// exported script, run under /usr/bin/python3 with torch, prints the engine's losses within
// 1e-10 relative and ends at its parameters within 1e-10. Without torch this fails.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActivationName, LossName } from '../../src/engine/types';
import { optimizer, rnnScenario, trainingOptions } from './arbitraries';
import { compare, torchMissing } from './parity';

const UPDATES = 6;
const RUNS = 24;
const RNN_RUNS = 16;
const CNN_RUNS = 12;
const HIDDEN: ActivationName[] = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'];

const scenario = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    hidden: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 0, maxLength: 2 }),
    hiddenActs: fc.array(fc.constantFrom(...HIDDEN), { minLength: 2, maxLength: 2 }),
    nIn: fc.integer({ min: 1, max: 3 }),
    nOut: fc.integer({ min: 1, max: 3 }),
    head: fc.constantFrom(
      ['cross-entropy', 'sigmoid'],
      ['cross-entropy', 'softmax'],
      ['squared-error', 'sigmoid'],
      ['squared-error', 'linear'],
      ['mse', 'tanh'],
      ['mse', 'softmax'],
    ) as fc.Arbitrary<[LossName, ActivationName]>,
    samples: fc.integer({ min: 2, max: 7 }),
    batch: fc.oneof(
      fc.constant({ mode: 'online' as const }),
      fc.constant({ mode: 'full' as const }),
      fc.record({ mode: fc.constant('minibatch' as const), size: fc.integer({ min: 2, max: 4 }) }),
    ),
    regularization: fc.oneof(
      fc.constant({ kind: 'none' as const }),
      fc.record({
        kind: fc.constantFrom('l1' as const, 'l2' as const),
        rate: fc.double({ min: 0.001, max: 0.1, noNaN: true }),
      }),
    ),
    dropout: fc.constantFrom(0, 0, 0.3, 0.5),
    clipNorm: fc.option(fc.double({ min: 0.05, max: 2, noNaN: true }), { nil: undefined }),
    trainBiases: fc.boolean(),
    shuffle: fc.boolean(),
    optimizer,
    values: fc.array(fc.double({ min: -2, max: 2, noNaN: true }), { minLength: 64, maxLength: 64 }),
  })
  .map((r) => {
    const [loss, output] = r.head;
    const nOut = output === 'softmax' ? Math.max(2, r.nOut) : r.nOut;
    const layers = [r.nIn, ...r.hidden, nOut];
    let k = 0;
    const next = (): number => r.values[k++ % r.values.length];
    const inputs = Array.from({ length: r.samples }, () => Array.from({ length: r.nIn }, next));
    const targets = Array.from({ length: r.samples }, (_, s) =>
      Array.from({ length: nOut }, (_, j) =>
        output === 'softmax'
          ? j === s % nOut
            ? 1
            : 0
          : loss === 'cross-entropy'
            ? (next() + 2) / 4
            : next(),
      ),
    );
    return {
      version: 1,
      title: 'random',
      seed: r.seed,
      network: {
        kind: 'mlp',
        layers,
        activations: [...r.hidden.map((_, l) => r.hiddenActs[l]), output],
        init: 'xavier-uniform',
        trainBiases: r.trainBiases,
      },
      loss,
      optimizer: r.clipNorm === undefined ? r.optimizer : { ...r.optimizer, clipNorm: r.clipNorm },
      batch: r.batch,
      regularization: r.regularization,
      dropout: r.dropout,
      data: { kind: 'inline', inputs, targets },
      split: { test: 0 },
      shuffle: r.shuffle,
    };
  });

const cnnScenario = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    channels: fc.integer({ min: 1, max: 2 }),
    filters: fc.integer({ min: 1, max: 2 }),
    size: fc.integer({ min: 2, max: 3 }),
    stride: fc.integer({ min: 1, max: 2 }),
    padding: fc.integer({ min: 0, max: 1 }),
    convAct: fc.constantFrom(...HIDDEN),
    pool: fc.constantFrom(null, 'maxpool' as const, 'avgpool' as const),
    batchnorm: fc.constantFrom(null, 'conv' as const, 'dense' as const),
    head: fc.constantFrom(
      ['cross-entropy', 'softmax'],
      ['cross-entropy', 'sigmoid'],
      ['mse', 'linear'],
    ) as fc.Arbitrary<[LossName, ActivationName]>,
    batch: fc.constantFrom({ mode: 'full' as const }, { mode: 'minibatch' as const, size: 2 }),
    ...trainingOptions,
    values: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
  })
  .map((r) => {
    const [loss, output] = r.head;
    const classes = 2;
    let k = 0;
    const next = (): number => r.values[k++ % r.values.length];
    const nIn = r.channels * 25; // 5×5 images
    const layers: unknown[] = [
      {
        type: 'conv2d',
        filters: r.filters,
        size: r.size,
        stride: r.stride,
        padding: r.padding,
        activation: r.convAct,
      },
      ...(r.pool ? [{ type: r.pool, size: 2, stride: 1 }] : []),
      ...(r.batchnorm === 'conv' ? [{ type: 'batchnorm' }] : []),
      { type: 'flatten' },
      ...(r.batchnorm === 'dense'
        ? [{ type: 'dense', units: 3, activation: r.convAct }, { type: 'batchnorm' }]
        : []),
      { type: 'dense', units: classes, activation: output },
    ];
    return {
      version: 1,
      title: 'random cnn',
      seed: r.seed,
      network: { kind: 'cnn', input: [r.channels, 5, 5], layers, trainBiases: r.trainBiases },
      loss,
      optimizer: r.clipNorm === undefined ? r.optimizer : { ...r.optimizer, clipNorm: r.clipNorm },
      batch: r.batch,
      regularization: r.regularization,
      data: {
        kind: 'inline',
        inputs: Array.from({ length: 4 }, () => Array.from({ length: nIn }, next)),
        targets: Array.from({ length: 4 }, (_, s) =>
          Array.from({ length: classes }, (_, j) =>
            output === 'softmax'
              ? j === s % classes
                ? 1
                : 0
              : loss === 'cross-entropy'
                ? (next() + 1) / 2
                : next(),
          ),
        ),
      },
      split: { test: 0 },
      shuffle: r.shuffle,
    };
  });

describe('export → PyTorch: random scenarios', () => {
  // One Python process for all of them: importing torch takes seconds.
  it('MLP, RNN, LSTM, GRU and CNN: reproduce the engine’s losses and final parameters', async () => {
    const missing = torchMissing();
    expect(missing, missing ?? '').toBeNull();
    await compare(
      [
        ...fc.sample(scenario, { seed: 15, numRuns: RUNS }),
        ...fc.sample(rnnScenario, { seed: 15, numRuns: RNN_RUNS }),
        ...fc.sample(cnnScenario, { seed: 15, numRuns: CNN_RUNS }),
      ],
      'random MLP, recurrent and CNN',
      UPDATES,
    );
  }, 120_000);
});
