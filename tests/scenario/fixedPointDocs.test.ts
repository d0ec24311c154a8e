// docs/fixed-point.md stays true: its example validates, settles and traces; its quoted
// failure message is the command line's own; every fixed-point preset id is documented.
import { describe, expect, it } from 'vitest';
import { FIXED_POINT_PRESETS } from '../../src/scenario/fixedPointPresets';
import { loadFixedPointRun } from '../../src/scenario/fixedPointRun';
import { isFixedPointScenario } from '../../src/scenario/validate';
import { parseAnyScenarioText } from '../../src/scenario/validateAny';
import { cli } from '../cli/runCli';
import { readRepoText } from '../helpers/files';

const guide = readRepoText('docs/fixed-point.md');
const examples = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/fixed-point.md', () => {
  it('holds an example that validates, settles both ways and traces', async () => {
    expect(examples).toHaveLength(1);
    const result = parseAnyScenarioText(examples[0]);
    if (!result.ok || !isFixedPointScenario(result.scenario)) throw new Error('invalid example');
    const run = await loadFixedPointRun(result.scenario, () =>
      Promise.reject(new Error('no files')),
    );
    const step = run.trainer.step(true);
    if (!step.ok || !step.trace) throw new Error('no trace');
    const sample = step.trace.samples[0];
    expect(sample.settled && sample.adjointSettled).toBe(true);
  });

  it('quotes the message the command line prints when a relaxation does not settle', async () => {
    const quoted = /```text\n(training diverged: .*)\n```/.exec(guide)?.[1];
    const runaway = {
      version: 1,
      network: {
        kind: 'fixed-point',
        units: 1,
        inputs: 1,
        outputUnits: [0],
        activation: 'linear',
        weights: { W: [[1.5]], V: [[1]], b: [0] },
        relaxation: { maxIterations: 50 },
      },
      data: { kind: 'inline', inputs: [[1]], targets: [[0]] },
    };
    const { code, stderr } = await cli(['train', '-'], JSON.stringify(runaway));
    expect(code).toBe(3);
    expect(stderr).toBe(`${quoted}\n`);
  });

  it('names every fixed-point preset', () => {
    for (const p of FIXED_POINT_PRESETS) expect(guide).toContain(`\`${p.id}\``);
  });
});
