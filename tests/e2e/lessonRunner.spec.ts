// The lesson runner in Chromium, beyond the walks: highlights land on the named elements on a
// desktop (1440 px) and a phone (390 px) and follow the layout between them; Escape leaves from
// the panel or from the app, and focus goes back where it was (or stays where the learner is);
// answers survive a reload; a lesson file with HTML in its text shows it as text; an invalid
// one says what and where, and the app keeps working; an embed on another origin reports its
// `lesson` events (start, step, answer right and wrong) to the host page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { APP, HOST, page as html, serveHost } from './embedHost';
import { answerChoice, expectUnlocked, lessonPanel, next, tabTo } from './lessonDriver';

const PURPLE = 'rgb(142, 36, 170)';

/** The element is marked, drawn with the lesson's ring, and lies on the page's width. */
async function landsOn(page: Page, target: Locator): Promise<void> {
  await expect(target).toHaveAttribute('data-lesson-highlight', '');
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box).not.toBeNull();
  expect(box!.width).toBeGreaterThan(0);
  expect(box!.x).toBeGreaterThanOrEqual(-1);
  expect(box!.x + box!.width).toBeLessThanOrEqual(width + 1);
  const ring = await target.evaluate((el) =>
    el instanceof SVGGElement
      ? getComputedStyle(el.querySelector('.bl-node-fill, .bl-edge-line')!).stroke
      : getComputedStyle(el).outlineColor,
  );
  expect(ring).toBe(PURPLE);
}

const graph = (page: Page) => page.locator('.network-graph');
const marked = (page: Page) => page.locator('main [data-lesson-highlight]');

test('highlights land on the named elements at 1440 and 390 px and follow the layout', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  // forward-pass step 5: a node, two edges and a panel
  await page.goto('./#lesson=forward-pass&lstep=5');
  await expect(lessonPanel(page).getByText('Step 5 of 7')).toBeVisible();
  const targets = [
    graph(page).locator('[data-ref="n:2:0"]'),
    graph(page).locator('[data-ref="w:1:0:0"]'),
    graph(page).locator('[data-ref="w:1:0:1"]'),
    page.getByRole('region', { name: 'Worked example' }),
  ];
  for (const size of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    await page.setViewportSize(size);
    for (const t of targets) await landsOn(page, t);
    await expect(marked(page)).toHaveCount(targets.length);
  }
  // the-loss step 2: a table row; learning-rate step 2: controls and the loss chart
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./#lesson=the-loss&lstep=2');
    await page.reload();
    await expect(lessonPanel(page).getByText('Step 2 of 7')).toBeVisible();
    await landsOn(page, page.locator('.worked-example tr[data-ref="loss"]'));
    await page.goto('./#lesson=learning-rate&lstep=2');
    await page.reload();
    await expect(lessonPanel(page).getByText('Step 2 of 8')).toBeVisible();
    await landsOn(page, page.getByRole('button', { name: 'Play' }));
    await landsOn(page, page.locator('[data-lens-control="speed"]'));
    await landsOn(page, page.getByRole('region', { name: 'Loss chart' }));
    await expect(marked(page)).toHaveCount(3);
  }
});

test('Escape leaves from the panel or the app; focus returns, or stays with the learner', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  const lessons = page.getByRole('button', { name: 'Lessons' });
  // from the picker
  await tabTo(page, 'Lessons');
  await page.keyboard.press('Enter');
  await expect(lessonPanel(page).getByRole('heading', { name: 'Lessons' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(lessonPanel(page)).toHaveCount(0);
  await expect(lessons).toBeFocused();
  // from inside a lesson's question field
  await page.keyboard.press('Enter');
  await tabTo(page, /^The loss: one number/);
  await page.keyboard.press('Enter');
  await expect(lessonPanel(page).getByText(/^Step 1 of/)).toBeVisible();
  await tabTo(page, 'Step forward');
  await page.keyboard.press('ArrowRight'); // the app stays operable with the lesson open
  await expect(page.getByTestId('phase')).toHaveText(/sample 1: output layer/);
  // leaving from the app keeps the learner where they were, not back in the header
  await page.keyboard.press('Escape');
  await expect(lessonPanel(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Step forward' })).toBeFocused();
  await expect(page.locator('[data-lesson-highlight]')).toHaveCount(0);
});

test('answers survive a reload: a solved question keeps Next unlocked', async ({ page }) => {
  await page.goto('./#lesson=the-loss&lstep=6');
  await expect(lessonPanel(page).getByText('Step 6 of 7')).toBeVisible();
  await answerChoice(page, 'Cross-entropy', 'right');
  await expectUnlocked(page);
  await page.goto('./#lesson=the-loss');
  await page.reload();
  await expect(lessonPanel(page).getByText('Step 6 of 7')).toBeVisible();
  await expectUnlocked(page);
  await next(page);
  await expect(lessonPanel(page).getByText('Step 7 of 7')).toBeVisible();
});

/** A lesson file as a server might send it: the shipped forward-pass with HTML in its text. */
const HTML_TEXT = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
function htmlLesson(): string {
  return JSON.stringify({
    version: 1,
    id: 'html-lesson',
    title: `Title ${HTML_TEXT}`,
    summary: 'x',
    minutes: 5,
    base: { preset: 'two-two-one' },
    steps: [
      { id: 'a', title: `<b>bold?</b>`, text: `Text ${HTML_TEXT}` },
      {
        id: 'b',
        title: 'Choose',
        text: 'Pick one.',
        question: { kind: 'choice', choices: ['<i>x</i>', 'y'], correct: 'y', hint: HTML_TEXT },
      },
    ],
  });
}

async function noMarkupFrom(panel: Locator): Promise<void> {
  await expect(panel.getByText(`Text ${HTML_TEXT}`)).toBeVisible();
  await expect(panel.locator('img, script, b, i')).toHaveCount(0);
}

test('a lesson with HTML in its text shows it as text, in the app and in an embed', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  // (on the context: the embed's frame on another origin fetches it too)
  await page
    .context()
    .route('**/lessons/html-lesson.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: htmlLesson() }),
    );
  await page.goto('./#lesson=html-lesson');
  const panel = lessonPanel(page);
  await expect(panel.getByRole('heading', { name: '<b>bold?</b>' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(panel.getByText(`Title ${HTML_TEXT}`)).toBeVisible();
  await noMarkupFrom(panel);
  await next(page);
  await answerChoice(page, '<i>x</i>', 'wrong');
  await expect(panel.getByText(HTML_TEXT, { exact: true })).toBeVisible(); // the hint
  await expect(panel.locator('img, script, b, i')).toHaveCount(0);

  // an invalid id in the address is named as text
  await page.goto('./#lesson=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await page.reload();
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // the same file through an embed's lesson attribute, on another origin
  const close = await serveHost({
    '/html.html': html(`<script type="module" src="${APP}/embed/v1/backprop-lens.js"></script>
      <backprop-lens id="l" lesson="html-lesson" title="A lesson" loading="eager"></backprop-lens>`),
  });
  try {
    await page.goto(`${HOST}/html.html`);
    const framed = page.frameLocator('#l iframe').getByRole('region', { name: 'Lesson' });
    // the embed resumes where this browser left the lesson: step 2
    await expect(framed.getByText('Step 2 of 2')).toBeVisible({ timeout: 20_000 });
    await expect(framed.getByText(`Title ${HTML_TEXT}`)).toBeVisible();
    await framed.getByRole('button', { name: 'Start over' }).click();
    await expect(framed.getByText('Step 1 of 2')).toBeVisible();
    await noMarkupFrom(framed);
    expect(dialogs).toEqual([]); // no handler and no script of the lesson's ever ran
  } finally {
    await close();
  }
});

test('an invalid lesson says what is wrong and where, and the app keeps working', async ({
  page,
}) => {
  const broken = JSON.parse(htmlLesson()) as { steps: { highlight?: string[] }[] };
  broken.steps[1].highlight = ['panel.graph', '#app > div'];
  await page.route('**/lessons/html-lesson.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await page.route('**/lessons/bad-json.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"version": 1,' }),
  );
  await page.goto('./#lesson=html-lesson');
  const panel = lessonPanel(page);
  await expect(panel.getByRole('heading', { name: 'This lesson cannot be opened' })).toBeVisible();
  await expect(
    panel.getByText(
      /steps\[1\] \(step 2, "Choose"\): highlight\[1\]: "#app > div" is not a target/,
    ),
  ).toBeVisible();
  await page.goto('./#lesson=bad-json');
  await page.reload();
  await expect(panel.getByText(/the lesson “bad-json” is not valid: not valid JSON/)).toBeVisible();
  // the app works on: → steps it, and the way back to the list opens the picker
  await tabTo(page, 'Step forward');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('phase')).toHaveText(/^Forward pass, sample 1/);
  await tabTo(page, 'All lessons');
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('heading', { name: 'Lessons' })).toBeVisible();
});

test('an embed on another origin reports its start, step and answer events', async ({ page }) => {
  const close = await serveHost({
    '/events.html': html(`<script type="module" src="${APP}/embed/v1/backprop-lens.js"></script>
      <backprop-lens id="l" lesson="forward-pass" title="A lesson" loading="eager"></backprop-lens>`),
  });
  try {
    const events: { event: string; step: number; correct?: boolean; lesson: string }[] = [];
    await page.exposeFunction('recordLesson', (d: (typeof events)[number]) => events.push(d));
    await page.goto(`${HOST}/events.html`);
    await page.evaluate(() =>
      document.addEventListener('lens-lesson', (e) =>
        (window as unknown as { recordLesson: (d: unknown) => void }).recordLesson(
          (e as CustomEvent).detail,
        ),
      ),
    );
    const frame = page.frameLocator('#l iframe');
    const panel = frame.getByRole('region', { name: 'Lesson' });
    await expect(panel.getByText('Step 1 of 7')).toBeVisible({ timeout: 20_000 });
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect(panel.getByText('Step 2 of 7')).toBeVisible();
    // z of h1 from the weights on the embed's own graph edges and the inputs the lesson states
    const weight = async (from: string): Promise<number> =>
      Number(
        (
          await frame
            .getByRole('button', { name: new RegExp(`^Weight w from ${from} to h1: `) })
            .getAttribute('aria-label')
        )?.split(': ')[1],
      );
    const z = (await weight('x1')) * 0.35 + (await weight('x2')) * 0.7;
    const field = panel.getByRole('textbox', { name: 'Your answer' });
    await field.fill(String(z + 1));
    await field.press('Enter');
    await field.fill(z.toFixed(4));
    await field.press('Enter');
    await expect(panel.getByText('Right.', { exact: true })).toBeVisible();
    await expect
      .poll(() => events.map((e) => `${e.event}:${e.step}:${e.correct ?? ''}`))
      .toEqual(['start:1:', 'step:2:', 'answer:2:false', 'answer:2:true']);
    expect(events.every((e) => e.lesson === 'forward-pass')).toBe(true);
  } finally {
    await close();
  }
});
