// The page's preset list (ids, titles, groups, at hand at once) against the presets themselves
// (appPresets.ts, a chunk loaded on demand): the same presets in the same order and groups, and
// each one's scenario reachable by id.
import { describe, expect, it } from 'vitest';
import { APP_PRESETS, presetGroups as appGroups } from '../../src/scenario/appPresets';
import {
  PRESET_CATALOGUE,
  isAppPreset,
  loadPresetScenario,
  presetGroups,
  presetScenarioNow,
} from '../../src/scenario/presetCatalogue';

describe('the preset catalogue', () => {
  it('lists every app preset with its title and group, in order', () => {
    expect(PRESET_CATALOGUE).toEqual(
      APP_PRESETS.map(({ id, title, group }) => ({ id, title, group })),
    );
    expect(presetGroups()).toEqual(appGroups());
  });

  it('has the first screen’s preset at hand, the others once they loaded', () => {
    expect(presetScenarioNow('two-two-one')).toBe(APP_PRESETS[0].scenario);
    expect(presetScenarioNow('xor')).toBeUndefined();
    expect(presetScenarioNow('rnn-memory')).toBeUndefined();
  });

  it('finds each preset by id and knows no other', async () => {
    for (const p of APP_PRESETS) {
      expect(isAppPreset(p.id)).toBe(true);
      expect(await loadPresetScenario(p.id)).toBe(p.scenario);
    }
    expect(isAppPreset('no-such-preset')).toBe(false);
    expect(await loadPresetScenario('no-such-preset')).toBeUndefined();
    // loaded now: at hand at once
    expect(presetScenarioNow('rnn-memory')).toBe(
      APP_PRESETS.find((p) => p.id === 'rnn-memory')!.scenario,
    );
  });
});
