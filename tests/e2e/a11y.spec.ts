// Accessibility: no axe-core violations (WCAG 2 A/AA) while idle, stepping, and explaining.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('the page has no axe violations in its main states', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  expect(await scan(page)).toEqual([]);
  for (let k = 0; k < 5; k += 1) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText(/Backward pass/);
  await page
    .getByRole('region', { name: 'Chain rule' })
    .getByLabel('Parameter')
    .selectOption({ label: 'w(h1→y1)' });
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  expect(await scan(page)).toEqual([]);
});

test('no axe violations while playing, on a big net, with a tooltip, a notice and an invalid cell', async ({
  page,
}) => {
  await page.goto('./?preset=digits');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('update')).not.toHaveText('0');
  expect(await scan(page)).toEqual([]);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // focus a node of the big graph: its tooltip shows
  const graph = page.getByRole('region', { name: 'Network graph' });
  await graph.locator('[tabindex="0"]').first().focus();
  await expect(page.getByRole('tooltip')).toBeVisible();
  expect(await scan(page)).toEqual([]);

  await page.goto('./?s=not-a-scenario');
  await expect(page.getByText(/This link could not be opened/)).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.getByRole('button', { name: 'Step forward' }).click();
  const cell = page.getByRole('textbox', { name: 'Input x1 of sample 1' });
  await cell.fill('abc');
  await expect(cell).toHaveAttribute('aria-invalid', 'true');
  expect(await scan(page)).toEqual([]);
});

test('no axe violations on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  for (let k = 0; k < 6; k += 1) await page.getByRole('button', { name: 'Step forward' }).click();
  expect(await scan(page)).toEqual([]);
  // nothing is wider than the screen
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(overflow).toBeLessThanOrEqual(390);
});

test('nothing is wider than a 360-pixel screen, whatever the view', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // the longest preset title, and iris's class probabilities with their tags
  for (const preset of ['mazur-2-2-2', 'iris', 'digits', 'overfitting']) {
    await page.goto(`./?preset=${preset}`);
    await expect(page.getByTestId('train-loss')).not.toHaveText('—');
    if (preset === 'iris')
      await expect(
        page.getByText('Predicted probabilities', { exact: false }).first(),
      ).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, preset).toBeLessThanOrEqual(360);
  }
});

test('a selected weight’s chain rule on a phone: formulas wider than the screen can be scrolled by keyboard', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const preset of ['xor', 'circle']) {
    await page.goto(`./?preset=${preset}`);
    await expect(page.getByTestId('train-loss')).not.toHaveText('—');
    await page.getByLabel('Step by').selectOption('update');
    await page.getByRole('button', { name: 'Step forward' }).click();
    const panel = page.getByRole('region', { name: 'Chain rule' });
    await panel.getByRole('combobox').selectOption({ index: 2 });
    await expect(panel.locator('.katex').first()).toBeVisible();
    // a formula wider than the panel is a named, focusable group
    await expect(
      panel.getByRole('group', { name: 'Formula (scrolls sideways)' }).first(),
    ).toBeVisible();
    expect(await scan(page), preset).toEqual([]);
  }
});
