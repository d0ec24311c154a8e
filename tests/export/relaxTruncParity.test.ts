// The exports written as explicit tensor code rather than torch modules, against the engine:
// random fixed-point scenarios (every activation, loss, optimizer, batch mode, tolerance and
// start), and truncated BPTT(k1, k2) on RNN, LSTM and GRU (both conventions) — presets and
// random scenarios — each script, run under /usr/bin/python3 with torch, prints the engine's
// losses within 1e-10 relative and ends at its parameters within 1e-10. A fixed-point script
// whose relaxation does not settle exits 3 with the CLI's own message.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LossName } from '../../src/engine/types';
import { RECURRENT_PRESETS } from '../../src/scenario';
import { GATED_PRESETS } from '../../src/scenario/gatedPresets';
import { batchMode, rnnScenario, trainingOptions } from './arbitraries';
import { compare, engineSide, maxRelDiff, torchMissing } from './parity';

const UPDATES = 5;
const FIXED_POINT_RUNS = 10;
const TRUNCATED_RUNS = 12;
const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'] as const;

const fixedPointScenario = fc
  .record({
    seed: fc.integer({ min: 0, max: 1_000_000 }),
    units: fc.integer({ min: 1, max: 4 }),
    inputs: fc.integer({ min: 1, max: 3 }),
    outputs: fc.integer({ min: 1, max: 2 }),
    activation: fc.constantFrom(...ACTIVATIONS),
    loss: fc.constantFrom<LossName>('squared-error', 'mse', 'cross-entropy'),
    tolerance: fc.constantFrom(1e-12, 1e-10, 1e-8),
    start: fc.boolean(),
    drawVb: fc.boolean(),
    samples: fc.integer({ min: 2, max: 5 }),
    batch: batchMode,
    ...trainingOptions,
    values: fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: 48, maxLength: 48 }),
  })
  .map((r) => {
    const N = r.units;
    // Cross-entropy needs outputs in (0, 1): sigmoid units.
    const activation = r.loss === 'cross-entropy' ? 'sigmoid' : r.activation;
    const outputUnits = Array.from({ length: Math.min(r.outputs, N) }, (_, k) => N - 1 - k);
    let k = 0;
    const next = (): number => r.values[k++ % r.values.length];
    // |W| row sums below 0.8 and |f′| ≤ 1: both relaxations contract, whatever the activation.
    const W = Array.from({ length: N }, () => Array.from({ length: N }, () => (0.8 * next()) / N));
    const V = Array.from({ length: N }, () => Array.from({ length: r.inputs }, next));
    const b = Array.from({ length: N }, () => 0.5 * next());
    const target = (): number => (r.loss === 'cross-entropy' ? (next() + 1) / 2 : next());
    return {
      version: 1,
      title: 'random fixed-point',
      seed: r.seed,
      network: {
        kind: 'fixed-point',
        units: N,
        inputs: r.inputs,
        outputUnits,
        activation,
        init: 'xavier-uniform',
        weights: r.drawVb ? { W } : { W, V, b },
        relaxation: {
          ...(r.start ? { start: Array.from({ length: N }, next) } : {}),
          tolerance: r.tolerance,
          maxIterations: 1000,
        },
        trainBiases: r.trainBiases,
      },
      loss: r.loss,
      optimizer: r.clipNorm === undefined ? r.optimizer : { ...r.optimizer, clipNorm: r.clipNorm },
      batch: r.batch,
      regularization: r.regularization,
      data: {
        kind: 'inline',
        inputs: Array.from({ length: r.samples }, () => Array.from({ length: r.inputs }, next)),
        targets: Array.from({ length: r.samples }, () => outputUnits.map(target)),
      },
      split: { test: 0 },
      shuffle: r.shuffle,
    };
  });

type Bptt = { mode: 'full' } | { mode: 'truncated'; k1: number; k2: number };
const truncate = <S extends { sequence: object }>(s: S, bptt: Bptt): S => ({
  ...s,
  sequence: { ...s.sequence, bptt },
});

const truncatedScenario = fc
  .tuple(rnnScenario, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }))
  .map(([s, k1, extra]) => truncate(s, { mode: 'truncated', k1, k2: k1 + extra }));

/** The recurrent presets (GRU both ways) under a few truncations, k2 below their lengths. */
function truncatedPresets(): { sequence: object }[] {
  const gru = GATED_PRESETS.filter((p) => p.scenario.network.kind === 'gru');
  const presets = [
    ...RECURRENT_PRESETS,
    ...GATED_PRESETS,
    ...gru.map((p) => ({
      ...p,
      scenario: { ...p.scenario, network: { ...p.scenario.network, gru: 'reset-before' } },
    })),
  ];
  const cuts: Extract<Bptt, { mode: 'truncated' }>[] = [
    { mode: 'truncated', k1: 1, k2: 1 },
    { mode: 'truncated', k1: 2, k2: 3 },
    { mode: 'truncated', k1: 3, k2: 3 },
  ];
  return presets.map((p, n) =>
    truncate({ ...p.scenario, sequence: p.scenario.sequence ?? {} }, cuts[n % cuts.length]),
  );
}

describe('export → PyTorch: fixed-point nets and truncated BPTT', () => {
  it('reproduce the engine’s losses and final parameters', async () => {
    const missing = torchMissing();
    expect(missing, missing ?? '').toBeNull();
    await compare(
      [
        ...fc.sample(fixedPointScenario, { seed: 15, numRuns: FIXED_POINT_RUNS }),
        ...fc.sample(truncatedScenario, { seed: 15, numRuns: TRUNCATED_RUNS }),
        ...truncatedPresets(),
      ],
      'random fixed-point, random truncated-BPTT and truncated preset',
      UPDATES,
    );
  }, 180_000);

  it('are checked on truncations that change the numbers (full BPTT would not pass)', async () => {
    for (const scenario of truncatedPresets()) {
      const truncated = await engineSide(scenario, 2);
      const full = await engineSide(truncate(scenario, { mode: 'full' }), 2);
      expect(
        maxRelDiff(truncated.params, full.params, 1),
        JSON.stringify(scenario),
      ).toBeGreaterThan(1e-8);
    }
  });
});
