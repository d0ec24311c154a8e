// The example course page (public/examples/course.html) under the strict CSP: its three embeds
// boot, the first is locked at the backward pass, and the page's own buttons drive the third.
import { expect, test } from '@playwright/test';

test('the example course page boots its three embeds and its buttons drive the third', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('./examples/course.html');
  const worked = page.frameLocator('#worked');
  await expect(worked.getByTestId('phase')).toHaveText(/Backward pass/);
  await expect(worked.getByRole('combobox', { name: 'Preset' })).toHaveCount(0);
  const circle = page.locator('#circle');
  await circle.scrollIntoViewIfNeeded();
  await expect(
    circle.locator('iframe').contentFrame().getByRole('button', { name: 'Play', exact: true }),
  ).toBeVisible();
  await page.locator('#driven').scrollIntoViewIfNeeded();
  await expect(page.locator('#driven-state')).toHaveText(/update 0/);
  await page.getByRole('button', { name: 'Next update' }).click();
  await expect(page.locator('#driven-state')).toHaveText(/update 1/);
  expect(violations).toEqual([]);
});
