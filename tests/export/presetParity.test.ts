// Every MLP, RNN, LSTM, GRU, CNN and fixed-point preset's exported PyTorch script, run under
// /usr/bin/python3 with torch for a few updates, prints the engine's losses (within 1e-10
// relative) and ends at the engine's parameters (within 1e-10). Without torch this fails with
// the reason: CI installs it.
import { describe, expect, it } from 'vitest';
import { PRESETS, RECURRENT_PRESETS } from '../../src/scenario';
import { CNN_PRESETS } from '../../src/scenario/cnnPresets';
import { FIXED_POINT_PRESETS } from '../../src/scenario/fixedPointPresets';
import { GATED_PRESETS } from '../../src/scenario/gatedPresets';
import { engineSide, maxRelDiff, runScripts, torchMissing } from './parity';

const UPDATES = 4;

describe('export → PyTorch: every MLP, RNN, LSTM, GRU, CNN and fixed-point preset', () => {
  it('reproduces the engine’s losses and final parameters', async () => {
    const missing = torchMissing();
    expect(missing, missing ?? '').toBeNull();
    const sides = await Promise.all(
      [
        ...PRESETS,
        ...RECURRENT_PRESETS,
        ...GATED_PRESETS,
        ...CNN_PRESETS,
        ...FIXED_POINT_PRESETS,
      ].map(async (preset) => ({
        id: preset.id,
        ...(await engineSide(preset.scenario, UPDATES)),
      })),
    );
    const outputs = runScripts(sides.map((s) => s.script));
    const report: string[] = [];
    sides.forEach((side, k) => {
      const out = outputs[k];
      expect(out.losses.length, side.id).toBe(UPDATES);
      const lossDiff = maxRelDiff(out.losses, side.losses);
      const paramDiff = maxRelDiff(out.params, side.params, 1);
      report.push(
        `${side.id}: loss ${lossDiff.toExponential(2)}, params ${paramDiff.toExponential(2)}`,
      );
      expect(lossDiff, `${side.id} losses`).toBeLessThanOrEqual(1e-10);
      expect(paramDiff, `${side.id} parameters`).toBeLessThanOrEqual(1e-10);
    });
    console.info(`max relative differences after ${UPDATES} updates:\n${report.join('\n')}`);
  }, 120_000);
});
