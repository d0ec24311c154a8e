// The overfitting preset does what its description tells a learner to watch for: train and
// test loss part, and the L2 rate and dropout it suggests close the gap. The settings and
// the number of updates are read from the description, so the text and the test agree.
import { describe, expect, it } from 'vitest';
import { evaluate, forwardMany } from '../../src/engine';
import {
  getPreset,
  loadScenarioRun,
  validateScenario,
  type Run,
  type Scenario,
} from '../../src/scenario';
import { readText } from '../helpers/files';

const preset = getPreset('overfitting')!;
const stated = (pattern: RegExp): number => {
  const m = pattern.exec(preset.description);
  if (!m) throw new Error(`the description no longer says ${pattern.source}`);
  return Number(m[1]);
};
const updates = stated(/train again for (\d+) updates/);
const l2Rate = stated(/L2 regularization with a rate of ([\d.]+)/);
const dropout = stated(/dropout of ([\d.]+)/);
const tooMuchL2 = stated(/Too much L2 \(a rate of ([\d.]+)\)/);

interface Outcome {
  readonly run: Run;
  readonly train: number;
  readonly test: number;
  readonly gap: number;
  /** The lowest test loss seen after any update. */
  readonly bestTest: number;
}

function valid(patch: object): Scenario {
  const result = validateScenario({ ...preset.scenario, ...patch });
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.scenario;
}

async function trainWith(patch: object): Promise<Outcome> {
  const run = await loadScenarioRun(valid(patch), readText);
  const testLoss = (): number =>
    evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.test).loss;
  let bestTest = Infinity;
  while (run.trainer.updates < updates) {
    expect(run.trainer.step(false).ok).toBe(true);
    bestTest = Math.min(bestTest, testLoss());
  }
  const train = evaluate(run.net, 'cross-entropy', run.data.dataset, run.split.train).loss;
  const test = testLoss();
  return { run, train, test, gap: test - train, bestTest };
}

describe('the overfitting preset', () => {
  it('is a big net on few points, half of them held out, trained full batch', () => {
    const scenario = valid({});
    const { layers } = scenario.network;
    const weights = layers.slice(1).reduce((sum, n, l) => sum + n * layers[l], 0);
    expect(weights).toBeGreaterThan(4000);
    expect(scenario.data).toMatchObject({ kind: 'circle', samples: 40 });
    expect(scenario.split.test).toBe(0.5);
    expect(scenario.batch).toEqual({ mode: 'full' });
    expect(preset.description).toMatch(/only 20 noisy training points/);
  });

  it('parts train and test loss, and the suggested L2 and dropout each close the gap', async () => {
    const plain = await trainWith({});
    const l2 = await trainWith({ regularization: { kind: 'l2', rate: l2Rate } });
    const dropped = await trainWith({ dropout });

    // Learned by heart: the training points are fitted almost exactly, the test points not.
    expect(plain.train).toBeLessThan(0.05);
    expect(plain.gap).toBeGreaterThan(0.5);
    expect(plain.test).toBeGreaterThan(10 * plain.train);
    // The test loss turns and climbs: it ends far above its best.
    expect(plain.test).toBeGreaterThan(1.5 * plain.bestTest);

    // Each remedy leaves at most half the gap, and a lower test loss than without it.
    for (const [name, fixed] of [
      ['L2', l2],
      ['dropout', dropped],
    ] as const) {
      expect(fixed.gap / plain.gap, name).toBeLessThan(0.5);
      expect(fixed.test / plain.test, name).toBeLessThan(0.75);
    }
  });

  it('with too much L2 flattens into a coin toss', async () => {
    const { run, train } = await trainWith({ regularization: { kind: 'l2', rate: tooMuchL2 } });
    expect(Math.abs(train - Math.LN2)).toBeLessThan(0.02);
    const { dataset } = run.data;
    const outputs = new Float64Array(dataset.n);
    forwardMany(run.net, dataset.inputs, dataset.n, outputs);
    for (const y of outputs) expect(Math.abs(y - 0.5)).toBeLessThan(0.1);
  });
});
