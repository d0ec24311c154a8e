// The CLI's commands and formats, on the worked examples whose numbers are published.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../src/scenario/presets';
import { GATED_PRESETS } from '../../src/scenario/gatedPresets';
import { RECURRENT_PRESETS } from '../../src/scenario/recurrentPresets';
import { cli } from './runCli';

describe('presets and validate', () => {
  it('lists every built-in scenario as id<TAB>title', async () => {
    const { code, stdout } = await cli(['presets']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toEqual(
      [...PRESETS, ...RECURRENT_PRESETS, ...GATED_PRESETS].map((p) => `${p.id}\t${p.title}`),
    );
    expect(lines[0]).toBe('two-two-one\tThe 2-2-1 worked example');
  });

  it('validates a preset', async () => {
    expect(await cli(['validate', 'preset:iris'])).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });
});

describe('trace', () => {
  it('prints the contract’s trace JSON with the 2-2-1 example’s published numbers', async () => {
    const { code, stdout } = await cli(['trace', 'preset:two-two-one']);
    expect(code).toBe(0);
    const trace = JSON.parse(stdout);
    const u = trace.updates[0];
    expect(trace.title).toBe('The 2-2-1 worked example');
    expect(Object.keys(u)).toEqual(
      expect.arrayContaining([
        'update',
        'epoch',
        'batch',
        'samples',
        'loss',
        'gradients',
        'before',
        'after',
      ]),
    );
    expect(u.update).toBe(1);
    expect(u.batch).toEqual([0]);
    expect(u.samples[0].input).toEqual([0.35, 0.7]);
    expect(u.samples[0].layers[0].a[0]).toBeCloseTo(0.552308, 6);
    expect(u.samples[0].layers[1].a[0]).toBeCloseTo(0.665074, 6);
    expect(u.after.weights[1][0][0]).toBeCloseTo(0.279691, 6);
    expect(u.after.weights[0][1][1]).toBeCloseTo(0.29435, 6);
    expect(u.before.weights).toEqual([
      [
        [0.2, 0.2],
        [0.3, 0.3],
      ],
      [[0.3, 0.9]],
    ]);
    expect(u.after.biases).toEqual([[0, 0], [0]]);
  });

  it('runs several updates with --updates', async () => {
    const { stdout } = await cli(['trace', 'preset:xor', '--updates', '3']);
    const trace = JSON.parse(stdout);
    expect(trace.updates.map((u: { update: number }) => u.update)).toEqual([1, 2, 3]);
    expect(trace.updates[1].before).toEqual(trace.updates[0].after);
  });

  it.each([
    ['markdown', '| h1 | 0.210000 | 0.552308 |'],
    ['markdown', '| w(h1→y1) | 0.300000 |'],
    ['latex', '\\begin{tabular}'],
    ['latex', '$0.879' /* w(h2→y1) after: 0.878743 rounds in the update table */],
    ['csv', 'section,neuron,z,a'],
  ])('prints a %s worked-example table containing %s', async (format, needle) => {
    const { code, stdout } = await cli(['trace', 'preset:two-two-one', '--format', format]);
    expect(code).toBe(0);
    if (needle === '$0.879') expect(stdout).toContain('$0.878743$');
    else expect(stdout).toContain(needle);
  });

  it('keeps full precision in CSV', async () => {
    const { stdout } = await cli(['trace', 'preset:two-two-one', '--format', 'csv']);
    expect(stdout).toContain('0.5523079095743253');
  });
});

describe('train', () => {
  it('prints exactly the contract’s JSON keys, with a test split', async () => {
    const { code, stdout } = await cli(['train', 'preset:iris', '--epochs', '5', '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(Object.keys(report)).toEqual(['updates', 'epochs', 'train', 'test']);
    expect(report.epochs).toBe(5);
    expect(report.updates).toBe(5 * Math.ceil(120 / 16));
    expect(Object.keys(report.train)).toEqual(['loss', 'accuracy']);
    expect(report.test.accuracy).toBeGreaterThan(0.5);
  });

  it('reports null accuracy for regression and a null test without a split', async () => {
    const { stdout } = await cli(['train', 'preset:two-two-one', '--updates', '1', '--json']);
    const report = JSON.parse(stdout);
    expect(report.train.accuracy).toBeNull();
    expect(report.test).toBeNull();
    // after one update the output is 0.659554, so the loss is ½(0.659554 − 0.5)²
    expect(report.train.loss).toBeCloseTo(0.5 * (0.659554 - 0.5) ** 2, 6);
  });

  it('draws a progress bar on stderr only when stderr is a terminal', async () => {
    const tty = await cli(['train', 'preset:xor', '--updates', '50'], '', true);
    expect(tty.stderr).toMatch(/\[#+\] epoch \d+ {2}update 50/);
    const piped = await cli(['train', 'preset:xor', '--updates', '50']);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toContain('XOR');
  });

  it('learns XOR', async () => {
    const { stdout } = await cli(['train', 'preset:xor', '--updates', '300', '--json']);
    expect(JSON.parse(stdout).train.accuracy).toBe(1);
  });

  it('exits 3 and names the update when training diverges', async () => {
    const scenario = {
      version: 1,
      network: { layers: [1, 1], activations: ['linear'], weights: [[[1]]] },
      optimizer: { kind: 'sgd', learningRate: 10 },
      data: { kind: 'inline', inputs: [[1e100]], targets: [[0]] },
    };
    const { code, stderr, stdout } = await cli(
      ['train', '-', '--updates', '50'],
      JSON.stringify(scenario),
    );
    expect(code).toBe(3);
    expect(stderr).toMatch(/training diverged: Update \d+/);
    expect(stdout).toBe('');
  });
});

describe('gradcheck', () => {
  it('passes on every preset small enough to check quickly', async () => {
    for (const id of ['two-two-one', 'mazur-2-2-2', 'xor', 'iris']) {
      const { code, stdout } = await cli(['gradcheck', `preset:${id}`]);
      expect(code).toBe(0);
      expect(stdout.trim().endsWith('ok')).toBe(true);
    }
  });
});

describe('the real process', () => {
  it('prints only the output on stdout and exits with the contract’s codes', () => {
    const ok = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'validate', 'preset:two-two-one'], {
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe('ok\n');
    const bad = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'validate', '-'], {
      encoding: 'utf8',
      input: '{"version": 1, "network": 5}',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('network: must be an object');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
