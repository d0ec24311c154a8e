// A fixed-point script whose relaxation does not settle behaves as the command line does: the
// updates before it print their losses, the refused update is not applied, and the script
// exits 3 with the very line `train` prints on stderr (the phase, the sample, the last change).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/runCli';
import { PYTHON, torchMissing } from './parity';

const UPDATES = 3;

function scenario(
  network: Record<string, unknown>,
  inputs: number[][],
  targets: number[][],
): Record<string, unknown> {
  return {
    version: 1,
    title: 'does not settle',
    seed: 3,
    network: { kind: 'fixed-point', units: 1, inputs: 1, outputUnits: [0], ...network },
    loss: 'squared-error',
    optimizer: { kind: 'sgd', learningRate: 0.01 },
    batch: { mode: 'online' },
    data: { kind: 'inline', inputs, targets },
    split: { test: 0 },
    shuffle: false,
  };
}

const CASES = {
  // x ← tanh(−3x + ξ): settles for ξ = 5 (update 1), swings on a 2-cycle for ξ = 0.3 (update 2).
  forward: scenario(
    {
      activation: 'tanh',
      weights: { W: [[-3]], V: [[1]], b: [0] },
      relaxation: { tolerance: 1e-12, maxIterations: 50 },
    },
    [[5], [0.3]],
    [[0.5], [0.5]],
  ),
  // x* = 0 at once (the start is the fixed point), but v ← 2v + e doubles: the adjoint fails.
  adjoint: scenario(
    {
      activation: 'linear',
      weights: { W: [[2]], V: [[0]], b: [0] },
      relaxation: { start: [0], tolerance: 1e-12, maxIterations: 100 },
    },
    [[0]],
    [[1]],
  ),
};

describe('export → PyTorch: a relaxation that does not settle', () => {
  it.each(Object.entries(CASES))(
    '%s: exits 3 with the CLI’s message, the update not applied',
    async (phase, input) => {
      const missing = torchMissing();
      expect(missing, missing ?? '').toBeNull();
      const json = JSON.stringify(input);
      const train = await cli(['train', '-', '--updates', String(UPDATES)], json);
      expect(train.code).toBe(3);
      expect(train.stderr).toContain(`the ${phase} relaxation of sample`);
      const exported = await cli(
        ['export', '-', '--to', 'pytorch', '--updates', String(UPDATES)],
        json,
      );
      expect(exported.code).toBe(0);
      const run = spawnSync(PYTHON, ['-'], { input: exported.stdout, encoding: 'utf8' });
      expect(run.stderr).toBe(train.stderr);
      expect(run.status).toBe(3);
      const refused = Number(/Update (\d+):/.exec(train.stderr)?.[1]);
      const printed = run.stdout.split('\n').filter((l) => l.startsWith('update '));
      expect(printed).toHaveLength(refused - 1);
      expect(run.stdout).not.toContain('{"W"'); // no final parameters: the run stopped
    },
    60_000,
  );
});
