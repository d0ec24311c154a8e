// The gate view and the gated chain rule agree with the engine: each gate's rebuilt
// pre-activation squashes to the traced gate, each δ's factors multiply to the traced δ, and
// a gate weight's terms (its gate's δ times its input) sum to the traced batch gradient —
// on lstm-gomez (where the published numbers are known) and on small GRUs of both conventions.
import { describe, expect, it } from 'vitest';
import type { GatedStepTrace } from '../../src/engine/recurrent/gatedTypes';
import { gatedForwardView, type GatedCellInput } from '../../src/explain/gatedCell';
import { gatedBackwardView } from '../../src/explain/gatedCellBack';
import { gatedParamRule, gatedTarget } from '../../src/explain/gatedChainRule';
import { dLdcNorms, gatedHighway } from '../../src/explain/gatedHighway';
import { getGatedPreset } from '../../src/scenario/gatedPresets';
import { createGatedRun } from '../../src/scenario/gatedRun';
import type { GatedScenario } from '../../src/scenario/gatedSchema';
import { loadSequences } from '../../src/data/sequences';
import { validateAppScenario, isGatedScenario } from '../../src/scenario/validate';

async function traced(input: unknown): Promise<GatedStepTrace> {
  const result = validateAppScenario(input);
  if (!result.ok || !isGatedScenario(result.scenario)) throw new Error('not a gated scenario');
  const s: GatedScenario = result.scenario;
  const data = await loadSequences(s.data, {
    readText: () => Promise.reject(new Error('no files')),
    seed: s.seed,
    nOut: s.network.outputs,
    readout: s.sequence.readout,
  });
  const r = createGatedRun(s, data).trainer.step(true);
  if (!r.ok || !r.trace) throw new Error('step failed');
  return r.trace;
}

const cellInput = (trace: GatedStepTrace, s = 0): GatedCellInput => ({
  spec: trace.spec,
  sequence: trace.sequence,
  layout: trace.layout,
  params: trace.before,
  sample: trace.samples[s],
});

const gomez = getGatedPreset('lstm-gomez')!.scenario;

function gru(convention: 'reset-after' | 'reset-before', readout: boolean): unknown {
  return {
    version: 1,
    seed: 3,
    network: {
      kind: 'gru',
      inputs: 2,
      hidden: 3,
      outputs: readout ? 2 : 3,
      readout,
      gru: convention,
    },
    sequence: { readout: 'every-step', lossOverTime: 'mean', bptt: { mode: 'full' } },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.1 },
    batch: { mode: 'full' },
    data: {
      kind: 'sequences',
      inputs: [
        [
          [1, -0.5],
          [0.25, 2],
          [-1, 0.5],
        ],
        [
          [0.3, 0.1],
          [-0.7, 0.2],
          [0.9, -0.4],
        ],
      ],
      targets: [
        [
          [0.2, 0.1, -0.3].slice(0, readout ? 2 : 3),
          [0.5, -0.2, 0.1].slice(0, readout ? 2 : 3),
          [0.1, 0.3, 0.2].slice(0, readout ? 2 : 3),
        ],
        [
          [-0.2, 0.4, 0.1].slice(0, readout ? 2 : 3),
          [0.3, 0.3, -0.1].slice(0, readout ? 2 : 3),
          [0, -0.5, 0.2].slice(0, readout ? 2 : 3),
        ],
      ],
    },
    split: { test: 0 },
    shuffle: false,
  };
}

describe('the gate view going forward', () => {
  it('rebuilds lstm-gomez’s published gates, cell state and output at both steps', async () => {
    const trace = await traced(gomez);
    const input = cellInput(trace);
    const published = [
      { g: 0.81775, i: 0.96083, f: 0.85195, o: 0.81757, c: 0.78572, h: 0.53631 },
      { g: 0.8498, i: 0.98118, f: 0.8703, o: 0.84993, c: 1.51764, h: 0.77198 },
    ];
    published.forEach((want, t) => {
      const rows = gatedForwardView(input, t, 0);
      expect(rows.map((r) => r.name)).toEqual(['i', 'f', 'g', 'o', 'c', 'h']);
      for (const row of rows) expect(row.value).toBeCloseTo(want[row.name as keyof typeof want], 4);
    });
  });

  it('writes each gate’s numbers so that they compute its traced value', async () => {
    const trace = await traced(gomez);
    const [i] = gatedForwardView(cellInput(trace), 0, 0);
    // i₁ = σ(0.95·1 + 0.8·2 + 0.8·0 + 0.65) = σ(3.2)
    expect(i.numeric).toContain('0.95\\cdot 1 + 0.8\\cdot 2');
    expect(i.numeric).toContain('\\sigma(3.2)');
    expect(i.value).toBeCloseTo(1 / (1 + Math.exp(-3.2)), 12);
  });

  it.each(['reset-after', 'reset-before'] as const)(
    'GRU %s: r, z, n and h as traced',
    async (conv) => {
      const trace = await traced(gru(conv, true));
      const input = cellInput(trace, 1);
      for (let t = 0; t < 3; t += 1)
        for (let j = 0; j < 3; j += 1) {
          const rows = gatedForwardView(input, t, j);
          expect(rows.map((r) => r.name)).toEqual(['r', 'z', 'n', 'h']);
          const pre = /\\tanh\(([-0-9.e]+)\) = /.exec(rows[2].numeric);
          expect(pre).not.toBeNull();
          expect(Math.tanh(Number(pre![1]))).toBeCloseTo(rows[2].value, 5);
        }
    },
  );
});

describe('the gate view coming back', () => {
  it('lstm-gomez: ∂L/∂h, ∂L/∂c and the gates’ δ match the post and multiply out', async () => {
    const trace = await traced(gomez);
    const input = cellInput(trace);
    const published = [
      { dLdh: 0.01803, dLdc: -0.05348, g: -0.01702, i: -0.00165, f: 0, o: 0.00176 },
      { dLdh: -0.47803, dLdc: -0.0711, g: -0.01938, i: -0.00112, f: -0.00631, o: -0.05538 },
    ];
    published.forEach((want, t) => {
      for (const row of gatedBackwardView(input, 'squared-error', t, 0)) {
        expect(row.value).toBeCloseTo(want[row.name as keyof typeof want], 4);
        expect(row.product).toBeCloseTo(row.value, 12);
      }
    });
  });

  it.each(['reset-after', 'reset-before'] as const)(
    'GRU %s: every δ is its factors’ product',
    async (conv) => {
      const trace = await traced(gru(conv, true));
      const input = cellInput(trace, 0);
      for (let t = 0; t < 3; t += 1)
        for (let j = 0; j < 3; j += 1)
          for (const row of gatedBackwardView(input, trace.loss, t, j))
            expect(row.product).toBeCloseTo(row.value, 12);
    },
  );
});

describe('the chain rule for a gate weight', () => {
  const check = (trace: GatedStepTrace) => {
    const input = { ...cellInput(trace), trace, sampleIndex: 0, fixedBiases: false };
    trace.layout.blocks.forEach((b) => {
      const position = b.shape.length === 2 ? [b.shape[0] - 1, b.shape[1] - 1] : [b.shape[0] - 1];
      const rule = gatedParamRule(input, trace.samples[0], b.name, position);
      expect(rule.batch).not.toBeNull();
      expect(rule.batch!.mean).toBeCloseTo(trace.gradients[rule.index], 12);
      expect(rule.sum).toBeCloseTo(
        rule.terms.reduce((s, term) => s + term.left * term.right, 0),
        14,
      );
    });
  };

  it('lstm-gomez: Σₜ δ·input of every block equals the traced gradient', async () =>
    check(await traced(gomez)));
  it('GRU reset-after with a readout', async () => check(await traced(gru('reset-after', true))));
  it('GRU reset-before without a readout', async () =>
    check(await traced(gru('reset-before', false))));

  it('names the forget gate’s ∂L/∂Whf as the sum of δf·hₜ₋₁ over time', async () => {
    const trace = await traced(gomez);
    const input = { ...cellInput(trace), trace, sampleIndex: 0, fixedBiases: false };
    const target = gatedTarget(null, trace.layout, true);
    expect(target.block).toBe('Whf');
    const rule = gatedParamRule(input, trace.samples[0], target.block, target.position);
    expect(rule.formula).toContain('\\sum_{t=1}^{2}');
    expect(rule.leftName).toBe('δfₜ[1]');
    expect(rule.rightName).toBe('hₜ₋₁[1]');
    // published updated U_f 0.10034 after SGD 0.1: gradient ≈ −0.0034
    expect(rule.batch!.update.after).toBeCloseTo(0.10034, 5);
  });
});

describe('the highway', () => {
  it('multiplies the forget gates from the last step back', async () => {
    const trace = await traced(gomez);
    const sample = trace.samples[0];
    const highway = gatedHighway(sample, true, 0);
    expect(highway.steps.map((s) => s.product)).toEqual([sample.steps[1].gates.f[0], 1]);
    expect(highway.sentence).toContain('t = 2');
    expect(dLdcNorms(sample).map((n) => n.norm)[1]).toBeCloseTo(0.0711, 4);
  });
});
