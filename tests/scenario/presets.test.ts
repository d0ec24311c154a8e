// The built-in scenarios: each validates and builds a run, and each training claim in a
// description holds, checked cheaply.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluate, forwardMany } from '../../src/engine';
import type { DataFileName } from '../../src/data';
import { getPreset, loadScenarioRun, PRESETS, validateScenario } from '../../src/scenario';

const readText = (name: DataFileName): Promise<string> =>
  readFile(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');

function valid(input: unknown) {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.scenario;
}

describe('presets', () => {
  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s validates and builds a run',
    async (_id, preset) => {
      const run = await loadScenarioRun(valid(preset.scenario), readText);
      expect(run.net.sizes).toEqual(preset.scenario.network.layers);
      const result = run.trainer.step();
      expect(result.ok).toBe(true);
    },
  );

  it('two-two-one says its numbers are exact where published copies slip', () => {
    expect(getPreset('two-two-one')?.description).toMatch(/exact/);
    expect(getPreset('two-two-one')?.description).toMatch(/0\.659554/);
  });

  it('two-two-one reproduces the published output after one update', async () => {
    const run = await loadScenarioRun(valid(getPreset('two-two-one')!.scenario), readText);
    run.trainer.step();
    const out = new Float64Array(1);
    forwardMany(run.net, Float64Array.of(0.35, 0.7), 1, out);
    expect(out[0]).toBeCloseTo(0.659554, 6);
  });

  it('xor learns all four points within 300 full-batch updates', async () => {
    const run = await loadScenarioRun(valid(getPreset('xor')!.scenario), readText);
    for (let k = 0; k < 300; k += 1) run.trainer.step();
    expect(evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.train).accuracy).toBe(1);
  });

  it('digits passes 90% test accuracy within 10 epochs', async () => {
    const run = await loadScenarioRun(valid(getPreset('digits')!.scenario), readText);
    while (run.trainer.epoch <= 10) run.trainer.step();
    expect(
      evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.test).accuracy,
    ).toBeGreaterThan(0.9);
  });

  it('circle and iris pass 90% test accuracy', async () => {
    for (const [id, epochs] of [
      ['circle', 30],
      ['iris', 100],
    ] as const) {
      const run = await loadScenarioRun(valid(getPreset(id)!.scenario), readText);
      while (run.trainer.epoch <= epochs) run.trainer.step();
      expect(
        evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.test).accuracy,
      ).toBeGreaterThan(0.9);
    }
  });
});
