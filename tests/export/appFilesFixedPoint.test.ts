// The app's Export → PyTorch script for a fixed-point run: built from the run as loaded (its
// starting parameters, the user's edits included), not refused as an unsupported kind.
import { describe, expect, it } from 'vitest';
import { pytorchScript } from '../../src/export/appFiles';
import { getFixedPointPreset } from '../../src/scenario/fixedPointPresets';
import { fixedPointStartingParams } from '../../src/scenario/fixedPointShare';
import { isFixedPointScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import { readText } from '../helpers/files';

describe('the app’s PyTorch export of a fixed-point run', () => {
  it('writes the starting parameters it is given', async () => {
    const checked = validateAnyScenario(getFixedPointPreset('fixed-point')?.scenario);
    if (!checked.ok || !isFixedPointScenario(checked.scenario)) throw new Error('no preset');
    const initial = fixedPointStartingParams(checked.scenario);
    initial[0] = 0.125; // W[0][0], edited in the app
    const result = await pytorchScript(checked.scenario, initial, readText, 2);
    if (!result.ok) throw new Error(result.reason);
    expect(result.updates).toBe(2);
    expect(result.script).toContain('def relax_adjoint(self, d, e):');
    expect(result.script).toContain('        [0.125, 0.4, -0.3],\n');
  });
});
