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
