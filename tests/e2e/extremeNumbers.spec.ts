// Extreme numbers in Chromium: data of ±1e308 draws without a NaN in any SVG attribute (no
// console error), and weights of 1e308 give words, not "NaN" or "Infinity", in the status.
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../../src/scenario/presets';
import { validateScenario } from '../../src/scenario/validate';
import { createScenarioNetwork } from '../../src/scenario/instantiate';
import { shareFragment } from '../../src/scenario/share';
import type { Scenario } from '../../src/scenario/schema';

const watchErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
};

async function linkTo(input: unknown): Promise<string> {
  const parsed = validateScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const scenario: Scenario = parsed.scenario;
  return `./#${await shareFragment({ scenario, initial: createScenarioNetwork(scenario).params, step: null })}`;
}

const xor = getPreset('xor')!.scenario;

test('data of ±1e308 is drawn without NaN coordinates', async ({ page }) => {
  const errors = watchErrors(page);
  const link = await linkTo({
    ...xor,
    data: {
      kind: 'inline',
      inputs: [
        [1e308, -1e308],
        [-1e308, 1e308],
        [0, 0],
        [1, 1],
      ],
      targets: [[1], [0], [0], [1]],
    },
  });
  await page.goto(link);
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  const svg = await page
    .locator('svg')
    .evaluateAll((all) =>
      all.flatMap((s) =>
        [...s.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.value)),
      ),
    );
  expect(svg.filter((v) => /NaN|Infinity/.test(v))).toEqual([]);
  expect(errors).toEqual([]);
});

test('weights of 1e308 read as words in the status, not NaN', async ({ page }) => {
  const link = await linkTo({
    ...xor,
    network: {
      ...xor.network,
      weights: [
        [
          [1e308, 1e308],
          [1e308, -1e308],
          [-1e308, 1e308],
        ],
        [[1e308, 1e308, 1e308]],
      ],
    },
  });
  await page.goto(link);
  const train = page.getByTestId('train-loss');
  await expect(train).not.toHaveText('—');
  await expect(train).not.toHaveText(/NaN|Infinity/);
  await expect(page.getByRole('region', { name: 'Status' })).not.toContainText(/NaN|Infinity/);
});
