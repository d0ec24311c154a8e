// Each preset's training claim holds when trained by `train preset:<id> --epochs N --json`:
// the bound N is read from the preset's own description, so the text and the test agree.
import { describe, expect, it } from 'vitest';
import { loadScenarioRun, PRESETS, validateScenario, type Preset } from '../../src/scenario';
import { cli } from './runCli';
import { readText } from '../helpers/files';

interface Report {
  updates: number;
  epochs: number;
  train: { loss: number; accuracy: number | null };
  test: { loss: number; accuracy: number | null } | null;
}

async function train(id: string, epochs: number): Promise<Report> {
  const { code, stdout, stderr } = await cli([
    'train',
    `preset:${id}`,
    '--epochs',
    `${epochs}`,
    '--json',
  ]);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Report;
}

/** Mean squared error on the test split of always predicting the training targets' mean. */
async function meanPredictorTestLoss(preset: Preset): Promise<number> {
  const result = validateScenario(preset.scenario);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  const { data, split } = await loadScenarioRun(result.scenario, readText);
  const { targets } = data.dataset; // one target per sample
  let mean = 0;
  for (const r of split.train) mean += targets[r] / split.train.length;
  let sum = 0;
  for (const r of split.test) sum += (targets[r] - mean) ** 2;
  return sum / split.test.length;
}

const ACCURACY_CLAIM = /passes (\d+)% test accuracy within (\d+) epochs/;
const REGRESSION_CLAIM =
  /[Ww]ithin (\d+) epochs the test loss (?:falls below|is below) a tenth of the loss of always predicting the mean/;

const withClaim = (claim: RegExp) =>
  PRESETS.flatMap((p) => {
    const m = claim.exec(p.description);
    return m ? [[p.id, p, m.slice(1).map(Number)] as const] : [];
  });

describe('preset training claims, through the CLI', () => {
  it('the 2-D, regression and digits presets each state a claim', () => {
    const claimed = [...withClaim(ACCURACY_CLAIM), ...withClaim(REGRESSION_CLAIM)].map(
      ([id]) => id,
    );
    expect(claimed).toEqual(expect.arrayContaining(['gauss', 'moons', 'sine', 'plane', 'digits']));
  });

  it.each(withClaim(ACCURACY_CLAIM))(
    '%s passes the test accuracy its description states within its bound',
    async (id, _preset, [percent, epochs]) => {
      expect(percent).toBeGreaterThanOrEqual(90);
      const report = await train(id, epochs);
      expect(report.epochs).toBe(epochs);
      expect(report.test?.accuracy).toBeGreaterThanOrEqual(percent / 100);
    },
  );

  it.each(withClaim(REGRESSION_CLAIM))(
    '%s brings its test loss below a tenth of predicting the mean within its bound',
    async (id, preset, [epochs]) => {
      const report = await train(id, epochs);
      expect(report.train.accuracy).toBeNull();
      const baseline = await meanPredictorTestLoss(preset);
      expect(baseline).toBeGreaterThan(0.1); // the targets do vary: the bar is not trivial
      expect(report.test?.loss).toBeLessThan(baseline / 10);
    },
  );

  it('digits: its epoch bound is the number of updates its description states', async () => {
    const digits = PRESETS.find((p) => p.id === 'digits')!;
    const m = /within (\d+) epochs \((\d+) updates\)/.exec(digits.description);
    expect(m).not.toBeNull();
    const report = await train('digits', Number(m![1]));
    expect(report.updates).toBe(Number(m![2]));
  });
});
