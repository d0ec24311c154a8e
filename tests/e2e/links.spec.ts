// Links in the fragment, in Chromium: a bigger preset's link opens at its step, a link with
// edited weights restores them exactly, an old ?s= link still opens, a link opened in the same
// tab (only the fragment changes) loads, and a refused step says why.
import { expect, test, type Page } from '@playwright/test';
import { getPreset } from '../../src/scenario/presets';
import { validateScenario } from '../../src/scenario/validate';
import { createScenarioNetwork } from '../../src/scenario/instantiate';
import { shareFragment } from '../../src/scenario/share';
import { readFileSync } from 'node:fs';

const oldLinks = JSON.parse(
  readFileSync(new URL('../scenario/fixtures/oldLinks.json', import.meta.url), 'utf8'),
) as Record<string, string>;

const watchErrors = (page: Page): string[] => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
};
const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });

test('a spiral link opens at its step, short and in the fragment', async ({ page }) => {
  const errors = watchErrors(page);
  const link = './#v=1&preset=spiral&step=u3.s2.backward.l1';
  await page.goto(link);
  await expect(heading(page, 'Spiral: depth pays off')).toBeVisible();
  await expect(page.getByTestId('update')).toHaveText('3');
  await expect(page.getByTestId('phase')).toHaveText(
    /^Backward pass, sample 2 of \d+: hidden layer 1$/,
  );
  expect(errors).toEqual([]);
});

test('a link with edited starting weights restores them exactly', async ({ page }) => {
  const errors = watchErrors(page);
  const parsed = validateScenario(getPreset('two-two-one')!.scenario);
  if (!parsed.ok) throw new Error('the preset is invalid');
  const initial = createScenarioNetwork(parsed.scenario).params;
  initial[6] = -1; // w(h1→y1): W0 (4 values) and b0 (2) come first
  const fragment = await shareFragment({
    scenario: parsed.scenario,
    initial,
    step: { update: 1, at: { sample: 1, phase: 'loss', layer: null } },
  });
  expect(fragment).toMatch(/^v=1&s=d\.[\w-]+&step=u1\.s1\.loss$/);
  await page.goto(`./#${fragment}`);
  await expect(page.getByTestId('phase')).toHaveText('Loss, sample 1');
  const table = page.getByRole('region', { name: 'Worked example' });
  await expect(table.getByRole('textbox', { name: 'w(h1→y1) before this update' })).toHaveValue(
    '-1.000000',
  );
  expect(errors).toEqual([]);
});

test('an old ?s= link still opens, and a link in the same tab loads too', async ({ page }) => {
  await page.goto(`./${oldLinks.xor}`);
  await expect(heading(page, 'XOR: why a hidden layer is needed')).toBeVisible();
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.evaluate(() => {
    window.location.hash = 'v=1&preset=iris';
  });
  await expect(heading(page, 'Iris: three species from four measurements')).toBeVisible();
});

test('a step past a million updates is refused by name and the preset still opens', async ({
  page,
}) => {
  await page.goto('./#v=1&preset=xor&step=u5000000');
  await expect(heading(page, 'XOR: why a hidden layer is needed')).toBeVisible();
  await expect(page.getByText(/a link can replay at most 1 000 000 updates/)).toBeVisible();
  await expect(page.getByTestId('update')).toHaveText('0');
});
