// The command line on convolutional scenarios: validate, trace (json per contracts.md and
// the per-layer tables), train (digits-cnn passes 97% test accuracy), gradcheck, the
// vanishing gradients of deep-sigmoid against deep-sigmoid-bn, and exit 2 naming the path.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CnnTraceJson } from '../../src/engine/conv/cnnTraceJson';
import { cli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bpl-cnn-'));
function file(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

const small = {
  version: 1,
  title: 'small cnn',
  network: {
    kind: 'cnn',
    input: [2, 4, 4],
    layers: [
      { type: 'conv2d', filters: 2, size: 3, stride: 1, padding: 1, activation: 'tanh' },
      { type: 'batchnorm' },
      { type: 'avgpool', size: 2 },
      { type: 'flatten' },
      { type: 'dense', units: 2, activation: 'softmax' },
    ],
    init: 'xavier-uniform',
  },
  loss: 'cross-entropy',
  optimizer: { kind: 'sgd', learningRate: 0.1 },
  batch: { mode: 'minibatch', size: 3 },
  data: {
    kind: 'inline',
    inputs: [0, 1, 2, 3].map((s) => Array.from({ length: 32 }, (_, k) => Math.sin(s * 7 + k))),
    targets: [0, 1, 1, 0],
  },
};

const trace = async (args: string[]): Promise<CnnTraceJson> => {
  const result = await cli(['trace', ...args]);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as CnnTraceJson;
};

describe('convolutional scenarios on the command line', () => {
  it('validates the four presets and a small net', async () => {
    for (const id of ['digits-cnn', 'conv-by-hand', 'deep-sigmoid', 'deep-sigmoid-bn'])
      expect(await cli(['validate', `preset:${id}`])).toEqual({
        code: 0,
        stdout: 'ok\n',
        stderr: '',
      });
    expect((await cli(['validate', file('small.json', small)])).stdout).toBe('ok\n');
  });

  it('exits 2 naming the path of each problem', async () => {
    const cases: [unknown, string][] = [
      [
        {
          ...small,
          network: {
            ...small.network,
            layers: [{ type: 'conv2d', filters: 1, size: 5 }, { type: 'flatten' }],
          },
        },
        'network.layers[0]: its 5×5 window does not fit the 4×4 input',
      ],
      [
        { ...small, network: { ...small.network, layers: [{ type: 'dense', units: 2 }] } },
        'network.layers[0]: a dense layer needs a flat input: put a flatten layer before it',
      ],
      [
        { ...small, batch: { mode: 'online' } },
        'batch.mode: online training cannot use batch norm',
      ],
      [
        {
          ...small,
          network: { ...small.network, weights: [{ kernels: [[[[1]]]] }, null, null, null, null] },
        },
        'network.weights[0].kernels: must have 2 entries, not 1',
      ],
      [
        { ...small, network: { ...small.network, layers: [{ type: 'flatten' }] } },
        'loss: "cross-entropy" needs a sigmoid or softmax last layer',
      ],
      [
        { ...small, network: { ...small.network, input: [1, 4, 4] } },
        'network.input: must hold 32 numbers',
      ],
      [
        { ...small, network: { ...small.network, layers: [{ type: 'pool' }] } },
        'network.layers[0].type',
      ],
    ];
    for (const [scenario, message] of cases) {
      const result = await cli(['validate', file('bad.json', scenario)]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toContain('    at ');
    }
  });

  it('traces conv-by-hand in integers: patch × kernel + bias, Σ δ ⊙ patch, the input gradient', async () => {
    const json = await trace(['preset:conv-by-hand']);
    const update = json.updates[0];
    const sample = update.samples[0];
    const [conv, flat] = sample.layers;
    expect(conv.shape).toEqual([1, 3, 3]);
    expect(flat.shape).toEqual([9]);
    const X = sample.input;
    const K = [1, -1, 2, 0];
    for (let i = 0; i < 3; i += 1)
      for (let j = 0; j < 3; j += 1) {
        const patch = [X[i * 4 + j], X[i * 4 + j + 1], X[(i + 1) * 4 + j], X[(i + 1) * 4 + j + 1]];
        expect(conv.z![i * 3 + j]).toBe(1 + patch.reduce((s, x, k) => s + x * K[k], 0));
      }
    const delta = conv.delta!;
    expect(delta).toEqual(conv.z!.map((z, k) => z - sample.target[k]));
    const grads = update.gradients[0] as { kernels: number[][][][]; biases: number[] };
    expect(grads.kernels[0][0][0][0]).toBe(
      delta.reduce((s, d, k) => s + d * X[Math.floor(k / 3) * 4 + (k % 3)], 0),
    );
    expect(grads.biases[0]).toBe(delta.reduce((s, d) => s + d, 0));
    expect(sample.inputGradient.every((v) => Number.isInteger(v))).toBe(true);
    expect(update.gradients[1]).toBeNull();
    expect(update.before[0]).toEqual({
      kernels: [
        [
          [
            [1, -1],
            [2, 0],
          ],
        ],
      ],
      biases: [1],
    });
  });

  it('prints the per-layer tables with the kernel, the patch and the sum of a chosen cell', async () => {
    const result = await cli([
      'trace',
      'preset:conv-by-hand',
      '--format',
      'markdown',
      '--cell',
      '1,1,1',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('output (1, 1, 1): patch × kernel + bias');
    expect(result.stdout).toContain(
      '| K[1][1][1][2] | -1.000000 | (1, 1, 2) | 2.000000 | -2.000000 |',
    );
    expect(result.stdout).toContain('| z = Σ patch × kernel + bias |  |  |  | 0 |');
    expect((await cli(['trace', 'preset:conv-by-hand', '--cell', 'x'])).code).toBe(2);
  });

  it('traces batch norm with the batch statistics and x̂', async () => {
    const json = await trace([file('small.json', small)]);
    const bn = json.updates[0].samples[0].layers[1];
    expect(bn.type).toBe('batchnorm');
    expect(bn.mean).toHaveLength(2);
    expect(bn.variance).toHaveLength(2);
    expect(bn.xhat).toHaveLength(32);
    expect(bn.z).toBeUndefined();
    expect(json.updates[0].samples).toHaveLength(3);
    const table = await cli(['trace', file('small.json', small), '--format', 'csv']);
    expect(table.stdout).toContain('batchnorm with the batch');
  });

  it('exits 3 naming the update when training diverges', async () => {
    const result = await cli(['train', 'preset:conv-by-hand', '--json']);
    expect(result.code).toBe(0);
    const { getCnnPreset } = await import('../../src/scenario/cnnPresets');
    const scenario = getCnnPreset('conv-by-hand')!.scenario;
    const diverging = { ...scenario, optimizer: { kind: 'sgd', learningRate: 10 } };
    const bad = await cli(['train', file('diverging.json', diverging), '--updates', '200']);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/training diverged: Update \d+/);
  });

  it('gradchecks a batch-norm net and conv-by-hand', async () => {
    for (const arg of [file('small.json', small), 'preset:conv-by-hand']) {
      const result = await cli(['gradcheck', arg]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/input: .* ok/);
      expect(result.stdout.trim().endsWith('ok')).toBe(true);
    }
  });

  it('trains digits-cnn past 97% test accuracy in its 10 epochs', async () => {
    const result = await cli(['train', 'preset:digits-cnn', '--json']);
    expect(result.code).toBe(0);
    const metrics = JSON.parse(result.stdout) as { epochs: number; test: { accuracy: number } };
    expect(metrics.epochs).toBe(10);
    expect(metrics.test.accuracy).toBeGreaterThanOrEqual(0.97);
  }, 60_000);

  it('deep-sigmoid’s gradients vanish toward the input; with batch norm they do not', async () => {
    const firstAndLast = async (id: string): Promise<[number, number]> => {
      const json = await trace([`preset:${id}`]);
      const norms = json.updates[0].gradients
        .filter((g): g is Record<string, number[][]> => g !== null && 'weights' in g)
        .map((g) => Math.hypot(...g.weights.flat()));
      return [norms[0], norms[norms.length - 2]];
    };
    const [plainFirst, plainLast] = await firstAndLast('deep-sigmoid');
    const [bnFirst, bnLast] = await firstAndLast('deep-sigmoid-bn');
    expect(plainFirst / plainLast).toBeLessThan(0.01);
    expect(bnFirst / bnLast).toBeGreaterThan(0.5);
  }, 60_000);
});
