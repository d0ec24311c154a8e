// The learning layout in Chromium: while stepping, the network graph, the chain rule and the
// worked example's current section share the first screen at desktop sizes (no scrolling), the
// worked example follows the cursor, and on a phone the panels come in reading order.
import { expect, test, type Locator, type Page } from '@playwright/test';

/** Loads the default example (the 2-2-1) and steps into its backward pass. */
async function stepIntoBackward(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  for (let k = 0; k < 5; k += 1) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText(/Backward pass/);
}

/** The box's top and bottom in page pixels, or null when it is not rendered. */
async function span(locator: Locator): Promise<{ top: number; bottom: number } | null> {
  const box = await locator.boundingBox();
  return box ? { top: box.y, bottom: box.y + box.height } : null;
}

/** Whether the current section's top line shows inside its panel and inside the viewport. */
async function currentShows(page: Page, height: number): Promise<boolean> {
  const worked = page.getByRole('region', { name: 'Worked example' });
  const panel = await span(worked);
  const current = await span(worked.locator('[aria-current="step"]'));
  if (!panel || !current) return false;
  return current.top >= panel.top && current.top + 24 <= Math.min(panel.bottom, height);
}

for (const [width, height] of [
  [1280, 800],
  [1440, 900],
] as const) {
  test(`at ${width}×${height} the graph, the chain rule and the current section are on the first screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    // one size scrolls smoothly, the other instantly (reduced motion): both must arrive
    if (width === 1440) await page.emulateMedia({ reducedMotion: 'reduce' });
    await stepIntoBackward(page);
    const worked = page.getByRole('region', { name: 'Worked example' });
    await expect(worked.locator('[aria-current="step"]')).toHaveAccessibleName(
      'Backward pass table, sample 1',
    );
    for (const name of ['Network graph', 'Chain rule']) {
      const box = await span(page.getByRole('region', { name }));
      expect(box, name).not.toBeNull();
      expect(box!.top, name).toBeGreaterThanOrEqual(0);
      expect(box!.top, name).toBeLessThan(height);
    }
    await expect.poll(() => currentShows(page, height)).toBe(true);
    // and the whole graph, not just its top edge
    const graph = await span(page.getByRole('region', { name: 'Network graph' }));
    expect(graph!.bottom).toBeLessThanOrEqual(height);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // the table follows the cursor: on to the update, its section comes into view
    await page.getByRole('button', { name: 'Step forward' }).click();
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByTestId('phase')).toHaveText(/Update the parameters/);
    await expect(worked.locator('[aria-current="step"]')).toHaveAccessibleName('Update table');
    await expect.poll(() => currentShows(page, height)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
}

test('on a phone the controls, graph, chain rule, worked example and the rest come in that order', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await stepIntoBackward(page);
  const tops: number[] = [];
  for (const region of [
    page.getByRole('toolbar', { name: 'Training controls' }),
    page.getByRole('region', { name: 'Network graph' }),
    page.getByRole('region', { name: 'Chain rule' }),
    page.getByRole('region', { name: 'Worked example' }),
    page.getByRole('region', { name: /^Data: / }),
    page.getByRole('region', { name: 'Loss chart' }),
  ]) {
    const box = await span(region);
    expect(box).not.toBeNull();
    tops.push(box!.top);
  }
  expect(tops).toEqual([...tops].sort((a, b) => a - b));
  // the page is the scroll area on a phone: stepping never scrolls it on its own
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
