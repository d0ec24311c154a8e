// The teachers' guide (docs/scenario-format.md) stays true: its examples validate and run,
// the 2-2-1 example is the preset, and every schema field and preset id is documented.
import { describe, expect, it } from 'vitest';
import {
  getPreset,
  loadScenarioRun,
  parseScenarioText,
  PRESETS,
  ScenarioSchema,
  validateScenario,
} from '../../src/scenario';
import { readRepoText, readText } from '../helpers/files';

const guide = readRepoText('docs/scenario-format.md');
const examples = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/scenario-format.md', () => {
  it('holds two complete examples', () => {
    expect(examples).toHaveLength(2);
  });

  it.each(examples.map((text, k) => [k + 1, text] as const))(
    'example %i validates and trains one update',
    async (_k, text) => {
      const result = parseScenarioText(text);
      if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
      const run = await loadScenarioRun(result.scenario, readText);
      expect(run.trainer.step().ok).toBe(true);
    },
  );

  it('shows the two-two-one preset exactly', () => {
    const fromGuide = parseScenarioText(examples[0]);
    const preset = validateScenario(getPreset('two-two-one')!.scenario);
    expect(fromGuide.ok && preset.ok).toBe(true);
    if (fromGuide.ok && preset.ok) expect(fromGuide.scenario).toEqual(preset.scenario);
  });

  it('documents every top-level and network field', () => {
    const network = ScenarioSchema.entries.network.entries;
    const fields = [
      ...Object.keys(ScenarioSchema.entries).filter((k) => k !== 'network' && k !== 'split'),
      'split.test',
      ...Object.keys(network).map((k) => `network.${k}`),
    ];
    for (const field of fields) expect(guide).toContain(`| \`${field}\``);
  });

  it('lists every preset id', () => {
    for (const { id } of PRESETS) expect(guide).toContain(`| \`${id}\``);
  });
});
