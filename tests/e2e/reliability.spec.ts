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

for (const name of ['CIRCLE', 'circel', '']) {
  test(`a link naming the preset “${name}” opens the default example with a notice`, async ({
    page,
  }) => {
    await page.goto(`./?preset=${name}`);
    await expect(page.getByText(/Showing the default example instead/)).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'The 2-2-1 worked example' })).toBeVisible();
    await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  });
}

test('a link whose CSV cannot be read opens the default example and says why once', async ({
  page,
}) => {
  // a share link (made before links moved to the fragment) to CSV data that cannot be used
  const s =
    'eyJ2ZXJzaW9uIjoxLCJ0aXRsZSI6IkJyb2tlbiBDU1YiLCJuZXR3b3JrIjp7ImxheWVycyI6WzEsMiwxXSwiYWN0aXZhdGlvbnMiOlsidGFuaCIsImxpbmVhciJdfSwibG9zcyI6Im1zZSIsImRhdGEiOnsia2luZCI6ImNzdiIsInRleHQiOiJ4LHlcbjEsb29wc1xuIiwidGFyZ2V0Q29sdW1ucyI6WyJ5Il19fQ';
  await page.goto(`./?s=${s}&u=5`);
  await expect(page.getByRole('heading', { name: 'The 2-2-1 worked example' })).toBeVisible();
  const notice = page.getByText(/Showing the default example instead/);
  await expect(notice).toHaveCount(1);
  const text = (await notice.textContent()) ?? '';
  // the path and what is wrong, said once
  expect(text.match(/data\.text/g)).toHaveLength(1);
  expect(text.match(/class column/g)).toHaveLength(1);
  // the link's step is not replayed on the example
  await expect(page.getByTestId('update')).toHaveText('0');
});

test('the production build refuses the debug crash command, even with ?debug', async ({ page }) => {
  await page.goto('./?preset=xor&debug');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.evaluate(() => window.__backpropLens?.send({ type: 'crash', mode: 'throw' }));
  await expect(page.getByText(/crash is available only in development builds/)).toBeVisible();
  await page.waitForTimeout(500);
  await expect(page.getByText(/Training was restored/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('update')).toHaveText('1');
});

// share links made before links moved to the fragment (old links keep opening)
const CIRCLE =
  'eyJ2ZXJzaW9uIjoxLCJ0aXRsZSI6IkNpcmNsZTogYSBkaXNjIGluc2lkZSBhIHJpbmciLCJzZWVkIjo3LCJuZXR3b3JrIjp7ImxheWVycyI6WzIsOCw4LDFdLCJhY3RpdmF0aW9ucyI6WyJ0YW5oIiwidGFuaCIsInNpZ21vaWQiXSwiaW5pdCI6Inhhdmllci11bmlmb3JtIn0sImxvc3MiOiJjcm9zcy1lbnRyb3B5Iiwib3B0aW1pemVyIjp7ImtpbmQiOiJzZ2QiLCJsZWFybmluZ1JhdGUiOjAuMX0sImJhdGNoIjp7Im1vZGUiOiJtaW5pYmF0Y2giLCJzaXplIjoxMH0sImRhdGEiOnsia2luZCI6ImNpcmNsZSIsInNhbXBsZXMiOjQwMCwibm9pc2UiOjAuMX0sInNwbGl0Ijp7InRlc3QiOjAuMn0sInNodWZmbGUiOnRydWV9';
const HEAVY =
  'eyJ2ZXJzaW9uIjoxLCJ0aXRsZSI6IkhlYXZ5IiwibmV0d29yayI6eyJsYXllcnMiOlsyLDEwMDAsMTAwMCwxXSwiYWN0aXZhdGlvbnMiOlsidGFuaCIsInRhbmgiLCJzaWdtb2lkIl19LCJsb3NzIjoiY3Jvc3MtZW50cm9weSIsImJhdGNoIjp7Im1vZGUiOiJmdWxsIn0sImRhdGEiOnsia2luZCI6ImNpcmNsZSIsInNhbXBsZXMiOjEwMDAwMH19';

test('a link a million updates on shows its progress and can be cancelled', async ({ page }) => {
  await page.goto(`./?s=${CIRCLE}&u=1000000`);
  await expect(page.getByText(/Fast-forwarding: [\d,]+ of 1,000,000 updates done/)).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('progressbar')).toBeHidden();
  const stopped = await update(page);
  expect(stopped).toBeGreaterThan(0);
  expect(stopped).toBeLessThan(1_000_000);
  await expect(page.getByText(/stopped answering/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page)).toBeGreaterThan(stopped + 50);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
});

test('a link too heavy to train is refused up front, naming the limit', async ({ page }) => {
  await page.goto(`./?s=${HEAVY}`);
  await expect(page.getByText(/parameters × samples/)).toBeVisible();
  await expect(page.getByText(/20000000/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The 2-2-1 worked example' })).toBeVisible();
  await page.getByLabel('Preset').selectOption('xor');
  await expect(page.getByRole('heading', { name: /XOR/ })).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page)).toBeGreaterThan(20);
});

test('six seconds of work on the page do not restart a healthy worker', async ({ page }) => {
  await page.goto('./?preset=circle');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page)).toBeGreaterThan(20);
  await page.evaluate(() => {
    const start = performance.now();
    while (performance.now() - start < 6000) {
      // a slow laptop, a big import: the page itself is busy
    }
  });
  await page.waitForTimeout(3000);
  await expect(page.getByText(/stopped answering/)).toHaveCount(0);
  const after = await update(page);
  await expect.poll(() => update(page)).toBeGreaterThan(after);
});

test('sine with Adam at learning rate 10 warns that the loss stopped improving', async ({
  page,
}) => {
  await page.goto('./?preset=sine');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByLabel('Optimizer').selectOption('Adam');
  const field = page.getByLabel('Learning rate');
  await field.fill('10');
  await field.press('Enter');
  await expect(field).toHaveValue('10');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByText(/The loss has not improved for 20000 updates/)).toBeVisible({
    timeout: 30_000,
  });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
});
