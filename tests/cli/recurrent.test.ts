// The command line on recurrent scenarios: validate, trace (json per contracts.md, and the
// per-time-step tables), train (the sunspot test loss falls), gradcheck, and exit 2 naming
// the path for a bad recurrent scenario.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractRnnExample } from '../helpers/scenarios';
import { cli } from './runCli';

const example = {
  ...contractRnnExample,
  title: 'contracts.md example',
  sequence: {
    readout: 'every-step',
    lossOverTime: 'sum',
    bptt: { mode: 'truncated', k1: 2, k2: 3 },
  },
  optimizer: { kind: 'sgd', learningRate: 0.1 },
};
const dir = mkdtempSync(join(tmpdir(), 'bpl-rnn-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

describe('recurrent scenarios on the command line', () => {
  it('validates the contract’s example and the three recurrent presets', async () => {
    expect((await cli(['validate', file('ok.json', example)])).stdout).toBe('ok\n');
    for (const id of ['rnn-sine', 'rnn-memory', 'sunspots-rnn'])
      expect(await cli(['validate', `preset:${id}`])).toEqual({
        code: 0,
        stdout: 'ok\n',
        stderr: '',
      });
  });

  it('exits 2 naming the path of each problem', async () => {
    const bad = {
      ...example,
      sequence: { bptt: { mode: 'truncated', k1: 3, k2: 2 } },
      network: { ...example.network, weights: { bh: [0] } },
    };
    const { code, stdout, stderr } = await cli(['trace', file('bad.json', bad)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('sequence.bptt.k2: must be at least k1 (3)');
    expect(stderr).toContain('network.weights.bh: must have 2 entries, not 1');
    expect(stderr).not.toMatch(/at .*\.ts/);
  });

  it('traces per contracts.md: steps per sample, blocks by name, sweeps with truncation', async () => {
    const { code, stdout } = await cli(['trace', file('t.json', example)]);
    expect(code).toBe(0);
    const trace = JSON.parse(stdout) as {
      updates: {
        samples: { steps: Record<string, unknown>[]; sweeps: unknown[]; loss: number }[];
        gradients: Record<string, unknown>;
        before: Record<string, unknown>;
        after: Record<string, unknown>;
      }[];
    };
    const u = trace.updates[0];
    const sample = u.samples[0];
    expect(sample.steps).toHaveLength(4);
    expect(Object.keys(sample.steps[0])).toEqual([
      't',
      'x',
      'a',
      'h',
      'y',
      'target',
      'loss',
      'dLdy',
      'dLdh',
      'delta',
    ]);
    expect(sample.steps[0].a).toEqual([0.5, -0.3 + 0.1]);
    expect(sample.sweeps).toEqual([
      { at: 2, injected: [1, 2], swept: [1, 2] },
      { at: 4, injected: [3, 4], swept: [2, 3, 4] },
    ]);
    expect(Object.keys(u.gradients)).toEqual(['Wxh', 'Whh', 'bh', 'Why', 'by']);
    expect(u.before.Whh).toEqual(example.network.weights.Whh);
    expect(Object.keys(u.after)).toEqual(['Wxh', 'Whh', 'bh', 'Why', 'by']);
  });

  it('prints the worked-example tables per time step as Markdown', async () => {
    const { code, stdout } = await cli(['trace', file('m.json', example), '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('## Update 1: forward through time');
    expect(stdout).toContain('| 1 | h1 | 0.500000 | 0.462117 |');
    expect(stdout).toContain('## Update 1: backward through time');
    expect(stdout).toContain('| 2 | 1 2 | 1 2 |');
    expect(stdout).toContain('Whh (h2 ← h1)');
  });

  it('gradchecks full and truncated BPTT', async () => {
    const truncated = await cli(['gradcheck', file('g.json', example)]);
    expect(truncated.code).toBe(0);
    expect(truncated.stdout).toMatch(/frozen-state surrogate/);
    expect(truncated.stdout).toMatch(/Whh: \S+ {2}ok/);
    const full = await cli(['gradcheck', 'preset:rnn-memory']);
    expect(full.code).toBe(0);
    expect(full.stdout.trim().endsWith('ok')).toBe(true);
  });

  it('trains sunspots-rnn: the test loss (the last years) falls', async () => {
    const before = await cli(['train', 'preset:sunspots-rnn', '--updates', '1', '--json']);
    const after = await cli(['train', 'preset:sunspots-rnn', '--epochs', '40', '--json']);
    expect(after.code).toBe(0);
    const t0 = (JSON.parse(before.stdout) as { test: { loss: number } }).test.loss;
    const t1 = (JSON.parse(after.stdout) as { test: { loss: number }; train: { accuracy: null } })
      .test.loss;
    expect(t1).toBeLessThan(0.6 * t0);
  });

  it('exits 3 when a recurrent net diverges', async () => {
    const wild = {
      ...example,
      sequence: { bptt: { mode: 'full' } },
      network: {
        ...example.network,
        activation: 'linear',
        weights: {
          Whh: [
            [9, 9],
            [9, 9],
          ],
        },
      },
      optimizer: { kind: 'sgd', learningRate: 10 },
      data: {
        kind: 'sequences',
        inputs: [Array.from({ length: 400 }, () => [1])],
        targets: [Array.from({ length: 400 }, () => [0])],
      },
    };
    const { code, stderr } = await cli(['train', file('wild.json', wild), '--updates', '3']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/training diverged: Update 1/);
  });
});
