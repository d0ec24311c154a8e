// Fixed-point scenarios (network.kind "fixed-point"): contracts.md's network validates with
// its defaults, each malformed one is refused with an issue naming the exact JSON path, the
// app's validator accepts it (the MLP-only one refuses it at network.kind), and the presets
// build runs.
import { describe, expect, it } from 'vitest';
import { FIXED_POINT_PRESETS } from '../../src/scenario/fixedPointPresets';
import { createFixedPointRun, fixedPointSpecOf } from '../../src/scenario/fixedPointRun';
import { inlineData } from '../../src/data/load';
import {
  formatIssue,
  isFixedPointScenario,
  validateAppScenario,
  validateScenario,
} from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import type { FixedPointScenario } from '../../src/scenario/fixedPointSchema';

type Json = Record<string, unknown>;
/** contracts.md's fixed-point network, with numbers in place of its "[...]". */
const example: Json = {
  version: 1,
  network: {
    kind: 'fixed-point',
    units: 3,
    inputs: 2,
    outputUnits: [2],
    activation: 'sigmoid',
    weights: {
      W: [
        [0, 0.1, 0.2],
        [0.3, 0, 0.1],
        [0.2, 0.2, 0],
      ],
      V: [
        [1, 0],
        [0, 1],
        [0.5, 0.5],
      ],
      b: [0, 0, 0],
    },
    relaxation: { start: [0, 0, 0], tolerance: 1e-12, maxIterations: 1000 },
  },
  data: { kind: 'inline', inputs: [[0, 1]], targets: [[1]] },
};
const net = example.network as Json;
const withNetwork = (patch: Json): Json => ({ ...example, network: { ...net, ...patch } });

function accepted(input: unknown): FixedPointScenario {
  const result = validateAnyScenario(input);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  if (!isFixedPointScenario(result.scenario)) throw new Error('not a fixed-point scenario');
  return result.scenario;
}
function issuesOf(input: unknown): string[] {
  const result = validateAnyScenario(input);
  if (result.ok) throw new Error('the scenario was accepted');
  return result.issues.map(formatIssue);
}

describe('a valid fixed-point scenario', () => {
  it('accepts contracts.md’s network', () => {
    expect(accepted(example).network.units).toBe(3);
  });

  it('fills the defaults: sigmoid, xavier-uniform, tolerance 1e-12, 1000 iterations, start 0', () => {
    const s = accepted({
      version: 1,
      network: { kind: 'fixed-point', units: 2, inputs: 2, outputUnits: [1] },
      data: { kind: 'xor', samples: 8 },
    });
    expect(s.network).toMatchObject({
      activation: 'sigmoid',
      init: 'xavier-uniform',
      relaxation: { tolerance: 1e-12, maxIterations: 1000 },
      trainBiases: true,
    });
    expect(fixedPointSpecOf(s).relaxation.start).toEqual([0, 0]);
  });

  it('is accepted by the app’s validator, with the same defaults as the command line’s', () => {
    const result = validateAppScenario(example);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.scenario).toEqual(accepted(example));
  });

  it('is refused where only an MLP is taken, at network.kind, with a message', () => {
    const result = validateScenario(example);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0].path).toBe('network.kind');
      expect(result.issues[0].message).toMatch(/feed-forward network .* "fixed-point" one/);
    }
  });
});

describe('a malformed fixed-point scenario', () => {
  it.each([
    [{ units: 0 }, 'network.units: must be a positive integer from 1 to 64'],
    [{ outputUnits: [] }, 'network.outputUnits: must name at least one output unit'],
    [{ outputUnits: [3] }, 'network.outputUnits[0]: must be below network.units (3)'],
    [{ outputUnits: [2, 2] }, 'network.outputUnits[1]: names unit 2 twice'],
    [{ activation: 'softmax' }, 'network.activation: must be one of'],
    [{ weights: { W: [[1, 2, 3]] } }, 'network.weights.W: must have 3 rows (units × units), not 1'],
    [{ weights: { V: [[1], [1], [1]] } }, 'network.weights.V[0]: must have 2 entries, not 1'],
    [{ weights: { b: [0] } }, 'network.weights.b: must have 3 entries, not 1'],
    [{ weights: { U: [[0]] } }, 'network.weights.U: is not a known field'],
    [{ relaxation: { start: [0] } }, 'network.relaxation.start: must have 3 values (one per unit)'],
    [{ relaxation: { tolerance: -1 } }, 'network.relaxation.tolerance: must be a positive number'],
    [
      { relaxation: { maxIterations: 0 } },
      'network.relaxation.maxIterations: must be a whole number',
    ],
    [{ layers: [2, 1] }, 'network.layers: is not a known field'],
  ])('%j → %s', (patch, message) => {
    expect(issuesOf(withNetwork(patch)).join('\n')).toContain(message);
  });

  it('checks the data against the inputs and output units', () => {
    expect(
      issuesOf({ ...example, data: { kind: 'inline', inputs: [[0]], targets: [[1, 0]] } }),
    ).toEqual([
      'data.inputs[0]: must have 2 values (network.inputs), not 1',
      'data.targets[0]: must have 1 values (one per output unit), not 2',
    ]);
    expect(issuesOf({ ...withNetwork({ weights: undefined }), data: { kind: 'iris' } })).toEqual([
      'network.inputs: must be 4: the iris data set has 4 inputs',
      'network.outputUnits: must name 3 units: the iris data set has 3 outputs',
    ]);
  });

  it('needs sigmoid units for cross-entropy', () => {
    expect(issuesOf({ ...withNetwork({ activation: 'tanh' }), loss: 'cross-entropy' })).toEqual([
      'loss: "cross-entropy" needs network.activation "sigmoid" (outputs in 0..1), not "tanh"',
    ]);
  });
});

describe('the fixed-point presets', () => {
  it.each(FIXED_POINT_PRESETS.map((p) => [p.id, p] as const))(
    '%s validates and builds a run',
    (_id, preset) => {
      const s = accepted(preset.scenario);
      if (s.data.kind !== 'inline') throw new Error('expected inline data');
      const run = createFixedPointRun(s, inlineData(s.data.inputs, s.data.targets, 1));
      const first = run.trainer.step();
      expect(first.ok).toBe(true);
    },
  );
});
