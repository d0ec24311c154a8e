// The command line on fixed-point scenarios: validate, trace (json per contracts.md, and the
// worked-example tables), train (fixed-point-xor learns XOR), gradcheck, exit 2 naming the path,
// and exit 3 when a relaxation does not settle — the update not applied, the phase named.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bpl-fixed-point-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** One linear unit x ← w·x + ξ: settles for |w| < 1, runs away for w = 1.5. */
const oneUnit = (w: number, maxIterations = 50) => ({
  version: 1,
  title: 'one unit',
  network: {
    kind: 'fixed-point',
    units: 1,
    inputs: 1,
    outputUnits: [0],
    activation: 'linear',
    weights: { W: [[w]], V: [[1]], b: [0] },
    relaxation: { tolerance: 1e-12, maxIterations },
  },
  optimizer: { kind: 'sgd', learningRate: 0.1 },
  data: { kind: 'inline', inputs: [[1], [2]], targets: [[0.5], [1]] },
});

interface FixedPointJson {
  x: number[];
  u: number[];
  iterations: number;
  forward: number[][];
  e: number[];
  v: number[];
  adjointIterations: number;
  adjoint: number[][];
  delta: number[];
  forwardChange: number[];
}

describe('fixed-point scenarios on the command line', () => {
  it('lists and validates the two presets', async () => {
    const { stdout } = await cli(['presets']);
    expect(stdout).toMatch(/^fixed-point\t/m);
    expect(stdout).toMatch(/^fixed-point-xor\t/m);
    for (const id of ['fixed-point', 'fixed-point-xor'])
      expect(await cli(['validate', `preset:${id}`])).toEqual({
        code: 0,
        stdout: 'ok\n',
        stderr: '',
      });
  });

  it('exits 2 naming the path of each problem', async () => {
    const bad = {
      ...oneUnit(0.5),
      network: {
        ...oneUnit(0.5).network,
        outputUnits: [1],
        weights: { W: [[0.5, 0.1]] },
        relaxation: { start: [0, 0], tolerance: 0 },
      },
    };
    const { code, stdout, stderr } = await cli(['trace', file('bad.json', bad)]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('network.relaxation.tolerance: must be a positive number');
    const schemaOk = { ...bad, network: { ...bad.network, relaxation: { start: [0, 0] } } };
    const checks = await cli(['validate', file('bad2.json', schemaOk)]);
    expect(checks.code).toBe(2);
    expect(checks.stderr).toContain('network.outputUnits[0]: must be below network.units (1)');
    expect(checks.stderr).toContain('network.weights.W[0]: must have 1 entries, not 2');
    expect(checks.stderr).toContain('network.relaxation.start: must have 1 values');
    expect(checks.stderr).not.toMatch(/at .*\.ts/);
  });

  it('checks loaded data against the inputs and output units (exit 2 naming the path)', async () => {
    const csv = {
      ...oneUnit(0.5),
      network: { ...oneUnit(0.5).network, weights: undefined },
      data: { kind: 'csv', text: 'a,b,y\n1,2,0\n3,4,1\n', targetColumns: ['y'] },
    };
    const { code, stderr } = await cli(['validate', file('csv.json', csv)]);
    expect(code).toBe(2);
    expect(stderr).toBe('network.inputs: must be 2: the data has 2 input columns\n');
  });

  it('traces per contracts.md: a fixedPoint record per sample, blocks W V b', async () => {
    const { code, stdout } = await cli(['trace', 'preset:fixed-point']);
    expect(code).toBe(0);
    const trace = JSON.parse(stdout) as {
      updates: {
        samples: { fixedPoint: FixedPointJson; loss: number }[];
        gradients: Record<string, number[][] | number[]>;
        before: Record<string, unknown>;
      }[];
    };
    const u = trace.updates[0];
    const fp = u.samples[0].fixedPoint;
    expect(Object.keys(fp).slice(0, 9)).toEqual([
      'x',
      'u',
      'iterations',
      'forward',
      'e',
      'v',
      'adjointIterations',
      'adjoint',
      'delta',
    ]);
    expect(fp.iterations).toBe(17);
    expect(fp.forward).toHaveLength(17);
    expect(fp.forward[16]).toEqual(fp.x);
    expect(fp.forwardChange[16]).toBeLessThanOrEqual(1e-12);
    expect(fp.e[0]).toBe(0);
    expect(fp.e[2]).toBeCloseTo(fp.x[2] - 0.9, 15);
    expect(fp.adjoint[fp.adjointIterations - 1]).toEqual(fp.v);
    expect(Object.keys(u.gradients)).toEqual(['W', 'V', 'b']);
    // ∂L/∂W = δ·x*ᵀ
    const W = u.gradients.W as number[][];
    expect(W[1][2]).toBeCloseTo(fp.delta[1] * fp.x[2], 15);
    expect(u.before.V).toEqual([
      [0.5, -0.2],
      [0.3, 0.8],
      [0, 0],
    ]);
  });

  it('prints the worked-example tables as Markdown', async () => {
    const { code, stdout } = await cli(['trace', 'preset:fixed-point', '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('## Update 1: forward relaxation x ← f(W·x + V·ξ + b)');
    expect(stdout).toContain('| iteration | ‖Δx‖∞ | x1 | x2 | x3 |');
    expect(stdout).toContain('The forward relaxation settled after 17 iterations.');
    expect(stdout).toContain('ρ(D·W) = 0.169326: below 1');
    expect(stdout).toContain('## Update 1: adjoint relaxation v ← Wᵀ·(D·v) + e');
    expect(stdout).toContain('| W (x3 ← x1) |');
    const csv = await cli(['trace', 'preset:fixed-point', '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('V (x2 ← ξ2)');
  });

  it('gradchecks through the whole relaxation', async () => {
    for (const id of ['fixed-point', 'fixed-point-xor']) {
      const { code, stdout } = await cli(['gradcheck', `preset:${id}`]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/through the whole relaxation/);
      expect(stdout).toMatch(/^W: \S+ {2}ok$/m);
      expect(stdout.trim().endsWith('ok')).toBe(true);
    }
  });

  it('trains fixed-point-xor to 100% accuracy within its 100 epochs, and keeps settling', async () => {
    const train = async (epochs: number) => {
      const { code, stdout, stderr } = await cli([
        'train',
        'preset:fixed-point-xor',
        '--epochs',
        String(epochs),
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      return JSON.parse(stdout) as { epochs: number; train: { accuracy: number; loss: number } };
    };
    const untrained = await cli(['train', 'preset:fixed-point-xor', '--updates', '1', '--json']);
    const before = JSON.parse(untrained.stdout) as { train: { loss: number } };
    const report = await train(100);
    expect(report.epochs).toBe(100);
    expect(report.train.accuracy).toBe(1);
    expect(report.train.loss).toBeLessThan(0.1 * before.train.loss);
    const long = await train(10_000);
    expect(long.train.accuracy).toBe(1);
  });

  it('exits 3 when the forward relaxation does not settle, naming the phase and its last change', async () => {
    const { code, stdout, stderr } = await cli([
      'train',
      file('away.json', oneUnit(1.5)),
      '--updates',
      '2',
    ]);
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^training diverged: Update 1: the forward relaxation of sample 0 did not settle within 50 iterations: its last change max\|Δx\| was 4\.251e\+8 \(tolerance 1e-12\); the update was not applied\.\n$/,
    );
    const trace = await cli(['trace', file('away.json', oneUnit(1.5))]);
    expect(trace.code).toBe(3);
    expect(trace.stdout).toBe('');
  });

  it('exits 3 naming the adjoint when only the error does not settle', async () => {
    // x ← −x + ξ from x⁽⁰⁾ = ξ/2 settles at once; v ← −v + e flips for ever.
    const flip = {
      ...oneUnit(-1),
      network: { ...oneUnit(-1).network, relaxation: { start: [0.5], maxIterations: 50 } },
      data: { kind: 'inline', inputs: [[1]], targets: [[0]] },
    };
    const { code, stderr } = await cli(['trace', file('flip.json', flip)]);
    expect(code).toBe(3);
    expect(stderr).toMatch(
      /the adjoint relaxation of sample 0 did not settle within 50 iterations: its last change max\|Δv\| was 5\.000e-1/,
    );
    const check = await cli(['gradcheck', file('flip.json', flip)]);
    expect(check.code).toBe(3);
    expect(check.stderr).toMatch(/gradient check impossible: the adjoint relaxation of sample 0/);
  });
});
