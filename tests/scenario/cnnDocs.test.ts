// docs/cnn.md stays true: its example validates and traces with the fields it describes, and
// every convolutional preset id and layer type is documented.
import { describe, expect, it } from 'vitest';
import { CNN_PRESETS } from '../../src/scenario/cnnPresets';
import { loadCnnRun } from '../../src/scenario/cnnRun';
import { isCnnScenario } from '../../src/scenario/validate';
import { parseAnyScenarioText } from '../../src/scenario/validateAny';
import { readRepoText } from '../helpers/files';

const guide = readRepoText('docs/cnn.md');
const examples = [...guide.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);

describe('docs/cnn.md', () => {
  it('holds an example that validates and traces batch norm with the batch statistics', async () => {
    expect(examples).toHaveLength(1);
    const result = parseAnyScenarioText(examples[0]);
    if (!result.ok || !isCnnScenario(result.scenario)) throw new Error('invalid example');
    const run = await loadCnnRun(result.scenario, () => Promise.reject(new Error('no files')));
    const step = run.trainer.step(true);
    if (!step.ok || !step.trace) throw new Error('no trace');
    const [conv, bn] = step.trace.samples[0].layers;
    expect(conv.shape).toEqual([2, 4, 4]);
    expect(bn.mean).toHaveLength(2);
    expect(step.trace.samples[0].inputGradient).toHaveLength(32);
  });

  it('names every convolutional preset and layer type', () => {
    for (const p of CNN_PRESETS) expect(guide).toContain(`\`${p.id}\``);
    for (const type of ['conv2d', 'maxpool', 'avgpool', 'batchnorm', 'flatten', 'dense'])
      expect(guide).toContain(`\`${type}\``);
  });
});
