// Training pauses by itself while the tab is hidden or the app is scrolled out of view, and
// resumes where it was when the learner comes back; page-side failures become notices.
import { expect, test, type Page } from '@playwright/test';

const update = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('update').textContent());

async function playing(page: Page): Promise<void> {
  await page.goto('./?preset=circle');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page)).toBeGreaterThan(20);
}

async function expectPausedThere(page: Page): Promise<number> {
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const at = await update(page);
  await page.waitForTimeout(300);
  expect(await update(page)).toBe(at);
  return at;
}

test('a hidden tab pauses training, and showing it again resumes from the same update', async ({
  page,
}) => {
  await playing(page);
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  const at = await expectPausedThere(page);
  await setVisibility('visible');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => update(page)).toBeGreaterThan(at);
});

test('scrolling the app out of view pauses it, and scrolling back resumes', async ({ page }) => {
  await playing(page);
  // push the app far below a long course text, then scroll to the top of that text
  await page.evaluate(() => {
    const text = document.createElement('div');
    text.style.height = '5000px';
    text.id = 'course-text';
    document.body.prepend(text);
    window.scrollTo(0, 0);
  });
  const at = await expectPausedThere(page);
  await page.evaluate(() => document.getElementById('root')?.scrollIntoView());
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await expect.poll(() => update(page)).toBeGreaterThan(at);
});

test('a promise rejected with nobody listening shows up as a notice', async ({ page }) => {
  await page.goto('./?preset=xor');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.evaluate(() => {
    void Promise.reject(new Error('lost on purpose'));
  });
  await expect(
    page.getByText(/Something went wrong on this page: Error: lost on purpose/),
  ).toBeVisible();
});

test('a pause the learner chose is not undone by coming back to the tab', async ({ page }) => {
  await playing(page);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  const setVisibility = (state: 'hidden' | 'visible') =>
    page.evaluate((s) => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => s });
      document.dispatchEvent(new Event('visibilitychange'));
    }, state);
  await setVisibility('hidden');
  await setVisibility('visible');
  await expectPausedThere(page);
});
