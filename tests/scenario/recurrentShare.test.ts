// Share links of recurrent scenarios: an unedited preset is `preset=<id>` with a step naming
// its time step; an edited one is packed; both reopen the same scenario, starting weights and
// step. And the recurrent weight scale the settings write.
import { describe, expect, it } from 'vitest';
import { formatStep, parseStep, type StepTarget } from '../../src/scenario/fragment';
import { startingParams } from '../../src/scenario/packScenario';
import { recurrentScaleOf, withRecurrentScale } from '../../src/scenario/recurrentShare';
import { getRecurrentPreset } from '../../src/scenario/recurrentPresets';
import type { RecurrentScenario } from '../../src/scenario/recurrentSchema';
import { readLink, shareableScenario, shareFragment } from '../../src/scenario/share';
import { isRecurrentScenario, validateAppScenario } from '../../src/scenario/validate';

const preset = (id: string): RecurrentScenario => {
  const r = validateAppScenario(getRecurrentPreset(id)!.scenario);
  if (!r.ok || !isRecurrentScenario(r.scenario)) throw new Error(`bad preset ${id}`);
  return r.scenario;
};
const STEP: StepTarget = {
  update: 3,
  at: { sample: 2, phase: 'backward', layer: null, time: 5 },
};
const open = (fragment: string) => readLink({ search: '', hash: `#${fragment}` });

describe('recurrent share links', () => {
  it.each(['rnn-sine', 'rnn-memory', 'sunspots-rnn'])(
    '%s unedited is a preset link whose step names the time step',
    async (id) => {
      const s = preset(id);
      const fragment = await shareFragment({ scenario: s, initial: startingParams(s), step: STEP });
      expect(fragment).toBe(`v=1&preset=${id}&step=u3.s2.backward.t5`);
      const opened = await open(fragment);
      expect(opened).toEqual({
        kind: 'preset',
        presetId: id,
        restore: { updates: 2, at: STEP.at },
        notes: [],
      });
    },
  );

  it('an edited one (settings and starting weights) is packed and reopens exactly', async () => {
    const s: RecurrentScenario = {
      ...withRecurrentScale(preset('rnn-memory'), 2.5),
      optimizer: { kind: 'adam', learningRate: 0.02, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 },
    };
    const initial = startingParams(s);
    initial[3] = 0.125;
    const fragment = await shareFragment({ scenario: s, initial, step: STEP });
    expect(fragment).toMatch(/^v=1&s=d\.[A-Za-z0-9_-]+&step=u3\.s2\.backward\.t5$/);
    const opened = await open(fragment);
    expect(opened.kind).toBe('scenario');
    if (opened.kind !== 'scenario') return;
    expect(opened.restore).toEqual({ updates: 2, at: STEP.at });
    expect(Array.from(startingParams(opened.scenario))).toEqual(Array.from(initial));
    expect(opened.scenario).toEqual(shareableScenario(s, initial));
  });

  it('a time step survives the step text, and a bad one is refused', () => {
    expect(parseStep(formatStep(STEP))).toEqual(STEP);
    expect(parseStep('loss.t9')).toEqual({
      update: 1,
      at: { sample: 1, phase: 'loss', layer: null, time: 9 },
    });
    expect(parseStep('u2.s1.forward.l1')).toEqual({
      update: 2,
      at: { sample: 1, phase: 'forward', layer: 1 },
    });
    expect(parseStep('u2.s1.backward.t0')).toMatch(/counted from 1/);
    expect(parseStep('u2.s1.update.t3')).toMatch(/no time step/);
  });
});

describe('recurrent weight scale', () => {
  it('scales the default Whh draw, leaves the other blocks, and reads back', () => {
    const s = preset('rnn-sine');
    const base = startingParams(s);
    const scaled = withRecurrentScale(s, 3);
    expect(recurrentScaleOf(s)).toBe(1);
    expect(recurrentScaleOf(scaled)).toBeCloseTo(3, 12);
    const params = startingParams(scaled);
    // Wxh is 8×1 at 0…7, Whh 8×8 at 8…71 in layout order
    expect(Array.from(params.slice(0, 8))).toEqual(Array.from(base.slice(0, 8)));
    expect(params[20]).toBeCloseTo(3 * base[20], 14);
    expect(Array.from(params.slice(72))).toEqual(Array.from(base.slice(72)));
    expect(withRecurrentScale(scaled, 1)).toEqual(s);
    expect(validateAppScenario(scaled).ok).toBe(true);
  });
});
