// The plateau warning: said once when the loss stops improving at a high learning rate (sine
// with Adam at 10 stalls near 22), never at an ordinary rate or while the loss still falls.
import { describe, expect, it } from 'vitest';
import type { Message } from '../../src/protocol/messages';
import { getPreset } from '../../src/scenario/presets';
import {
  createPlateauWatch,
  isHighRate,
  PLATEAU_PATIENCE,
  PLATEAU_WINDOW,
} from '../../src/worker/plateau';
import { createSession } from '../../src/worker/session';

const adam10 = { kind: 'adam', learningRate: 10, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;
const sgd = { kind: 'sgd', learningRate: 0.1 } as const;
/** A noisy flat loss: ±3% around 22. */
const flat = (k: number): number => 22 * (1 + 0.03 * Math.sin(k * 0.7));

describe('the plateau watch', () => {
  it('warns once when a high rate’s loss has been flat for the patience', () => {
    const watch = createPlateauWatch();
    const warned: number[] = [];
    for (let k = 0; k < 3 * PLATEAU_PATIENCE; k += 1)
      if (watch.record(flat(k), adam10)) warned.push(k);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toBeGreaterThanOrEqual(PLATEAU_PATIENCE);
    expect(warned[0]).toBeLessThanOrEqual(PLATEAU_PATIENCE + 2 * PLATEAU_WINDOW);
    watch.reset();
    expect(watch.record(flat(0), adam10)).toBe(false);
  });

  it('stays quiet at an ordinary rate, and while the loss keeps falling', () => {
    const calm = createPlateauWatch();
    const falling = createPlateauWatch();
    let said = 0;
    for (let k = 0; k < 3 * PLATEAU_PATIENCE; k += 1) {
      if (calm.record(flat(k), sgd)) said += 1;
      if (falling.record(22 * Math.exp(-k / 20_000), adam10)) said += 1;
    }
    expect(said).toBe(0);
  });

  it('calls 0.1 high for Adam and RMSprop, 1 high for SGD and momentum', () => {
    expect(isHighRate({ ...adam10, learningRate: 0.1 })).toBe(true);
    expect(isHighRate({ ...adam10, learningRate: 0.01 })).toBe(false);
    expect(isHighRate({ kind: 'sgd', learningRate: 0.5 })).toBe(false);
    expect(isHighRate({ kind: 'momentum', learningRate: 1, momentum: 0.9, nesterov: false })).toBe(
      true,
    );
  });
});

describe('the session', () => {
  it('warns when sine with Adam at learning rate 10 stops improving', async () => {
    const session = createSession({ now: () => 0, readText: () => Promise.reject(new Error()) });
    const sine = getPreset('sine')!.scenario;
    await session.handle({
      type: 'load',
      scenario: { ...sine, optimizer: { kind: 'adam', learningRate: 10 } },
    });
    const out: Message[] = [];
    for (let k = 0; k < 8; k += 1)
      out.push(...(await session.handle({ type: 'step', unit: 'update', count: 10_000 })));
    const warnings = out.filter(
      (m): m is Extract<Message, { type: 'plateau' }> => m.type === 'plateau',
    );
    expect(warnings).toHaveLength(1);
    expect(warnings[0].message).toMatch(/not improved .* learning rate 10 with Adam/);
    expect(warnings[0].message).toMatch(/lower/);
  });
});
