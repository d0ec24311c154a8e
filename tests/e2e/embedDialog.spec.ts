// Share → Embed: the dialog writes a snippet from the current state, with a live preview, a
// polite "Copied", a required title, and Escape closes it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the embed dialog writes a snippet at the current step, copies it and closes on Escape', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#v=1&preset=two-two-one');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  for (let k = 0; k < 3; k += 1) await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Embed in a course page…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed in a course page' });
  await expect(dialog).toBeVisible();
  const snippet = dialog.getByRole('textbox', { name: /iframe \(LMS-safe\) snippet/ });
  await expect(snippet).toHaveValue(/embed\.html#v=1&amp;preset=two-two-one&amp;step=u1\.s1\./);
  await expect(snippet).toHaveValue(/in a new tab/);
  await expect(snippet).not.toHaveValue(/<script/);
  // locks and layout reach the address
  await dialog.getByLabel('Layout').selectOption('worked-example');
  await dialog.getByRole('checkbox', { name: /Lock every setting/ }).check();
  await expect(snippet).toHaveValue(/layout=worked-example&amp;lock=all/);
  // the live preview shows that embed
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('region', { name: 'Worked example' })).toBeVisible();
  // the element tab, then copy
  await dialog.getByRole('tab', { name: 'Custom element' }).click();
  const element = dialog.getByRole('textbox', { name: /Custom element snippet/ });
  await expect(element).toHaveValue(/<backprop-lens/);
  await dialog.getByRole('button', { name: 'Copy' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('<backprop-lens');
  const violations = (
    await new AxeBuilder({ page }).include('dialog').exclude('.embed-preview').analyze()
  ).violations;
  expect(violations.map((v) => v.id)).toEqual([]);
  // a title is required
  await dialog.getByLabel(/Title/).fill('');
  await expect(dialog.getByText('Give the embed a title first.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Copy' })).toBeDisabled();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
