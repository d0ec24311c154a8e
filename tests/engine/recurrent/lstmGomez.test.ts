// The lstm-gomez preset reproduces the widely-read step-by-step LSTM example (A. Gomez,
// "Backpropogating an LSTM: A Numerical Example", 2016): its forward values, its deltas and
// its updated weights. Each published number is checked twice — the independent oracle
// (helpers/referenceGated.ts) computes it from the equations, and the engine's one traced
// SGD step must agree with the oracle to 1e-12. The post computes from rounded intermediates,
// so the published numbers are matched within 1.5 units of their last (5th) decimal; its
// output at t = 1 (0.77197, exactly 0.7719811…) is not the exact value correctly rounded.
import { describe, expect, it } from 'vitest';
import type { GatedStepTrace } from '../../../src/engine/recurrent/gatedTypes';
import { getGatedPreset } from '../../../src/scenario/gatedPresets';
import { loadGatedRun } from '../../../src/scenario/gatedRun';
import { isGatedScenario } from '../../../src/scenario/validate';
import { validateAnyScenario } from '../../../src/scenario/validateAny';
import { refObjective, type RefGated, type Seed } from './helpers/referenceGated';

const PUBLISHED_ROUNDING = 1.5e-5;

// Gomez's names → ours: candidate a → g, state → c, out → h, his t = 0, 1 → our t = 1, 2.
const FORWARD = [
  { a: 0.81775, i: 0.96083, f: 0.85195, o: 0.81757, state: 0.78572, out: 0.53631 },
  { a: 0.8498, i: 0.98118, f: 0.8703, o: 0.84993, state: 1.51764, out: 0.77197 },
];
/** Per step: ∂L/∂out (total), δstate, and the gates' deltas δa δi δf δo. */
const BACKWARD = [
  { dout: 0.01803, dstate: -0.05348, a: -0.01702, i: -0.00165, f: 0, o: 0.00176 },
  { dout: -0.47803, dstate: -0.0711, a: -0.01938, i: -0.00112, f: -0.00631, o: -0.05538 },
];
/** After one SGD step of 0.1: [W row (x₁, x₂), U, b] per gate. */
const UPDATED: Record<'a' | 'i' | 'f' | 'o', [number, number, number, number]> = {
  a: [0.45267, 0.25922, 0.15104, 0.20364],
  i: [0.95022, 0.80066, 0.80006, 0.65028],
  f: [0.70032, 0.45189, 0.10034, 0.15063],
  o: [0.60259, 0.41626, 0.25297, 0.10536],
};
const OURS = { a: 'g', i: 'i', f: 'f', o: 'o' } as const;

const ref: RefGated = {
  kind: 'lstm',
  gru: 'reset-after',
  blocks: {
    Wxi: [[0.95, 0.8]],
    Whi: [[0.8]],
    bi: [0.65],
    Wxf: [[0.7, 0.45]],
    Whf: [[0.1]],
    bf: [0.15],
    Wxg: [[0.45, 0.25]],
    Whg: [[0.15]],
    bg: [0.2],
    Wxo: [[0.6, 0.4]],
    Who: [[0.25]],
    bo: [0.1],
  },
  outputActivation: 'linear',
  readout: false,
  loss: 'squared-error',
  every: true,
  mean: false,
  bptt: { mode: 'full' },
};
const seq = {
  xs: [
    [1, 2],
    [0.5, 3],
  ],
  targets: [[0.5], [1.25]],
};
const d = (seed: Seed): number => refObjective(ref, seq, seed).d;
const param = (block: string, index: number): number => d({ kind: 'param', block, index });

/** The oracle's forward values, from the equations with plain numbers. */
function oracleForward(): { i: number; f: number; g: number; o: number; c: number; h: number }[] {
  const s = (v: number): number => 1 / (1 + Math.exp(-v));
  const b = ref.blocks as Record<string, number[][] | number[]>;
  let h = 0;
  let c = 0;
  return seq.xs.map((x) => {
    const pre = (gate: string): number =>
      (b[`Wx${gate}`] as number[][])[0][0] * x[0] +
      (b[`Wx${gate}`] as number[][])[0][1] * x[1] +
      (b[`Wh${gate}`] as number[][])[0][0] * h +
      (b[`b${gate}`] as number[])[0];
    const [i, f, g, o] = [s(pre('i')), s(pre('f')), Math.tanh(pre('g')), s(pre('o'))];
    c = f * c + i * g;
    h = o * Math.tanh(c);
    return { i, f, g, o, c, h };
  });
}

async function engineTrace(): Promise<GatedStepTrace> {
  const result = validateAnyScenario(getGatedPreset('lstm-gomez')?.scenario);
  if (!result.ok || !isGatedScenario(result.scenario)) throw new Error('lstm-gomez is invalid');
  const run = await loadGatedRun(result.scenario, () => Promise.reject(new Error('no files')));
  const step = run.trainer.step(true);
  if (!step.ok || !step.trace) throw new Error('the update failed');
  return step.trace;
}

describe('lstm-gomez: the published step-by-step LSTM example', () => {
  it('the oracle reproduces every published forward value; h at its t = 1 is printed from rounded intermediates', () => {
    const fwd = oracleForward();
    FORWARD.forEach((p, t) => {
      const o = fwd[t];
      const pairs = [
        [o.g, p.a],
        [o.i, p.i],
        [o.f, p.f],
        [o.o, p.o],
        [o.c, p.state],
        [o.h, p.out],
      ];
      for (const [exact, published] of pairs)
        expect(Math.abs(exact - published)).toBeLessThan(PUBLISHED_ROUNDING);
    });
    expect(fwd[1].h.toFixed(5)).toBe('0.77198');
    expect(FORWARD[1].out.toFixed(5)).toBe('0.77197');
  });

  it('the oracle reproduces the published deltas and updated weights', () => {
    BACKWARD.forEach((p, k) => {
      const t = k + 1;
      expect(Math.abs(d({ kind: 'h', t, j: 0 }) - p.dout)).toBeLessThan(PUBLISHED_ROUNDING);
      expect(Math.abs(d({ kind: 'c', t, j: 0 }) - p.dstate)).toBeLessThan(PUBLISHED_ROUNDING);
      for (const gate of ['a', 'i', 'f', 'o'] as const)
        expect(Math.abs(d({ kind: 'pre', t, gate: OURS[gate], j: 0 }) - p[gate])).toBeLessThan(
          PUBLISHED_ROUNDING,
        );
    });
    for (const gate of ['a', 'i', 'f', 'o'] as const) {
      const g = OURS[gate];
      const b = ref.blocks as Record<string, number[][] | number[]>;
      const before = [
        (b[`Wx${g}`] as number[][])[0][0],
        (b[`Wx${g}`] as number[][])[0][1],
        (b[`Wh${g}`] as number[][])[0][0],
        (b[`b${g}`] as number[])[0],
      ];
      const grads = [param(`Wx${g}`, 0), param(`Wx${g}`, 1), param(`Wh${g}`, 0), param(`b${g}`, 0)];
      before.forEach((w, k) =>
        expect(Math.abs(w - 0.1 * grads[k] - UPDATED[gate][k])).toBeLessThan(PUBLISHED_ROUNDING),
      );
    }
  });

  it('one traced update of the preset agrees with the oracle to 1e-12', async () => {
    const trace = await engineTrace();
    const fwd = oracleForward();
    const steps = trace.samples[0].steps;
    steps.forEach((st, k) => {
      const o = fwd[k];
      for (const gate of ['i', 'f', 'g', 'o'] as const) {
        expect(st.gates[gate][0]).toBeCloseTo(o[gate], 12);
        expect(st.dGates[gate][0]).toBeCloseTo(d({ kind: 'pre', t: st.t, gate, j: 0 }), 12);
      }
      expect(st.c?.[0]).toBeCloseTo(o.c, 12);
      expect(st.h[0]).toBeCloseTo(o.h, 12);
      expect(st.dLdh[0]).toBeCloseTo(d({ kind: 'h', t: st.t, j: 0 }), 12);
      expect(st.dLdc?.[0]).toBeCloseTo(d({ kind: 'c', t: st.t, j: 0 }), 12);
    });
    let k = 0;
    for (const block of trace.layout.blocks) {
      for (let index = 0; index < block.size; index += 1, k += 1) {
        const g = param(block.name, index);
        expect(trace.gradients[k]).toBeCloseTo(g, 12);
        expect(trace.after[k]).toBeCloseTo(trace.before[k] - 0.1 * g, 12);
      }
    }
  });
});
