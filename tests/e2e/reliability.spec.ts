// The built app under unlucky conditions: no Web Worker at all, links that name no preset or
// whose data cannot load, and debug hooks that must not reach the production build.
import { expect, test, type Page } from '@playwright/test';

const update = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('update').textContent());

test('without Web Workers, training runs on the page and Play trains', async ({ page }) => {
  await page.addInitScript(() => {
    // some sandboxed iframes and old embeds have no Worker at all
    Reflect.deleteProperty(window, 'Worker');
  });
  await page.goto('./?preset=circle');
  await expect(page.getByText(/Training runs on the page/)).toBeVisible();
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page), { timeout: 10_000 }).toBeGreaterThan(50);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});
