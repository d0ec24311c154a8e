// The recurrent options on an LSTM, in Chromium, by keyboard only: lstm-memory after a few
// updates; truncation turned on and k2 typed in apply live (the update count stays; the next
// update's gradient strip and cells graph show the sweep); a refused k1 names the setting and keeps the value;
// clipping changed. The panel at 1440 and 390 px wide, and axe on it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const options = (page: Page) => page.getByRole('region', { name: 'Recurrent options' });

/** Types `text` into a labelled number field and commits it with Enter. */
async function typeInto(page: Page, label: string, text: string) {
  const field = options(page).getByLabel(label);
  await field.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

test('lstm-memory: truncation and clipping from the keyboard, live', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./#v=1&preset=lstm-memory');
  await expect(page.getByRole('region', { name: 'Gate view' })).toBeVisible({ timeout: 30_000 });
  const panel = options(page);
  await expect(panel.getByLabel('Backpropagation through time')).toHaveValue('full');
  // a few updates first: a live change must keep them
  const update = page.getByTestId('update');
  for (let k = 0; k < 3; k += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(async () => Number(await update.textContent())).toBeGreaterThan(0);
  const updates = await update.textContent();

  await panel.getByLabel('Backpropagation through time').focus();
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByLabel('Truncation k2')).toHaveValue('4');
  await typeInto(page, 'Truncation k2', '6');
  await expect(panel.getByLabel('Truncation k2')).toHaveValue('6');
  // live: no reload, the updates made so far stay
  await expect(update).toHaveText(updates ?? '');

  // k1 above k2 is refused, naming the setting; the value stays
  await typeInto(page, 'Truncation k1', '8');
  await expect(page.locator('.notice.error').last()).toContainText('Truncation k1 was not changed');
  await expect(panel.getByLabel('Truncation k1')).toHaveValue('4');

  const clipping = panel.getByLabel('Gradient clipping');
  await expect(clipping).toHaveValue('5');
  await clipping.focus();
  await page.keyboard.press('ArrowUp');
  await expect(clipping).toHaveValue('2');
  // the change reached the worker: stepping on keeps the truncation and the clip
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Shift+ArrowRight');
  await expect
    .poll(async () => Number(await update.textContent()))
    .toBeGreaterThan(Number(updates));
  await expect(clipping).toHaveValue('2');
  await expect(panel.getByLabel('Truncation k2')).toHaveValue('6');
  await panel.screenshot({ path: 'test-results/gated-options-1440.png' });

  const violations = (
    await new AxeBuilder({ page })
      .include('[aria-label="Recurrent options"]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
  ).violations.map((v) => v.id);
  expect(violations).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await panel.scrollIntoViewIfNeeded();
  const box = await panel.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await panel.screenshot({ path: 'test-results/gated-options-390.png' });
});
