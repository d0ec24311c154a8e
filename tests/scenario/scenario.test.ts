// The scenario format: defaults, presets, links, and runs built from scenarios.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { evaluate, forwardMany } from '../../src/engine';
import type { DataFileName } from '../../src/data';
import {
  decodeScenario,
  encodeScenario,
  getPreset,
  loadScenarioRun,
  PRESETS,
  validateScenario,
} from '../../src/scenario';

const readText = (name: DataFileName): Promise<string> =>
  readFile(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');

function valid(input: unknown) {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.scenario;
}

describe('defaults', () => {
  it('fills in every optional field of a minimal scenario', () => {
    const s = valid({
      version: 1,
      network: { layers: [2, 1], activations: ['sigmoid'] },
      data: { kind: 'gauss' },
    });
    expect(s.title).toBe('Untitled scenario');
    expect(s.seed).toBe(1);
    expect(s.network.init).toBe('xavier-uniform');
    expect(s.network.trainBiases).toBe(true);
    expect(s.loss).toBe('squared-error');
    expect(s.optimizer).toEqual({ kind: 'sgd', learningRate: 0.1 });
    expect(s.batch).toEqual({ mode: 'online' });
    expect(s.regularization).toEqual({ kind: 'none' });
    expect(s.dropout).toBe(0);
    expect(s.split).toEqual({ test: 0 });
    expect(s.shuffle).toBe(false);
    expect(s.data).toEqual({ kind: 'gauss', samples: 200, noise: 0.1 });
  });

  it('fills optimizer hyper-parameters', () => {
    const s = valid({
      version: 1,
      network: { layers: [2, 1], activations: ['sigmoid'] },
      data: { kind: 'gauss' },
      optimizer: { kind: 'adam', learningRate: 0.01 },
    });
    expect(s.optimizer).toEqual({
      kind: 'adam',
      learningRate: 0.01,
      beta1: 0.9,
      beta2: 0.999,
      epsilon: 1e-8,
    });
  });

  it('never lets a __proto__ key reach an object prototype', () => {
    const text =
      '{"version":1,"__proto__":{"polluted":1},"network":{"layers":[2,1],"activations":["sigmoid"]},"data":{"kind":"xor"}}';
    const result = validateScenario(JSON.parse(text));
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

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

describe('links', () => {
  it('round-trips every preset through a link', () => {
    for (const preset of PRESETS) {
      const scenario = valid(preset.scenario);
      const decoded = decodeScenario(encodeScenario(scenario));
      expect(decoded).toEqual({ ok: true, scenario });
    }
  });

  it('says what is wrong with a damaged link', () => {
    const good = encodeScenario(valid(getPreset('xor')!.scenario));
    const cases: [string, RegExp][] = [
      ['abc$%', /characters that base64url does not use/],
      [good.slice(0, 41), /not valid JSON|not valid base64url/],
      [btoa('{"version":1}').replace(/=+$/, ''), /network: is required/],
    ];
    for (const [text, message] of cases) {
      const result = decodeScenario(text);
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n')).toMatch(message);
    }
  });
});
