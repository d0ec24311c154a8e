// The PyTorch export's generator, without Python's numbers: doubles written to round-trip,
// the replayed epoch orders and dropout masks equal to the trainer's own, refusals with a
// reason, the command line's exit codes, and a script that parses with only the imports it uses.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportPyTorch } from '../../src/export';
import { pyFloat } from '../../src/export/python';
import { dropoutMasks, scheduleOf } from '../../src/export/schedule';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import { getPreset } from '../../src/scenario';
import { getGatedPreset } from '../../src/scenario/gatedPresets';
import { validateScenario } from '../../src/scenario/validate';
import type { Scenario } from '../../src/scenario/schema';
import { cli } from '../cli/runCli';
import { readText } from '../helpers/files';

function presetScenario(id: string, patch: Partial<Record<string, unknown>> = {}): Scenario {
  const preset = getPreset(id);
  if (!preset) throw new Error(`no preset ${id}`);
  const checked = validateScenario({ ...preset.scenario, ...patch });
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.scenario;
}

describe('pyFloat', () => {
  it('writes every double so that it reads back unchanged', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = pyFloat(x);
        expect(text).toMatch(/^-?(\d+\.\d+|\d+(\.\d+)?e[+-]\d+|\d\.?\d*e[+-]?\d+)$/);
        expect(Object.is(Number(text), x)).toBe(true);
      }),
    );
    expect([1, -0, 0.5, 1e21, 1e-7].map(pyFloat)).toEqual(['1.0', '-0.0', '0.5', '1e+21', '1e-7']);
  });
});

describe('the replayed schedule', () => {
  it('has the trainer’s batches and dropout masks, across reshuffled epochs', async () => {
    const scenario = presetScenario('xor', {
      batch: { mode: 'minibatch', size: 3 },
      shuffle: true,
      dropout: 0.4,
    });
    const run = await loadScenarioRun(scenario, readText);
    const updates = 7; // 4 samples in batches of 3: four epochs
    const schedule = scheduleOf(run.trainer.config, run.split.train, scenario.seed, updates);
    const hidden = run.net.sizes.slice(1, -1);
    const masks = dropoutMasks(scenario.seed, 0.4, hidden, schedule.batches);
    expect(schedule.epochOrders).toHaveLength(4);
    for (let u = 0; u < updates; u += 1) {
      const step = run.trainer.step(true);
      if (!step.ok || !step.trace) throw new Error('step failed');
      expect(schedule.batches[u]).toEqual(step.trace.batch);
      step.trace.samples.forEach((sample, s) => {
        const traced = sample.layers
          .slice(0, -1)
          .map((layer) => Array.from(layer.mask ?? [], (m) => (m === 0 ? '0' : '1')).join(''));
        expect(masks[u][s]).toEqual(traced);
      });
    }
  });
});

describe('exportPyTorch', () => {
  it('refuses a kind it has no generator for, with the reason', async () => {
    const { code, stdout, stderr } = await cli(['export', 'preset:fixed-point', '--to', 'pytorch']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/export: .*"fixed-point" is not supported/);
    const truncated = await cli(
      ['export', '-', '--to', 'pytorch'],
      JSON.stringify({
        ...getGatedPreset('lstm-memory')?.scenario,
        sequence: { readout: 'last-step', bptt: { mode: 'truncated', k1: 2, k2: 4 } },
      }),
    );
    expect(truncated.code).toBe(2);
    expect(truncated.stderr).toMatch(/truncated BPTT is not exported yet/);
  });

  it('checks its flags', async () => {
    expect((await cli(['export', 'preset:xor'])).stderr).toMatch(/--to is required/);
    const other = await cli(['export', 'preset:xor', '--to', 'onnx']);
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/--to must be one of pytorch/);
    expect((await cli(['export', 'preset:xor', '--to', 'pytorch', '--updates', '0'])).code).toBe(2);
  });

  it('defaults to one epoch of updates', async () => {
    const run = await loadScenarioRun(presetScenario('iris'), readText);
    const result = exportPyTorch(run);
    if (!result.ok) throw new Error(result.reason);
    expect(result.updates).toBe(Math.ceil(run.split.train.length / 16));
    expect(result.script).toContain(`UPDATES = ${result.updates}\n`);
  });

  it('prints a script that parses, imports json and torch only, and uses both', async () => {
    const scenario = presetScenario('xor', {
      regularization: { kind: 'l1', rate: 0.01 },
      dropout: 0.2,
      optimizer: { kind: 'adam', learningRate: 0.01, clipNorm: 1 },
    });
    const { code, stdout } = await cli(
      ['export', '-', '--to', 'pytorch', '--updates', '2'],
      JSON.stringify(scenario),
    );
    expect(code).toBe(0);
    const imports = stdout.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));
    expect(imports).toEqual(['import json', 'import torch']);
    expect(stdout).toMatch(/json\.dumps\(/);
    expect(stdout).toMatch(/DROPOUT_KEEP = \[/);
    expect(stdout).toContain('torch.sign(w)');
    expect(stdout).toContain('clip_grad_norm_ divides by ‖g‖ + 1e-6');
    const parsed = spawnSync(
      '/usr/bin/python3',
      ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'],
      {
        input: stdout,
        encoding: 'utf8',
      },
    );
    expect(parsed.stderr).toBe('');
    expect(parsed.status).toBe(0);
  });
});
