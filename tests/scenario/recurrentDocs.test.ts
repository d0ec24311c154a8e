// docs/recurrent.md stays true: its example validates and traces, and every recurrent preset
// id and data kind is documented.
import { describe, expect, it } from 'vitest';
import { GATED_PRESETS } from '../../src/scenario/gatedPresets';
import { RECURRENT_PRESETS } from '../../src/scenario/recurrentPresets';
import { loadRecurrentRun } from '../../src/scenario/recurrentRun';
import { isRecurrentScenario } from '../../src/scenario/validate';
import { parseAnyScenarioText } from '../../src/scenario/validateAny';
import { readRepoText } from '../helpers/files';

const guide = readRepoText('docs/recurrent.md');
const examples = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/recurrent.md', () => {
  it('holds an example that validates and traces the sweeps it describes', async () => {
    expect(examples).toHaveLength(1);
    const result = parseAnyScenarioText(examples[0]);
    if (!result.ok || !isRecurrentScenario(result.scenario)) throw new Error('invalid example');
    const run = await loadRecurrentRun(result.scenario, () =>
      Promise.reject(new Error('no files')),
    );
    const step = run.trainer.step(true);
    if (!step.ok || !step.trace) throw new Error('no trace');
    expect(step.trace.samples[0].sweeps?.[0]).toEqual({ at: 2, injected: [1, 2], swept: [1, 2] });
  });

  it('names every recurrent preset and data kind', () => {
    for (const p of [...RECURRENT_PRESETS, ...GATED_PRESETS])
      expect(guide).toContain(`\`${p.id}\``);
    for (const kind of ['sequences', 'sine-next', 'memory', 'sunspots'])
      expect(guide).toContain(`"kind": "${kind}"`);
  });
});
