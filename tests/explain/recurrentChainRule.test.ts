// The chain rule through time adds up: each shared parameter's step terms sum to its sequence's
// gradient, their batch mean (plus regularization) is the trace's gradient, and a hidden
// state's δ is f′(a) times what its own output and step t+1 send back.
import { describe, expect, it } from 'vitest';
import { recurrentParamLabels } from '../../src/explain/recurrentExample';
import {
  recurrentParamRule,
  recurrentTarget,
  truncationNotes,
} from '../../src/explain/recurrentChainRule';
import { recurrentStateRule } from '../../src/explain/recurrentStateRule';
import { isRecurrentBlock } from '../../src/explain/recurrentTerms';
import type { RnnStepTrace } from '../../src/engine/recurrent/types';
import { rnnTrace, threeSequences, viewModelOf } from './recurrentFixtures';

/** Every entry of every block: the batch part of its rule equals the trace's gradient. */
function expectEveryGradient(trace: RnnStepTrace): void {
  const model = viewModelOf(trace);
  let k = 0;
  for (const block of trace.layout.blocks) {
    if (!isRecurrentBlock(block.name)) throw new Error(block.name);
    const [rows, cols] = block.shape;
    for (let r = 0; r < rows; r += 1)
      for (let c = 0; c < (cols ?? 1); c += 1) {
        const position = cols === undefined ? [r] : [r, c];
        const rule = recurrentParamRule(model, trace.samples[0], block.name, position);
        expect(rule.index).toBe(k);
        const batch = rule.batch!;
        expect(batch.perSample[0]).toBeCloseTo(rule.sum, 14);
        const want = trace.gradients[k];
        expect(Math.abs(batch.mean + (batch.regularization?.value ?? 0) - want)).toBeLessThan(
          1e-12 * Math.max(1, Math.abs(want)),
        );
        k += 1;
      }
  }
  expect(k).toBe(trace.gradients.length);
}

describe('recurrentParamRule', () => {
  it('Whh[1,2] of the contract example: ∂L/∂Whh = Σₜ δₜ[1]·hₜ₋₁[2], with h₀ = 0', async () => {
    const trace = await rnnTrace();
    const s = trace.samples[0];
    const rule = recurrentParamRule(viewModelOf(trace), s, 'Whh', [0, 1]);
    expect(rule.label).toBe('Whh (h1 ← h2)');
    expect(rule.terms).toHaveLength(4);
    expect(rule.terms[0].value).toBe(0);
    expect(rule.terms[2].value).toBe(s.steps[2].delta[0] * s.steps[1].h[1]);
    expect(rule.formula).toContain('\\sum_{t=1}^{4}');
    expect(rule.sum).toBeCloseTo(trace.gradients[rule.index], 14);
    expect(rule.truncation).toBeNull();
    expect(rule.batch?.clip).toBeNull();
    // sgd with η = 0.1: before − η g = after
    expect(rule.batch?.update.after).toBe(trace.after[rule.index]);
  });

  it('every entry of every block sums to the trace gradient: full BPTT', async () => {
    expectEveryGradient(await rnnTrace());
  });

  it('… with truncation, mean over time, L2 and a batch of three sequences', async () => {
    expectEveryGradient(
      await rnnTrace({
        ...threeSequences,
        sequence: {
          readout: 'every-step',
          lossOverTime: 'mean',
          bptt: { mode: 'truncated', k1: 2, k2: 3 },
        },
        regularization: { kind: 'l2', rate: 0.01 },
      }),
    );
  });

  it('… with a softmax readout under cross-entropy, last-step scoring and ReLU units', async () => {
    expectEveryGradient(
      await rnnTrace({
        ...threeSequences,
        network: {
          kind: 'rnn',
          inputs: 2,
          hidden: 3,
          outputs: 2,
          activation: 'relu',
          outputActivation: 'softmax',
        },
        loss: 'cross-entropy',
        sequence: { readout: 'last-step' },
        data: {
          kind: 'sequences',
          inputs: (threeSequences.data as { inputs: number[][][] }).inputs,
          targets: [
            [1, 0],
            [0, 1],
            [1, 0],
          ],
        },
      }),
    );
  });

  it('… with a sigmoid readout and no readout at all', async () => {
    expectEveryGradient(
      await rnnTrace({
        network: { ...contract(), outputActivation: 'sigmoid' },
      }),
    );
    expectEveryGradient(
      await rnnTrace({
        network: { kind: 'rnn', inputs: 1, hidden: 1, outputs: 1, readout: false },
      }),
    );
  });

  it('reports clipping: the applied gradient is the trace gradient times the factor', async () => {
    const trace = await rnnTrace({ optimizer: { kind: 'sgd', learningRate: 0.1, clipNorm: 0.01 } });
    const rule = recurrentParamRule(viewModelOf(trace), trace.samples[0], 'Wxh', [0, 0]);
    const clip = rule.batch!.clip!;
    expect(clip.factor).toBeLessThan(1);
    expect(clip.applied).toBeCloseTo(trace.gradients[rule.index] * clip.factor, 15);
    expect(rule.batch!.update.after).toBeCloseTo(trace.before[rule.index] - 0.1 * clip.applied, 14);
  });

  it('labels follow the worked example (recurrentParamLabels)', async () => {
    const trace = await rnnTrace();
    const labels = recurrentParamLabels(trace.layout.blocks);
    const rule = recurrentParamRule(viewModelOf(trace), trace.samples[0], 'Why', [0, 1]);
    expect(labels[rule.index]).toBe(rule.label);
  });
});

function contract() {
  return { kind: 'rnn', inputs: 1, hidden: 2, outputs: 1, activation: 'tanh' };
}

describe('recurrentStateRule', () => {
  it('δₜ = f′(aₜ)·(Whyᵀ∂L/∂zₜ + Whhᵀδₜ₊₁) at every step of full BPTT', async () => {
    const trace = await rnnTrace({ ...threeSequences });
    const model = viewModelOf(trace, { sampleIndex: 1 });
    const s = trace.samples[1];
    for (let t = 0; t < s.steps.length; t += 1)
      for (let j = 0; j < 3; j += 1) {
        const rule = recurrentStateRule(model, s, t, j);
        expect(rule.own.value + rule.recurrent.value).toBeCloseTo(rule.dLdh, 13);
        expect(rule.slope * rule.dLdh).toBeCloseTo(rule.delta, 13);
        expect(rule.slope).toBeCloseTo(1 - s.steps[t].h[j] ** 2, 14);
        if (t === s.steps.length - 1) expect(rule.recurrent.terms).toEqual([]);
      }
  });

  it('with truncation the part from t+1 is what the sweeps carried back', async () => {
    const trace = await rnnTrace({
      ...threeSequences,
      sequence: { bptt: { mode: 'truncated', k1: 1, k2: 1 } },
    });
    const s = trace.samples[1];
    const rule = recurrentStateRule(viewModelOf(trace, { sampleIndex: 1 }), s, 1, 0);
    // k2 = 1 drops every recurrent path
    expect(rule.recurrent.terms).toBeNull();
    expect(Math.abs(rule.recurrent.value)).toBeLessThan(1e-15);
    expect(rule.note).toMatch(/truncated/);
    expect(truncationNotes(s)?.[2]).toBe(
      'Sweep at t = 3 injects the losses of 3 and carries them back over step 3; what they would send back to steps 1–2 is dropped.',
    );
  });
});

describe('recurrentTarget', () => {
  it('defaults to Whh[1,1]; maps hₜ, output neurons and entries; refuses entries outside', async () => {
    const { layout } = await rnnTrace();
    expect(recurrentTarget(null, layout, 4, null)).toMatchObject({
      block: 'Whh',
      position: [0, 0],
    });
    expect(recurrentTarget({ kind: 'neuron', layer: 1, j: 1, t: 2 }, layout, 4, null)).toEqual({
      kind: 'state',
      t: 2,
      j: 1,
    });
    expect(recurrentTarget({ kind: 'neuron', layer: 1, j: 0 }, layout, 4, 1)).toMatchObject({
      t: 1,
    });
    expect(recurrentTarget({ kind: 'neuron', layer: 2, j: 0 }, layout, 4, null)).toMatchObject({
      block: 'by',
    });
    expect(
      recurrentTarget({ kind: 'entry', block: 'Wxh', position: [1, 0], t: 3 }, layout, 4, null),
    ).toEqual({ kind: 'param', block: 'Wxh', position: [1, 0], t: 3 });
    expect(
      recurrentTarget({ kind: 'entry', block: 'Wxh', position: [2, 0] }, layout, 4, null),
    ).toMatchObject({ block: 'Whh' });
  });
});
