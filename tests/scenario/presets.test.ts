// The built-in scenarios: each validates and builds a run, and each training claim in a
// description holds, checked cheaply.
import { describe, expect, it } from 'vitest';
import { evaluate, forwardMany } from '../../src/engine';
import { getPreset, loadScenarioRun, PRESETS } from '../../src/scenario';
import { readText } from '../helpers/files';
import { presetScenario, validScenario as valid } from '../helpers/scenarios';

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

  it('gives every data view a preset: each toy, regression and real set, and overfitting', () => {
    const kinds = new Set(PRESETS.map((p) => p.scenario.data.kind));
    for (const kind of ['circle', 'gauss', 'spiral', 'moons', 'sine', 'plane', 'iris', 'digits'])
      expect(kinds).toContain(kind);
    expect(getPreset('xor')).toBeDefined();
    expect(getPreset('overfitting')).toBeDefined();
  });

  it('has unique ids, and each preset a seed, a description and its scenario’s title', () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    for (const p of PRESETS) {
      expect(p.scenario.title).toBe(p.title);
      expect(p.scenario.seed).toEqual(expect.any(Number));
      expect(p.description.length).toBeGreaterThan(80);
    }
  });

  it.each(PRESETS.map((p) => [p.id, p] as const))(
    '%s pairs its output with the loss its task needs',
    async (_id, preset) => {
      const scenario = valid(preset.scenario);
      const { dataset } = (await loadScenarioRun(scenario, readText)).data;
      const output = scenario.network.activations.at(-1);
      if (dataset.task === 'classification') {
        expect(scenario.loss).toBe('cross-entropy');
        expect(output).toBe(dataset.nOut === 1 ? 'sigmoid' : 'softmax');
      } else if (dataset.n === 1) {
        // The textbook worked examples keep their published sigmoid output and squared error.
        expect([output, scenario.loss]).toEqual(['sigmoid', 'squared-error']);
      } else {
        expect([output, scenario.loss]).toEqual(['linear', 'mse']);
      }
    },
  );

  it('two-two-one says its numbers are exact where published copies slip', () => {
    expect(getPreset('two-two-one')?.description).toMatch(/exact/);
    expect(getPreset('two-two-one')?.description).toMatch(/0\.659554/);
  });

  it('two-two-one reproduces the published output after one update', async () => {
    const run = await loadScenarioRun(presetScenario('two-two-one'), readText);
    run.trainer.step();
    const out = new Float64Array(1);
    forwardMany(run.net, Float64Array.of(0.35, 0.7), 1, out);
    expect(out[0]).toBeCloseTo(0.659554, 6);
  });

  it('xor learns all four points within 300 full-batch updates', async () => {
    const run = await loadScenarioRun(presetScenario('xor'), readText);
    for (let k = 0; k < 300; k += 1) run.trainer.step();
    expect(evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.train).accuracy).toBe(1);
  });

  it('digits passes 90% test accuracy within its stated bound with other seeds too', async () => {
    // The app lets a learner change the seed (new weights, split and order): the bound holds
    // for the first few seeds, not only the preset's.
    const preset = getPreset('digits')!;
    const epochs = Number(
      /passes 90% test accuracy within (\d+) epochs/.exec(preset.description)?.[1],
    );
    expect(epochs).toBeGreaterThan(0);
    for (const seed of [1, 3, 4, 5]) {
      const run = await loadScenarioRun(valid({ ...preset.scenario, seed }), readText);
      while (run.trainer.epoch <= epochs) run.trainer.step(false);
      const { accuracy } = evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.test);
      expect(accuracy, `seed ${seed}`).toBeGreaterThan(0.9);
    }
  });

  it('circle and iris pass 90% test accuracy', async () => {
    for (const [id, epochs] of [
      ['circle', 30],
      ['iris', 100],
    ] as const) {
      const run = await loadScenarioRun(presetScenario(id), readText);
      while (run.trainer.epoch <= epochs) run.trainer.step();
      expect(
        evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.test).accuracy,
      ).toBeGreaterThan(0.9);
    }
  });
});
