// A sequence model's live settings: after setSequence, its gradient is exactly that of a model
// built with those settings (LSTM, GRU, RNN); the readout mode cannot change (the data's
// targets are shaped by it) and a refused change leaves the settings as they were.
import { describe, expect, it } from 'vitest';
import type { SequenceConfig } from '../../../src/engine/recurrent/types';
import { createGatedRun } from '../../../src/scenario/gatedRun';
import { createRecurrentRun } from '../../../src/scenario/recurrentRun';
import { isGatedScenario, isRecurrentScenario } from '../../../src/scenario/validate';
import { validateAnyScenario } from '../../../src/scenario/validateAny';
import { loadSequences } from '../../../src/data/sequences';

const FULL: SequenceConfig = {
  readout: 'every-step',
  lossOverTime: 'mean',
  bptt: { mode: 'full' },
};
const TRUNCATED: SequenceConfig = {
  readout: 'every-step',
  lossOverTime: 'sum',
  bptt: { mode: 'truncated', k1: 2, k2: 2 },
};

async function modelOf(kind: 'lstm' | 'gru' | 'rnn', sequence: SequenceConfig) {
  const result = validateAnyScenario({
    version: 1,
    seed: 3,
    network: { kind, inputs: 1, hidden: 3, outputs: 1 },
    sequence,
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { mode: 'full' },
    data: {
      kind: 'sequences',
      inputs: [[[1], [-0.5], [0.25], [2], [0.1]]],
      targets: [[[0.3], [-0.1], [0.2], [0.4], [0]]],
    },
    split: { test: 0 },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const s = result.scenario;
  const data = await loadSequences(s.data as never, {
    readText: () => Promise.reject(new Error('no files')),
    seed: 3,
    nOut: 1,
    readout: sequence.readout,
  });
  if (isGatedScenario(s)) return createGatedRun(s, data).model;
  if (isRecurrentScenario(s)) return createRecurrentRun(s, data).model;
  throw new Error('not a sequence scenario');
}

const gradientOf = (model: Awaited<ReturnType<typeof modelOf>>) => {
  const grads = new Float64Array(model.params.length);
  const loss = model.accumulate(0, grads, { loss: 'squared-error', dropout: 0, rng: null });
  return { loss, grads: Array.from(grads) };
};

describe('setSequence', () => {
  it.each(['lstm', 'gru', 'rnn'] as const)(
    '%s: equals a model built with the settings',
    async (kind) => {
      const live = await modelOf(kind, FULL);
      const full = gradientOf(live);
      live.setSequence(TRUNCATED);
      expect(live.sequenceConfig()).toEqual(TRUNCATED);
      const changed = gradientOf(live);
      expect(changed).toEqual(gradientOf(await modelOf(kind, TRUNCATED)));
      expect(changed.grads).not.toEqual(full.grads);
    },
  );

  it('refuses a new readout mode and keeps the settings', async () => {
    const live = await modelOf('gru', FULL);
    expect(() => live.setSequence({ ...TRUNCATED, readout: 'last-step' })).toThrow(
      /readout is the data's/,
    );
    expect(live.sequenceConfig()).toEqual(FULL);
  });
});
