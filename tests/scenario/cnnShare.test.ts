// Convolutional share links: an unedited preset is a preset link with its step (a layer); an
// edited one (settings and a starting kernel weight) is packed and reopens exactly, running
// statistics kept; the starting parameters are the engine's draw.
import { describe, expect, it } from 'vitest';
import type { StepTarget } from '../../src/scenario/fragment';
import { CNN_PRESETS } from '../../src/scenario/cnnPresets';
import { createScenarioCnn } from '../../src/scenario/cnnRun';
import type { CnnScenario } from '../../src/scenario/cnnSchema';
import { cnnWithoutWeights } from '../../src/scenario/cnnShare';
import { startingParams } from '../../src/scenario/packScenario';
import { readLink, shareableScenario, shareFragment } from '../../src/scenario/share';
import { isCnnScenario, validateAppScenario } from '../../src/scenario/validate';

const preset = (id: string): CnnScenario => {
  const r = validateAppScenario(CNN_PRESETS.find((p) => p.id === id)!.scenario);
  if (!r.ok || !isCnnScenario(r.scenario)) throw new Error(`bad preset ${id}`);
  return r.scenario;
};
const STEP: StepTarget = { update: 2, at: { sample: 1, phase: 'backward', layer: 1 } };
const open = (fragment: string) => readLink({ search: '', hash: `#${fragment}` });

describe('convolutional share links', () => {
  it.each(CNN_PRESETS.map((p) => p.id))('%s unedited is a preset link', async (id) => {
    const s = preset(id);
    expect(Array.from(startingParams(s))).toEqual(Array.from(createScenarioCnn(s).params));
    const fragment = await shareFragment({ scenario: s, initial: startingParams(s), step: STEP });
    expect(fragment).toBe(`v=1&preset=${id}&step=u2.s1.backward.l1`);
    expect(await open(fragment)).toEqual({
      kind: 'preset',
      presetId: id,
      restore: { updates: 1, at: STEP.at },
      notes: [],
    });
  });

  it('an edited conv-by-hand is packed and reopens exactly', async () => {
    const s: CnnScenario = { ...preset('conv-by-hand'), seed: 9 };
    const initial = startingParams(s);
    initial[1] = -3; // K[1][1][1][2]
    const fragment = await shareFragment({ scenario: s, initial, step: STEP });
    expect(fragment).toMatch(/^v=1&s=d\.[A-Za-z0-9_-]+&step=u2\.s1\.backward\.l1$/);
    const opened = await open(fragment);
    expect(opened.kind).toBe('scenario');
    if (opened.kind !== 'scenario') return;
    expect(Array.from(startingParams(opened.scenario))).toEqual(Array.from(initial));
    expect(opened.scenario).toEqual(shareableScenario(s, initial));
  });

  it('dropping the weights keeps given running statistics (state, not parameters)', () => {
    const base = preset('deep-sigmoid-bn');
    const withStats: CnnScenario = {
      ...base,
      network: {
        ...base.network,
        weights: base.network.layers.map((l) =>
          l.type === 'batchnorm'
            ? { gamma: Array(32).fill(2), runningMean: Array(32).fill(0.5) }
            : null,
        ),
      },
    };
    const dropped = cnnWithoutWeights(withStats);
    expect(dropped.network.weights?.[2]).toEqual({ runningMean: Array(32).fill(0.5) });
    expect(dropped.network.weights?.[1]).toBeNull();
    expect(cnnWithoutWeights(base).network.weights).toBeUndefined();
  });
});
