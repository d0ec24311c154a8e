// Share links of fixed-point scenarios: the page's starting parameters are the run's own draw;
// an unedited preset is `preset=<id>` with a step naming its relaxation iteration; an edited
// one (settings and starting weights) is packed and reopens exactly.
import { describe, expect, it } from 'vitest';
import type { StepTarget } from '../../src/scenario/fragment';
import { getFixedPointPreset } from '../../src/scenario/fixedPointPresets';
import { createScenarioFixedPointNet } from '../../src/scenario/fixedPointRun';
import type { FixedPointScenario } from '../../src/scenario/fixedPointSchema';
import { startingParams, withoutWeights } from '../../src/scenario/packScenario';
import { readLink, shareableScenario, shareFragment } from '../../src/scenario/share';
import { isFixedPointScenario, validateAppScenario } from '../../src/scenario/validate';

const preset = (id: string): FixedPointScenario => {
  const r = validateAppScenario(getFixedPointPreset(id)!.scenario);
  if (!r.ok || !isFixedPointScenario(r.scenario)) throw new Error(`bad preset ${id}`);
  return r.scenario;
};
const STEP: StepTarget = { update: 2, at: { sample: 3, phase: 'backward', layer: null, time: 4 } };
const open = (fragment: string) => readLink({ search: '', hash: `#${fragment}` });

describe('fixed-point share links', () => {
  it.each(['fixed-point', 'fixed-point-xor'])('%s starts from the run’s own draw', (id) => {
    const s = preset(id);
    expect(Array.from(startingParams(s))).toEqual(
      Array.from(createScenarioFixedPointNet(s).params),
    );
    const drawn = withoutWeights(s);
    expect(drawn.network.weights).toBeUndefined();
    expect(Array.from(startingParams(drawn))).toEqual(
      Array.from(createScenarioFixedPointNet(drawn).params),
    );
  });

  it('an unedited preset is a preset link whose step names the iteration', async () => {
    const s = preset('fixed-point-xor');
    const fragment = await shareFragment({ scenario: s, initial: startingParams(s), step: STEP });
    expect(fragment).toBe('v=1&preset=fixed-point-xor&step=u2.s3.backward.t4');
    expect(await open(fragment)).toEqual({
      kind: 'preset',
      presetId: 'fixed-point-xor',
      restore: { updates: 1, at: STEP.at },
      notes: [],
    });
  });

  it('an edited one is packed and reopens the same scenario and starting weights', async () => {
    const s: FixedPointScenario = {
      ...preset('fixed-point'),
      optimizer: { kind: 'momentum', learningRate: 0.5, momentum: 0.9, nesterov: false },
    };
    const initial = startingParams(s);
    initial[4] = -0.625;
    const fragment = await shareFragment({ scenario: s, initial, step: STEP });
    expect(fragment).toMatch(/^v=1&s=d\.[A-Za-z0-9_-]+&step=u2\.s3\.backward\.t4$/);
    const opened = await open(fragment);
    expect(opened.kind).toBe('scenario');
    if (opened.kind !== 'scenario') return;
    expect(Array.from(startingParams(opened.scenario))).toEqual(Array.from(initial));
    expect(opened.scenario).toEqual(shareableScenario(s, initial));
  });
});
