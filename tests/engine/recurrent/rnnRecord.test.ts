// The Elman cell as a layer record: one step forward is aₜ = Wxh·x + Whh·hₜ₋₁ + bh, hₜ = f(aₜ);
// one step back from ∂L/∂hₜ gives δ, the cell's gradient, Whhᵀ·δ and Wxhᵀ·δ, checked here
// against central differences of L = c·hₜ.
import { describe, expect, it } from 'vitest';
import { NO_NOISE, rnnRecord, type RnnLayer } from '../../../src/engine/recurrent/rnnRecord';
import { rnnLayout, rnnOffsets } from '../../../src/engine/recurrent/rnnLayout';
import type { RnnProblem } from '../../../src/engine/recurrent/types';

const problem: RnnProblem = {
  spec: {
    inputs: 2,
    hidden: 2,
    outputs: 2,
    activation: 'tanh',
    outputActivation: 'linear',
    readout: false,
  },
  sequence: { readout: 'every-step', lossOverTime: 'sum', bptt: { mode: 'full' } },
  loss: 'squared-error',
};
const layer: RnnLayer = { problem, offsets: rnnOffsets(rnnLayout(problem.spec)) };
// Wxh [[0.5, -0.4], [0.3, 0.2]], Whh [[0.1, -0.2], [0.4, 0.3]], bh [0.05, -0.1]
const p = Float64Array.of(0.5, -0.4, 0.3, 0.2, 0.1, -0.2, 0.4, 0.3, 0.05, -0.1);
const hPrev = [0.3, -0.6];
const c = [1.5, -2];

/** L = c·h₂ after one step from hPrev, for input x and parameters q. */
function lossAt(q: Float64Array, x: Float64Array): number {
  const tape = rnnRecord.createTape(layer, 2);
  tape.h[1].set(hPrev);
  rnnRecord.forward(layer, tape, q, x, NO_NOISE, 1);
  return c[0] * tape.h[2][0] + c[1] * tape.h[2][1];
}

describe('the rnn layer record', () => {
  it('steps forward: a = Wxh·x + Whh·h + bh, h = tanh(a)', () => {
    const tape = rnnRecord.createTape(layer, 2);
    tape.h[1].set(hPrev);
    rnnRecord.forward(layer, tape, p, Float64Array.of(1, 2), NO_NOISE, 1);
    const a0 = 0.5 - 0.8 + 0.1 * 0.3 - 0.2 * -0.6 + 0.05;
    expect(tape.a[1][0]).toBeCloseTo(a0, 15);
    expect(tape.h[2][0]).toBeCloseTo(Math.tanh(a0), 15);
    expect(Array.from(tape.x[1])).toEqual([1, 2]);
  });

  it('steps back: the gradient, Whhᵀ·δ and Wxhᵀ·δ match central differences', () => {
    const x = Float64Array.of(1, 2);
    const tape = rnnRecord.createTape(layer, 2);
    tape.h[1].set(hPrev);
    rnnRecord.forward(layer, tape, p, x, NO_NOISE, 1);
    tape.dhCur.set(c);
    const grads = new Float64Array(p.length);
    const dx = new Float64Array(2);
    rnnRecord.backward(layer, tape, p, tape.x[1], grads, dx, 1);
    const h = 1e-6;
    p.forEach((_, k) => {
      const up = p.slice();
      const down = p.slice();
      up[k] += h;
      down[k] -= h;
      expect(grads[k]).toBeCloseTo((lossAt(up, x) - lossAt(down, x)) / (2 * h), 8);
    });
    x.forEach((_, k) => {
      const up = x.slice();
      const down = x.slice();
      up[k] += h;
      down[k] -= h;
      expect(dx[k]).toBeCloseTo((lossAt(p, up) - lossAt(p, down)) / (2 * h), 8);
    });
    // What flows to the previous step: Whhᵀ·δ
    const d = tape.deltaCur;
    expect(tape.dhNext[0]).toBeCloseTo(0.1 * d[0] + 0.4 * d[1], 15);
    expect(tape.dhNext[1]).toBeCloseTo(-0.2 * d[0] + 0.3 * d[1], 15);
    const trace = rnnRecord.trace(layer, tape, 1);
    expect(trace.t).toBe(2);
    expect(trace.target).toBeNull();
  });
});
