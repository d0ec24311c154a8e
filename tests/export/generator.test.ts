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

const importsOf = (script: string): string[] =>
  script.split('\n').filter((l) => /^\s*(import|from)\s/.test(l));

/** The modules a script imports but never names (Python's own parser reads it). */
function pythonUnusedImports(script: string): string[] {
  const program = [
    'import ast, json, sys',
    'tree = ast.parse(sys.stdin.read())',
    'imported = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}',
    'used = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}',
    'print(json.dumps(sorted(imported - used)))',
  ].join('\n');
  const r = spawnSync('/usr/bin/python3', ['-c', program], { input: script, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`the script does not parse: ${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
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
  it('refuses a kind it has no generator for, and a stepped run, with the reason', async () => {
    const other = exportPyTorch({ kind: 'hopfield' });
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.reason).toMatch(/fixed-point; "hopfield" is not supported yet/);
    const run = await loadScenarioRun(presetScenario('xor'), readText);
    run.trainer.step(false);
    expect(exportPyTorch(run)).toEqual({ ok: false, reason: 'the run has already been stepped' });
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

  it('prints fixed-point and truncated-BPTT scripts that parse, use every import and say where they differ from torch', async () => {
    const fixedPoint = await cli(['export', 'preset:fixed-point-xor', '--to', 'pytorch']);
    expect(fixedPoint.code).toBe(0);
    expect(importsOf(fixedPoint.stdout)).toEqual([
      'import json',
      'import math',
      'import sys',
      'import torch',
    ]);
    expect(fixedPoint.stdout).toContain('No torch module relaxes to a fixed point');
    expect(fixedPoint.stdout).toContain('not autograd through the forward iterations');
    expect(fixedPoint.stdout).toContain('sys.exit(3)');
    expect(fixedPoint.stdout).toMatch(/TOLERANCE = 1e-10 .*\nMAX_ITERATIONS = 1000 /);
    const gru = getGatedPreset('gru-memory')?.scenario;
    const truncated = await cli(
      ['export', '-', '--to', 'pytorch', '--updates', '2'],
      JSON.stringify({
        ...gru,
        sequence: { ...gru?.sequence, bptt: { mode: 'truncated', k1: 2, k2: 3 } },
      }),
    );
    expect(truncated.code).toBe(0);
    expect(importsOf(truncated.stdout)).toEqual(['import json', 'import torch']);
    expect(truncated.stdout).toContain('K1, K2 = 2, 3');
    expect(truncated.stdout).toContain("torch's RNN modules do not truncate");
    expect(truncated.stdout).toContain('as .detach() would leave it');
    for (const script of [fixedPoint.stdout, truncated.stdout]) {
      expect(script).not.toMatch(/[ \t]$/m);
      expect(pythonUnusedImports(script)).toEqual([]);
    }
  });
});
