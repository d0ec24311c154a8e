// The lesson runner in Chromium: lesson 1 ("The forward pass, by hand") walked to its end with
// the keyboard alone, its questions answered from the numbers the page shows (a wrong answer is
// refused first); progress survives a reload; Escape leaves and focus returns; no axe violations;
// an embed on another origin reports its `lesson` events to the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { APP, HOST, page as html, serveHost } from './embedHost';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/** Presses Tab (Shift+Tab backwards) until the focused element's accessible text is `name`. */
async function tabTo(page: Page, name: string | RegExp, back = false): Promise<void> {
  for (let k = 0; k < 120; k += 1) {
    const text = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      if (!el) return '';
      const label = el.labels?.[0]?.innerText;
      return (el.getAttribute('aria-label') ?? label ?? el.innerText ?? '').trim();
    });
    if (typeof name === 'string' ? text === name : name.test(text)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`no focusable element named ${String(name)} within 120 tabs`);
}

const lesson = (page: Page) => page.getByRole('region', { name: 'Lesson' });

/**
 * A unit's activation worked out from its z in the worked-example table's forward pass, as a
 * learner would: while the open question withholds it the table's a shows "?"; a step that
 * points at the table (`withheld` false) shows it. The z cell's title holds every digit.
 */
async function activationShown(page: Page, unit: string, withheld = true): Promise<string> {
  const table = page.getByRole('region', { name: 'Worked example' });
  const row = table.locator('tr', {
    has: page.locator('th', { hasText: new RegExp(`^${unit}$`) }),
  });
  const cells = row.first().locator('td');
  const z = Number(await cells.nth(0).getAttribute('title'));
  const a = 1 / (1 + Math.exp(-z));
  if (withheld) await expect(cells.nth(1)).toHaveText('?');
  else expect(Number(await cells.nth(1).innerText())).toBeCloseTo(a, 5);
  return a.toFixed(6);
}

/** Types an answer into the open question and checks it, by keyboard. */
async function answer(page: Page, text: string): Promise<void> {
  await tabTo(page, /^Your answer/);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

async function next(page: Page): Promise<void> {
  await tabTo(page, /^(Next|Finish)$/);
  await page.keyboard.press('Enter');
}

test('lesson 1 walks to its end by keyboard, keeps its progress over a reload, and passes axe', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  // open the picker and the first lesson from the keyboard
  await tabTo(page, 'Lessons');
  await page.keyboard.press('Enter');
  await expect(lesson(page).getByRole('heading', { name: 'Lessons' })).toBeFocused();
  await tabTo(page, /^The forward pass, by hand/);
  await page.keyboard.press('Enter');
  const panel = lesson(page);
  await expect(panel.getByText('Step 1 of 7')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Meet the network' })).toBeFocused();
  await expect(page).toHaveURL(/#v=1&lesson=forward-pass$/);
  // its highlights land on the named nodes of the graph
  const graph = page.getByRole('region', { name: 'Network graph' });
  await expect(graph.locator('[data-lesson-highlight]')).toHaveCount(3);
  await expect(graph.locator('[data-ref="n:0:0"]')).toHaveAttribute('data-lesson-highlight', '');
  expect(await scan(page)).toEqual([]);

  // Escape leaves the lesson and gives the focus back to the Lessons button
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Lessons' })).toBeFocused();
  await expect(page.locator('[data-lesson-highlight]')).toHaveCount(0);
  await page.keyboard.press('Enter');
  await tabTo(page, /^The forward pass, by hand/);
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Step 1 of 7')).toBeVisible();

  await next(page);
  // step 2: z of h1 by hand; a wrong answer is refused and Next stays locked
  await expect(panel.getByText('Step 2 of 7')).toBeVisible();
  await answer(page, '0.5');
  await expect(panel.getByText('Not yet.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Next' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await expect(panel.getByText('answer the question')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('0.21');
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Right.')).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Next' })).toHaveAttribute(
    'aria-disabled',
    'false',
  );
  await next(page);

  // step 3: the step's cursor traces the update; h1's activation is worked out from the live table's z
  await expect(panel.getByText('Step 3 of 7')).toBeVisible();
  await expect(page.getByTestId('phase')).toHaveText('Forward pass, sample 1: hidden layer');
  const h1 = await activationShown(page, 'h1');
  expect(Number(h1)).toBeGreaterThan(0);
  await answer(page, String(Number(h1) + 0.01));
  await expect(panel.getByText('Not yet.')).toBeVisible();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(h1);
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Right.')).toBeVisible();
  await next(page);

  // progress survives a reload: the lesson reopens at step 4 with its run traced again
  await expect(panel.getByText('Step 4 of 7')).toBeVisible();
  await page.reload();
  await expect(panel.getByText('Step 4 of 7')).toBeVisible();
  await expect(page.getByTestId('phase')).toHaveText('Forward pass, sample 1: hidden layer');
  await answer(page, await activationShown(page, 'h2'));
  await expect(panel.getByText('Right.')).toBeVisible();
  await next(page);

  await expect(panel.getByText('Step 5 of 7')).toBeVisible();
  // step 5 points at the table: the output's a is shown there, not withheld
  await answer(page, await activationShown(page, 'y1', false));
  await expect(panel.getByText('Right.')).toBeVisible();
  await next(page);

  // step 6: put four items in order with the Move up buttons
  await expect(panel.getByText('Step 6 of 7')).toBeVisible();
  const right = [
    'Take the values of the layer before',
    'Multiply each by its weight and add them up (z)',
    'Apply the activation (a = σ(z))',
    'Hand a on to the next layer',
  ];
  const items = panel
    .getByRole('list', { name: 'Items to put in order' })
    .locator('li > span:first-child');
  for (let k = 0; k < right.length; k += 1) {
    const now = await items.allInnerTexts();
    const at = now.indexOf(right[k]);
    if (at === k) continue;
    await tabTo(page, `Move “${right[k]}” up`);
    for (let m = at; m > k; m -= 1) await page.keyboard.press('Enter');
  }
  await expect(items).toHaveText(right);
  await tabTo(page, 'Check');
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Right.')).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await next(page);

  // step 7: → until the loss phase unlocks Finish
  await expect(panel.getByText('Step 7 of 7')).toBeVisible();
  await expect(panel.getByText(/cursor\.phase must be “loss”/)).toBeVisible();
  for (let k = 0; k < 5 && (await panel.getByText('Before Next:').count()) > 0; k += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(150);
  }
  await expect(page.getByTestId('phase')).toHaveText('Loss, sample 1');
  await expect(panel.getByText('Before Next:')).toHaveCount(0);
  await next(page);
  await expect(panel.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();

  // the picker says so; Start over clears the progress
  await page.reload();
  await expect(panel.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
  await tabTo(page, 'Start over');
  await page.keyboard.press('Enter');
  await expect(panel.getByText('Step 1 of 7')).toBeVisible();
});

test('a lesson link that names no lesson says so, and lesson 10 opens on the recurrent net', async ({
  page,
}) => {
  await page.goto('./#lesson=no-such-lesson');
  await expect(lesson(page).getByText(/there is no lesson called “no-such-lesson”/)).toBeVisible();
  await page.goto('./#lesson=backprop-through-time&lstep=1');
  await page.reload();
  await expect(lesson(page).getByText(/^Step 1 of \d+$/)).toBeVisible();
  await expect(page.locator('.rnn-graph')).toBeVisible();
  await expect(page.locator('.rnn-graph[data-lesson-highlight]')).toHaveCount(1);
});

test('a lesson in an embed on another origin reports its events to the page', async ({ page }) => {
  const close = await serveHost({
    '/lesson.html': html(`<script type="module" src="${APP}/embed/v1/backprop-lens.js"></script>
      <backprop-lens id="l" lesson="the-loss" title="A lesson" loading="eager"></backprop-lens>`),
  });
  try {
    const events: unknown[] = [];
    await page.exposeFunction('recordLesson', (detail: unknown) => events.push(detail));
    await page.goto(`${HOST}/lesson.html`);
    await page.evaluate(() =>
      document.addEventListener('lens-lesson', (e) =>
        (window as unknown as { recordLesson: (d: unknown) => void }).recordLesson(
          (e as CustomEvent).detail,
        ),
      ),
    );
    const frame = page.frameLocator('#l iframe');
    const panel = frame.getByRole('region', { name: 'Lesson' });
    await expect(panel.getByText(/^Step 1 of \d+$/)).toBeVisible({ timeout: 20_000 });
    await expect
      .poll(() => events)
      .toContainEqual(expect.objectContaining({ lesson: 'the-loss', event: 'start', step: 1 }));
    await panel.getByRole('button', { name: 'Leave the lesson (Esc)' }).click();
    await expect(panel).toHaveCount(0);
    await expect
      .poll(() => events)
      .toContainEqual(expect.objectContaining({ lesson: 'the-loss', event: 'exit' }));
  } finally {
    await close();
  }
});
