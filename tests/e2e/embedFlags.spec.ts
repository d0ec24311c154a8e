// embed.html configured by its fragment: flags hide and lock what they name, bad flags boot with
// a notice, the cursor starts where `step` says, every layout is axe clean and fits a phone.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const loaded = (page: Page) =>
  expect(page.getByRole('region', { name: 'Network graph' }).locator('svg').first()).toBeVisible();

test('hide and lock act on what they name; locked controls say who locked them', async ({
  page,
}) => {
  await page.goto('./embed.html#v=1&preset=two-two-one&hide=status,reset&lock=lr');
  await loaded(page);
  await expect(page.getByRole('region', { name: 'Status' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reset' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeEnabled();
  const lr = page.getByRole('spinbutton', { name: 'Learning rate' });
  await expect(lr).toBeVisible();
  await expect(lr).toBeDisabled();
  await expect(lr).toHaveAccessibleDescription(/Locked by the page author/);
  await expect(page.getByRole('slider', { name: /η/ })).toBeDisabled();
  // lock=all also locks the preset and the worked example's table
  await page.goto('./embed.html#v=1&preset=two-two-one&layout=full&lock=all');
  await loaded(page);
  await expect(page.getByRole('combobox', { name: 'Preset' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Import data…' })).toBeDisabled();
  await page.getByRole('button', { name: 'Step forward' }).click();
  const cell = page.getByRole('textbox', { name: 'Input x1 of sample 1' });
  await expect(cell).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Step forward' })).toBeEnabled();
});

test('controls shows exactly the controls named', async ({ page }) => {
  await page.goto('./embed.html#v=1&preset=circle&controls=play,lr');
  await loaded(page);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toBeVisible();
  for (const name of ['Step forward', 'Reset', 'Share'])
    await expect(page.getByRole('button', { name })).toBeHidden();
  await expect(page.getByRole('combobox', { name: 'Batch mode' })).toBeHidden();
});

test('bad flags boot with a notice naming what was ignored', async ({ page }) => {
  await page.goto('./embed.html#v=1&preset=xor&layout=huge&hide=nothing&bogus=1');
  await loaded(page);
  const notice = page.getByText(/Part of this link was ignored/);
  await expect(notice).toContainText('layout');
  await expect(notice).toContainText('bogus');
  await expect(page.getByRole('region', { name: 'Status' })).toContainText(/XOR/i);
  // compact, the default layout, applies
  await expect(page.locator('.lens-embed')).toHaveAttribute('data-layout', 'compact');
  await page
    .getByRole('region', { name: 'Notices' })
    .getByRole('button', { name: /Dismiss/ })
    .first()
    .click();
  await expect(notice).toHaveCount(0);
});

test('step starts the cursor at the backward pass of update 1, paused', async ({ page }) => {
  await page.goto(
    './embed.html#v=1&preset=two-two-one&layout=worked-example&show=play&step=u1.s1.backward',
  );
  await expect(page.getByTestId('phase')).toHaveText(/Backward pass/);
  const update = await page.getByTestId('update').textContent();
  await page.waitForTimeout(800);
  await expect(page.getByTestId('update')).toHaveText(update ?? '');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
});

for (const layout of ['compact', 'graph', 'worked-example', 'training', 'full']) {
  test(`layout ${layout}: axe clean, no wider than a 360 px phone, intrinsic height`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto(`./embed.html#v=1&preset=two-two-one&layout=${layout}&lock=lr`);
    await loaded(page);
    await page.getByRole('button', { name: 'Step forward' }).click();
    expect(await scan(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    // the content's height does not follow the frame's
    const before = await page
      .locator('.lens-embed')
      .evaluate((e) => e.getBoundingClientRect().height);
    await page.setViewportSize({ width: 360, height: 2000 });
    await page.waitForTimeout(200);
    const after = await page
      .locator('.lens-embed')
      .evaluate((e) => e.getBoundingClientRect().height);
    expect(Math.abs(after - before)).toBeLessThan(2);
  });
}

test('play=1 starts training, but never with reduced motion', async ({ page }) => {
  await page.goto('./embed.html#v=1&preset=circle&play=1');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect(page.getByTestId('update')).not.toHaveText('0');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./embed.html#v=1&preset=xor&play=1');
  await loaded(page);
  await page.waitForTimeout(800);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(page.getByTestId('update')).toHaveText('0');
});
