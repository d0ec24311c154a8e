// What the unrolled graph paints, from a real trace: the cursor's step and pass, one colour per
// shared weight whatever its step, δ arrows only where the backward pass has reached, and the
// sweep to shade under truncation.
import { describe, expect, it } from 'vitest';
import {
  currentSweep,
  cursorOf,
  deltaArrows,
  stepComputed,
  unitValue,
  weightPainter,
} from '../../src/viz/unrolledValues';
import { itemCaption } from '../../src/viz/unrolledText';
import { rnnTrace, viewModelOf } from '../explain/recurrentFixtures';

describe('unrolled values', () => {
  it('the cursor follows the phase of the shown sample only', () => {
    expect(cursorOf({ kind: 'backward', sample: 0, layer: 0, t: 2 }, 0)).toEqual({
      t: 2,
      pass: 'backward',
      kind: 'backward',
    });
    expect(cursorOf({ kind: 'forward', sample: 1, layer: 0, t: 2 }, 0).t).toBeNull();
    expect(cursorOf({ kind: 'update' }, 0).pass).toBe('idle');
    const fwd = cursorOf({ kind: 'forward', sample: 0, layer: 0, t: 1 }, 0);
    expect([0, 1, 2].map((t) => stepComputed(fwd, t))).toEqual([true, true, false]);
    const back = cursorOf({ kind: 'backward', sample: 0, layer: 0, t: 1 }, 0);
    expect([0, 1, 2].map((t) => stepComputed(back, t))).toEqual([false, true, true]);
  });

  it('one colour per weight on one scale for all blocks; h shows δ in the backward pass', async () => {
    const trace = await rnnTrace();
    const paint = weightPainter(trace.layout, trace.before);
    expect(paint('Whh', 0, 1).value).toBe(-0.2);
    expect(paint('Whh', 0, 1).dash).not.toBeNull();
    expect(paint('Why', 0, 0).width).toBeCloseTo(4, 12); // 0.7 is the largest |w|
    const s = trace.samples[0];
    expect(unitValue(s, 'h', 2, 1, 'backward')).toBe(s.steps[2].delta[1]);
    expect(unitValue(s, 'h', 2, 1, 'forward')).toBe(s.steps[2].h[1]);
  });

  it('δ arrows run from t+1 to t over shown steps the backward pass has reached', async () => {
    const s = (await rnnTrace()).samples[0];
    const idle = deltaArrows(s, [0, 1, 2, 3], cursorOf(null, 0));
    expect(idle.map((a) => `${a.from}→${a.to}`)).toEqual(['1→0', '2→1', '3→2']);
    expect(Math.max(...idle.map((a) => a.size))).toBe(1);
    const back = deltaArrows(
      s,
      [1, 2, 3],
      cursorOf({ kind: 'backward', sample: 0, layer: 0, t: 2 }, 0),
    );
    expect(back.map((a) => [a.from, a.to, a.current])).toEqual([[3, 2, true]]);
    expect(
      deltaArrows(s, [0, 1], cursorOf({ kind: 'forward', sample: 0, layer: 0, t: 1 }, 0)),
    ).toEqual([]);
  });

  it('shades the latest sweep over the cursor step, else the last sweep', async () => {
    const trace = await rnnTrace({ sequence: { bptt: { mode: 'truncated', k1: 1, k2: 2 } } });
    const sweeps = trace.samples[0].sweeps;
    expect(
      currentSweep(sweeps, cursorOf({ kind: 'backward', sample: 0, layer: 0, t: 1 }, 0))?.at,
    ).toBe(3);
    expect(currentSweep(sweeps, cursorOf(null, 0))?.at).toBe(4);
    expect(currentSweep(null, cursorOf(null, 0))).toBeNull();
  });

  it('captions read the unit values and the shared weight from the trace', async () => {
    const trace = await rnnTrace();
    const input = { ...viewModelOf(trace), sample: trace.samples[0] };
    expect(itemCaption(input, { kind: 'node', group: 'x', t: 1, j: 0 })).toBe(
      'x1 at t = 2 (input): x = -0.5',
    );
    expect(itemCaption(input, { kind: 'edge', block: 'Wxh', t: 0, j: 1, i: 0 })).toMatch(
      /^Wxh \(h2 ← x1\) at t = 1: w = -0\.3, the same weight at every step/,
    );
  });
});
