// The random scenarios the export's parity tests share (fast-check arbitraries): every
// optimizer, and recurrent scenarios (RNN, LSTM, GRU both ways) with full BPTT. Test-only.
import fc from 'fast-check';
import type { LossName } from '../../src/engine/types';

export const optimizer = fc.oneof(
  fc.record({
    kind: fc.constant('sgd' as const),
    learningRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('momentum' as const),
    learningRate: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
    momentum: fc.double({ min: 0, max: 0.95, noNaN: true }),
    nesterov: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('rmsprop' as const),
    learningRate: fc.double({ min: 0.001, max: 0.05, noNaN: true }),
    decay: fc.double({ min: 0.5, max: 0.999, noNaN: true }),
    epsilon: fc.constantFrom(1e-8, 1e-6),
  }),
  fc.record({
    kind: fc.constant('adam' as const),
    learningRate: fc.double({ min: 0.001, max: 0.05, noNaN: true }),
    beta1: fc.double({ min: 0.5, max: 0.95, noNaN: true }),
    beta2: fc.double({ min: 0.9, max: 0.9999, noNaN: true }),
    epsilon: fc.constantFrom(1e-8, 1e-7),
  }),
);

/** The training options every random scenario draws: regularization on weights, clipping,
 * trained or fixed biases, shuffling and an optimizer (spread into an fc.record). */
export const trainingOptions = {
  regularization: fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc.record({
      kind: fc.constantFrom('l1' as const, 'l2' as const),
      rate: fc.double({ min: 0.001, max: 0.1, noNaN: true }),
    }),
  ),
  clipNorm: fc.option(fc.double({ min: 0.05, max: 2, noNaN: true }), { nil: undefined }),
  trainBiases: fc.boolean(),
  shuffle: fc.boolean(),
  optimizer,
};

/** Online, full batch, or mini-batches of 2 or 3. */
export const batchMode = fc.oneof(
  fc.constant({ mode: 'online' as const }),
  fc.constant({ mode: 'full' as const }),
  fc.record({ mode: fc.constant('minibatch' as const), size: fc.integer({ min: 2, max: 3 }) }),
);

export const rnnScenario = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    kind: fc.constantFrom('rnn', 'lstm', 'gru', 'gru-reset-before'),
    nIn: fc.integer({ min: 1, max: 2 }),
    hidden: fc.integer({ min: 1, max: 3 }),
    activation: fc.constantFrom('tanh', 'relu', 'sigmoid', 'linear'),
    head: fc.constantFrom(
      ['squared-error', 'linear', 1],
      ['mse', 'tanh', 2],
      ['cross-entropy', 'sigmoid', 1],
      ['cross-entropy', 'softmax', 2],
      ['squared-error', null, 0],
    ) as fc.Arbitrary<[LossName, string | null, number]>,
    readout: fc.constantFrom('every-step' as const, 'last-step' as const),
    lossOverTime: fc.constantFrom('sum' as const, 'mean' as const),
    lengths: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
    batch: batchMode,
    ...trainingOptions,
    values: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 32, maxLength: 32 }),
  })
  .map((r) => {
    const [loss, output, nOut] = r.head;
    const outputs = output === null ? r.hidden : nOut;
    let k = 0;
    const next = (): number => r.values[k++ % r.values.length];
    const row = (s: number): number[] =>
      Array.from({ length: outputs }, (_, j) =>
        output === 'softmax'
          ? j === s % outputs
            ? 1
            : 0
          : loss === 'cross-entropy'
            ? (next() + 1) / 2
            : next(),
      );
    return {
      version: 1,
      title: 'random rnn',
      seed: r.seed,
      network: {
        kind: r.kind === 'gru-reset-before' ? 'gru' : r.kind,
        inputs: r.nIn,
        hidden: r.hidden,
        outputs,
        ...(r.kind === 'rnn' ? { activation: r.activation } : {}),
        ...(r.kind === 'gru-reset-before' ? { gru: 'reset-before' } : {}),
        readout: output !== null,
        ...(output === null ? {} : { outputActivation: output }),
        trainBiases: r.trainBiases,
      },
      sequence: { readout: r.readout, lossOverTime: r.lossOverTime, bptt: { mode: 'full' } },
      loss,
      optimizer: r.clipNorm === undefined ? r.optimizer : { ...r.optimizer, clipNorm: r.clipNorm },
      batch: r.batch,
      regularization: r.regularization,
      data: {
        kind: 'sequences',
        inputs: r.lengths.map((T) =>
          Array.from({ length: T }, () => Array.from({ length: r.nIn }, next)),
        ),
        targets: r.lengths.map((T, s) =>
          r.readout === 'every-step' ? Array.from({ length: T }, () => row(s)) : row(s),
        ),
      },
      split: { test: 0 },
      shuffle: r.shuffle,
    };
  });
