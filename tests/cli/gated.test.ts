// The command line on LSTM and GRU scenarios: validate (the presets; exit 2 naming the path of
// bad blocks and options), trace (contracts.md's JSON keys with the gates, markdown tables per
// step with the gates), gradcheck (both GRU conventions, truncated), train with clipping on
// sequences of different lengths, and divergence.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GATED_PRESETS } from '../../src/scenario/gatedPresets';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bpl-gated-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** Three sequences of 3, 5 and 2 steps, 2 inputs, 1 output scored at every step. */
const sequences = {
  kind: 'sequences',
  inputs: [
    [
      [1, 0],
      [0.5, -1],
      [0, 2],
    ],
    [
      [0.2, 0.1],
      [1, 1],
      [-1, 0.5],
      [0.3, 0.3],
      [2, -2],
    ],
    [
      [0, 0],
      [1, -1],
    ],
  ],
  targets: [
    [[0.1], [0.2], [0.3]],
    [[0], [0.5], [-0.5], [0.2], [0.4]],
    [[1], [-1]],
  ],
};
const gru = (convention: string) => ({
  version: 1,
  title: `GRU ${convention}`,
  seed: 4,
  network: { kind: 'gru', inputs: 2, hidden: 3, outputs: 1, gru: convention },
  sequence: {
    readout: 'every-step',
    lossOverTime: 'mean',
    bptt: { mode: 'truncated', k1: 2, k2: 3 },
  },
  loss: 'squared-error',
  optimizer: { kind: 'sgd', learningRate: 0.1, clipNorm: 0.5 },
  batch: { mode: 'full' },
  data: sequences,
});

describe('LSTM and GRU scenarios on the command line', () => {
  it('validates every gated preset and lists it', async () => {
    const list = await cli(['presets']);
    for (const p of GATED_PRESETS) {
      expect(list.stdout).toContain(`${p.id}\t${p.title}\n`);
      expect(await cli(['validate', `preset:${p.id}`])).toEqual({
        code: 0,
        stdout: 'ok\n',
        stderr: '',
      });
    }
  });

  it('exits 2 naming the path of each problem', async () => {
    const bad = {
      ...gru('reset-before'),
      network: {
        kind: 'lstm',
        inputs: 2,
        hidden: 3,
        outputs: 2,
        readout: false,
        gru: 'reset-after',
        weights: { Wxi: [[1, 2]], bf: [0, 0, 0, 0], Why: [[1, 1, 1]] },
      },
    };
    const first = await cli(['trace', file('bad1.json', bad)]);
    expect(first.code).toBe(2);
    expect(first.stderr).toMatch(/network\.gru/);
    const lstm: Record<string, unknown> = { ...bad.network };
    delete lstm.gru;
    const second = await cli(['trace', file('bad2.json', { ...bad, network: lstm })]);
    expect(second.code).toBe(2);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain('network.outputs: must equal network.hidden (3)');
    expect(second.stderr).toContain(
      'network.weights.Wxi: must have 3 rows (hidden × inputs), not 1',
    );
    expect(second.stderr).toContain('network.weights.bf: must have 3 entries (hidden), not 4');
    expect(second.stderr).toContain('network.weights.Why: is not used: the network has no readout');
    const third = await cli([
      'validate',
      file('bad3.json', {
        ...gru('sideways'),
        sequence: { bptt: { mode: 'truncated', k1: 3, k2: 1 } },
      }),
    ]);
    expect(third.code).toBe(2);
    expect(third.stderr).toMatch(/network\.gru: must be one of "reset-after", "reset-before"/);
    expect(third.stderr).not.toMatch(/at .*\.ts/);
  });

  it('traces per contracts.md: the gates, c and dLdc, dGates, blocks by name, sweeps', async () => {
    const { code, stdout } = await cli(['trace', 'preset:lstm-gomez']);
    expect(code).toBe(0);
    const trace = JSON.parse(stdout) as {
      updates: {
        samples: { steps: Record<string, unknown>[] }[];
        gradients: Record<string, unknown>;
      }[];
    };
    const step = trace.updates[0].samples[0].steps[0];
    expect(Object.keys(step)).toEqual([
      't',
      'x',
      'h',
      'y',
      'target',
      'loss',
      'dLdy',
      'dLdh',
      'i',
      'f',
      'g',
      'o',
      'c',
      'dLdc',
      'dGates',
    ]);
    expect(Object.keys(step.dGates as object)).toEqual(['i', 'f', 'g', 'o']);
    expect(Object.keys(trace.updates[0].gradients)).toEqual([
      'Wxi',
      'Whi',
      'bi',
      'Wxf',
      'Whf',
      'bf',
      'Wxg',
      'Whg',
      'bg',
      'Wxo',
      'Who',
      'bo',
    ]);
    const g = await cli(['trace', file('gru.json', gru('reset-after'))]);
    const gt = JSON.parse(g.stdout) as {
      updates: { samples: { steps: Record<string, unknown>[]; sweeps: unknown[] }[] }[];
    };
    const s1 = gt.updates[0].samples[1];
    expect(s1.steps).toHaveLength(5);
    expect(Object.keys(s1.steps[0])).toContain('n');
    expect(Object.keys(s1.steps[0])).not.toContain('c');
    expect(s1.sweeps).toEqual([
      { at: 2, injected: [1, 2], swept: [1, 2] },
      { at: 4, injected: [3, 4], swept: [2, 3, 4] },
      { at: 5, injected: [5], swept: [3, 4, 5] },
    ]);
  });

  it('prints the per-step tables with the gates as Markdown, LaTeX and CSV', async () => {
    const md = await cli(['trace', 'preset:lstm-gomez', '--format', 'markdown']);
    expect(md.stdout).toContain('| t | unit | i | f | g | o | c | h |');
    expect(md.stdout).toContain(
      '| 1 | h1 | 0.960834 | 0.851953 | 0.817754 | 0.817574 | 0.785726 | 0.536313 |',
    );
    expect(md.stdout).toContain('| t | unit | ∂L/∂h | ∂L/∂c | δi | δf | δg | δo |');
    expect(md.stdout).toContain('Wxg (g1 ← x2)');
    for (const format of ['latex', 'csv']) {
      const out = await cli(['trace', file('f.json', gru('reset-before')), '--format', format]);
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(format === 'csv' ? /unit,r,z,n,h/ : /unit & r & z & n & h/);
      expect(out.stdout).toMatch(format === 'csv' ? /δr,δz,δn/ : /\$\\delta\$r/);
    }
  });

  it('gradchecks both GRU conventions under truncation, and an LSTM', async () => {
    for (const convention of ['reset-after', 'reset-before']) {
      const out = await cli(['gradcheck', file(`g-${convention}.json`, gru(convention))]);
      expect(out.code).toBe(0);
      expect(out.stdout).toMatch(/frozen-state surrogate/);
      expect(out.stdout).toMatch(/bhn: \S+ {2}ok/);
    }
    const lstm = await cli(['gradcheck', 'preset:lstm-memory']);
    expect(lstm.code).toBe(0);
    expect(lstm.stdout.trim().endsWith('ok')).toBe(true);
  });

  it('trains with clipping on sequences of different lengths, and sunspots-lstm learns', async () => {
    const out = await cli([
      'train',
      file('t.json', gru('reset-after')),
      '--updates',
      '20',
      '--json',
    ]);
    expect(out.code).toBe(0);
    const before = await cli(['train', 'preset:sunspots-lstm', '--updates', '1', '--json']);
    const after = await cli(['train', 'preset:sunspots-lstm', '--epochs', '15', '--json']);
    const loss = (r: { stdout: string }) =>
      (JSON.parse(r.stdout) as { test: { loss: number } }).test.loss;
    expect(loss(after)).toBeLessThan(0.6 * loss(before));
  });
});
