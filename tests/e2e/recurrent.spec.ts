// Recurrent nets in the app, in Chromium: picking rnn-memory and stepping backward through
// time (and back), sunspots-rnn's test loss falling while it plays, a share link reopening the
// same state, no axe violations, and a phone-sized screen with nothing wider than it.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const stepForward = (page: Page) => page.getByRole('button', { name: 'Step forward' }).click();

async function pickMemory(page: Page, url = './') {
  await page.goto(url);
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByLabel('Preset').selectOption('rnn-memory');
  await expect(page.getByRole('region', { name: 'Gradient through time' })).toBeVisible();
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
}

test('rnn-memory from the picker: step into the backward pass through time, and back', async ({
  page,
}) => {
  await pickMemory(page);
  await expect(page.getByRole('region', { name: 'Network graph' })).toBeVisible();
  await stepForward(page);
  const phase = page.getByTestId('phase');
  await expect(phase).toHaveText('Forward through time, step 1 of 9, sample 1 of 16');
  // forward t = 2…9, then the loss at step 9, then backward from step 9
  for (let k = 0; k < 10; k += 1) await stepForward(page);
  await expect(phase).toHaveText('Backward through time, step 9 of 9, sample 1 of 16');
  await stepForward(page);
  await stepForward(page);
  await expect(phase).toHaveText(/^Backward through time, step 7 of 9/);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(phase).toHaveText(/^Backward through time, step 8 of 9/);
  // the keyboard walks the same phases
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('ArrowLeft');
  await expect(phase).toHaveText(/^Backward through time, step 9 of 9/);
  await page.keyboard.press('ArrowLeft');
  await expect(phase).toHaveText(/^Loss at step 9 of 9/);
  // nothing asked of the worker is refused (the MLP data views ask nothing of an RNN)
  await expect(page.locator('.notice.error')).toHaveCount(0);
  // the gradient through time: one norm per step of the shown sequence, named as it trends
  const gtt = page.getByRole('region', { name: 'Gradient through time' });
  await expect(gtt.getByTestId('gtt-ratio')).toHaveText(
    /The gradient at t = 1 is .* of that at t = 9/,
  );
  expect(['vanishing', 'exploding', 'steady']).toContain(
    await gtt.getByTestId('gtt-ratio').getAttribute('data-trend'),
  );
  await expect(
    gtt.getByRole('heading', { name: 'Gradient norm per block, by update' }),
  ).toBeVisible();
});

test('sunspots-rnn: its test loss falls while it plays', async ({ page }) => {
  await page.goto('./#v=1&preset=sunspots-rnn');
  const test = page.getByTestId('test-loss');
  await expect(test).toHaveText(/^\d/);
  const start = Number(await test.textContent());
  expect(start).toBeGreaterThan(0);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect
    .poll(async () => Number(await page.getByTestId('update').textContent()), { timeout: 30_000 })
    .toBeGreaterThan(300);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect.poll(async () => Number(await test.textContent())).toBeLessThan(start);
});

test('an rnn share link opens to the same state', async ({ page }) => {
  await pickMemory(page, './?debug');
  await page.getByLabel('Gradient clipping').selectOption('2');
  await expect(page.getByLabel('Gradient clipping')).toHaveValue('2');
  for (let k = 0; k < 13; k += 1) await stepForward(page);
  const phase = page.getByTestId('phase');
  await expect(phase).toHaveText(/^Backward through time, step 7 of 9/);
  const state = () =>
    page.evaluate(() => {
      const s = window.__backpropLens?.store.getState();
      const t = s?.traces[s.traceIndex];
      return { update: t?.update, before: Array.from(t?.before ?? []) };
    });
  const before = await state();
  const link = await page.evaluate(() =>
    window.__backpropLens?.store.getState().actions.shareLink(`${location.origin}/?debug`),
  );
  expect(link).toMatch(/#v=1&s=d\.[\w-]+&step=u1\.s1\.backward\.t7$/);
  await page.goto('about:blank');
  await page.goto(link!);
  await expect(phase).toHaveText(/^Backward through time, step 7 of 9/);
  await expect(page.getByLabel('Gradient clipping')).toHaveValue('2');
  expect(await state()).toEqual(before);
});

test('the rnn page has no axe violations, and is usable 390 px wide', async ({ page }) => {
  // three axe scans of the unrolled graph (hundreds of shared-weight edges) take about 50 s on
  // two cores: more than the default minute leaves room for, with no bearing on the page itself
  test.setTimeout(180_000);
  await pickMemory(page);
  expect(await scan(page)).toEqual([]);
  for (let k = 0; k < 12; k += 1) await stepForward(page);
  await expect(page.getByTestId('phase')).toHaveText(/^Backward through time/);
  expect(await scan(page)).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#v=1&preset=rnn-memory');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  for (let k = 0; k < 12; k += 1) await stepForward(page);
  await expect(page.getByTestId('phase')).toHaveText(/^Backward through time/);
  expect(await scan(page)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  for (const label of [
    'Sequence length',
    'Recurrent weight scale',
    'Gradient clipping',
    'Backpropagation through time',
  ])
    await expect(page.getByLabel(label)).toBeVisible();
});
