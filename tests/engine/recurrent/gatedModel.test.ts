// The gated Model under the one trainer: a batch of sequences of different lengths gives the
// mean of the oracle's per-sequence gradients, gradient clipping scales the step, and the
// statistics groups and activations are the gated layer's.
import { describe, expect, it } from 'vitest';
import { getGatedPreset } from '../../../src/scenario/gatedPresets';
import { createGatedRun } from '../../../src/scenario/gatedRun';
import type { GatedScenario } from '../../../src/scenario/gatedSchema';
import { isGatedScenario } from '../../../src/scenario/validate';
import { validateAnyScenario } from '../../../src/scenario/validateAny';
import { loadSequences } from '../../../src/data/sequences';
import { worstRelative } from './helpers/randomRnn';
import { blockNames, refGradient, type Blocks, type Kind } from './helpers/referenceGated';

const xs = [
  [
    [1, 0],
    [0.5, -1],
    [0, 2],
  ],
  [
    [0.2, 0.1],
    [1, 1],
    [-1, 0.5],
    [0.3, 0.3],
    [2, -2],
  ],
  [[0, 0]],
];
const ys = [[[0.1], [0.2], [0.3]], [[0], [0.5], [-0.5], [0.2], [0.4]], [[1]]];

async function run(kind: Kind, gru: 'reset-after' | 'reset-before', clipNorm?: number) {
  const result = validateAnyScenario({
    version: 1,
    seed: 7,
    network: { kind, inputs: 2, hidden: 2, outputs: 1, ...(kind === 'gru' ? { gru } : {}) },
    sequence: { readout: 'every-step', lossOverTime: 'mean', bptt: { mode: 'full' } },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.5, ...(clipNorm ? { clipNorm } : {}) },
    batch: { mode: 'full' },
    data: { kind: 'sequences', inputs: xs, targets: ys },
  });
  if (!result.ok || !isGatedScenario(result.scenario)) throw new Error('invalid');
  const s: GatedScenario = result.scenario;
  const data = await loadSequences(s.data, {
    readText: () => Promise.reject(new Error('no files')),
    seed: s.seed,
    nOut: 1,
    readout: 'every-step',
  });
  return createGatedRun(s, data);
}

/** The oracle's blocks from the run's flat parameters (contract order). */
function blocksOf(kind: Kind, params: Float64Array): Blocks {
  const shapes: Record<string, [number, number]> = {};
  for (const name of blockNames(kind, true)) {
    const rows = name === 'Why' || name === 'by' ? 1 : 2;
    shapes[name] = [rows, name.startsWith('W') ? 2 : 0];
  }
  let k = 0;
  const out: Blocks = {};
  for (const [name, [rows, cols]] of Object.entries(shapes))
    out[name] =
      cols === 0
        ? Array.from({ length: rows }, () => params[k++])
        : Array.from({ length: rows }, () => Array.from({ length: cols }, () => params[k++]));
  return out;
}

describe('the gated model under the trainer', () => {
  for (const [kind, gru] of [
    ['lstm', 'reset-after'],
    ['gru', 'reset-after'],
    ['gru', 'reset-before'],
  ] as const) {
    it(`${kind} ${kind === 'gru' ? gru : ''}: the batch gradient is the mean over sequences of different lengths`, async () => {
      const r = await run(kind, gru);
      const before = r.net.params.slice();
      const step = r.trainer.step(true);
      if (!step.ok || !step.trace) throw new Error('no trace');
      const blocks = blocksOf(kind, before);
      const mean = new Float64Array(before.length);
      xs.forEach((seq, s) => {
        const g = refGradient(
          {
            kind,
            gru,
            blocks,
            outputActivation: 'linear',
            readout: true,
            loss: 'squared-error',
            every: true,
            mean: true,
            bptt: { mode: 'full' },
          },
          { xs: seq, targets: ys[s] },
        );
        g.forEach((v, k) => (mean[k] += v / xs.length));
      });
      expect(worstRelative(step.trace.gradients, mean)).toBeLessThan(1e-9);
      expect(step.trace.samples.map((x) => x.steps.length).sort()).toEqual([1, 3, 5]);
    });
  }

  it('clipping scales the step to the clip norm', async () => {
    const free = await run('lstm', 'reset-after');
    const clipped = await run('lstm', 'reset-after', 1e-3);
    const a = free.trainer.step(true);
    const b = clipped.trainer.step(true);
    if (!a.ok || !b.ok || !a.trace || !b.trace) throw new Error('no trace');
    let norm = 0;
    for (let k = 0; k < b.trace.before.length; k += 1)
      norm += ((b.trace.before[k] - b.trace.after[k]) / 0.5) ** 2;
    expect(Math.sqrt(norm)).toBeCloseTo(1e-3, 12);
    expect(worstRelative(a.trace.gradients, b.trace.gradients)).toBeLessThan(1e-12);
  });

  it('groups statistics per gate and lets only the readout activation change', async () => {
    const r = await run('gru', 'reset-after');
    expect(r.model.statGroups.map((g) => g.blocks.map((b) => b.name))).toEqual([
      ['Wxr', 'Whr', 'br'],
      ['Wxz', 'Whz', 'bz'],
      ['Wxn', 'Whn', 'bxn', 'bhn'],
      ['Why', 'by'],
    ]);
    expect(r.model.activationNames()).toEqual(['linear']);
    expect(() => r.model.setActivations(['tanh', 'linear'])).toThrow(RangeError);
    expect(getGatedPreset('gru-memory')).toBeDefined();
  });
});
