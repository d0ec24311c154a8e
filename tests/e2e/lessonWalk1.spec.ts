// Lessons 1–5 walked to their end in Chromium by keyboard, as a student would: every `until`
// becomes true through the app's own controls (→, Play/Pause, R, the learning-rate slider),
// Next stays locked until then, and every question refuses a wrong answer and accepts the right
// one, computed here (lessonMaths) from the numbers the page shows, never copied from the lesson.
import { expect, test, type Page } from '@playwright/test';
import {
  answerChoice,
  answerNumber,
  answerOrder,
  chooseOption,
  expectLocked,
  expectStep,
  lessonPanel,
  next,
  openLesson,
  readLesson,
  shownNet,
  statusNow,
  statusNumber,
  stepUntilPhase,
  tabTo,
  wrongNumber,
  type LessonFile,
} from './lessonDriver';
import { lossOf, pass, sigmoid } from './lessonMaths';

/** Answers step `index`'s number question: a wrong value first, then `right` (6+ decimals). */
async function number(page: Page, file: LessonFile, index: number, right: number): Promise<void> {
  await expectStep(page, file, index);
  const q = file.steps[index].question;
  if (q?.kind !== 'number' || q.tolerance === undefined) throw new Error(`step ${index + 1}`);
  await expectLocked(page, file, index);
  await answerNumber(page, wrongNumber(right, q.tolerance, q.relative), 'wrong');
  await expectLocked(page, file, index);
  await answerNumber(page, right.toPrecision(7), 'right');
  await next(page);
}

/** Answers step `index`'s choice question: `wrong` first, then `right`. */
async function choice(page: Page, file: LessonFile, index: number, right: string, wrong: string) {
  await expectStep(page, file, index);
  await answerChoice(page, wrong, 'wrong');
  await expectLocked(page, file, index);
  await answerChoice(page, right, 'right');
  await next(page);
}

/** Answers step `index`'s order question: the shuffled order as shown first, then `right`. */
async function order(page: Page, file: LessonFile, index: number, right: readonly string[]) {
  await expectStep(page, file, index);
  await tabTo(page, 'Check');
  await page.keyboard.press('Enter');
  await expect(lessonPanel(page).getByText('Not yet.')).toBeVisible();
  await answerOrder(page, right, 'right');
  await next(page);
}

/** A step whose `until` is a phase: locked, → until the phase shows, unlocked, Next. */
async function reachPhase(
  page: Page,
  file: LessonFile,
  index: number,
  phase: RegExp,
  then?: () => Promise<void>,
) {
  await expectStep(page, file, index);
  await expectLocked(page, file, index);
  await stepUntilPhase(page, phase);
  await then?.();
  await next(page);
}

async function finished(page: Page): Promise<void> {
  await expect(lessonPanel(page).getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
}

/** The weight on a graph edge, as its accessible name says (`Weight w from x1 to h1: 0.2`). */
async function edgeWeight(page: Page, from: string, to: string): Promise<number> {
  const edge = page.getByRole('button', { name: new RegExp(`^Weight w from ${from} to ${to}: `) });
  return Number((await edge.getAttribute('aria-label'))?.split(': ')[1]);
}

test.describe.configure({ timeout: 240_000 });

test('lesson 1, the forward pass, walks to its end', async ({ page }) => {
  const file = readLesson('forward-pass');
  await openLesson(page, file);
  // the inputs the first step states; checked against the table once it shows them
  const said = /x1 = ([\d.]+) and x2 = ([\d.]+)/.exec(await lessonPanel(page).innerText());
  const x = [Number(said?.[1]), Number(said?.[2])];
  await next(page);
  // z of h1 before anything is computed: the weights are on the graph's edges
  const z =
    (await edgeWeight(page, 'x1', 'h1')) * x[0] + (await edgeWeight(page, 'x2', 'h1')) * x[1];
  await number(page, file, 1, z);
  // step 3 traces the update: the activations follow from what the table shows
  await expect(page.getByTestId('phase')).toHaveText(/^Forward pass, sample 1/);
  const shown = await shownNet(page);
  expect(shown.x).toEqual(x);
  expect(shown.net.b.flat().every((b) => b === 0)).toBe(true); // "this net has no biases"
  const p = pass(shown.net, shown.x, shown.t, shown.loss);
  expect(p.a[1][0]).toBeCloseTo(sigmoid(z), 12);
  await number(page, file, 2, p.a[1][0]);
  await number(page, file, 3, p.a[1][1]);
  await number(page, file, 4, p.a[2][0]);
  await order(page, file, 5, [
    'Take the values of the layer before',
    'Multiply each by its weight and add them up (z)',
    'Apply the activation (a = σ(z))',
    'Hand a on to the next layer',
  ]);
  await reachPhase(page, file, 6, /^Loss, sample 1/);
  await finished(page);
});

test('lesson 2, the loss, walks to its end', async ({ page }) => {
  const file = readLesson('the-loss');
  await openLesson(page, file);
  await reachPhase(page, file, 0, /^Loss, sample 1/);
  const squared = await shownNet(page);
  expect(squared.loss).toBe('squared-error');
  await number(page, file, 1, pass(squared.net, squared.x, squared.t, 'squared-error').loss);
  await choice(
    page,
    file,
    2,
    'It makes the loss 0 only when y equals t, and big gaps cost much more than small ones',
    'It keeps the loss between 0 and 1',
  );
  // the step's patch switched the loss: the Loss control says so, and → reaches its phase
  await expectStep(page, file, 3);
  await expect(page.getByRole('combobox', { name: 'Loss', exact: true })).toHaveValue(
    'cross-entropy',
  );
  await reachPhase(page, file, 3, /^Loss, sample 1/);
  const ce = await shownNet(page);
  expect(ce.loss).toBe('cross-entropy');
  await number(page, file, 4, pass(ce.net, ce.x, ce.t, 'cross-entropy').loss);
  // target 1, output 0.01: the loss that costs more pushes harder
  const harder = lossOf('cross-entropy', 0.01, 1) > lossOf('squared-error', 0.01, 1);
  await choice(
    page,
    file,
    5,
    harder ? 'Cross-entropy' : 'Squared error',
    harder ? 'Squared error' : 'Cross-entropy',
  );
  await expectStep(page, file, 6);
  await next(page);
  await finished(page);
});

test('lesson 3, the chain rule for an output weight, walks to its end', async ({ page }) => {
  const file = readLesson('chain-rule-output');
  await openLesson(page, file);
  await reachPhase(page, file, 0, /^Loss, sample 1/);
  await order(page, file, 1, [
    'How L changes with the output a',
    'How a changes with the sum z',
    'How z changes with the weight w',
  ]);
  const s = await shownNet(page);
  const p = pass(s.net, s.x, s.t, s.loss);
  const y = p.a[2][0];
  await number(page, file, 2, y - s.t[0]);
  await number(page, file, 3, y * (1 - y));
  await number(page, file, 4, p.a[1][0]);
  const product = (y - s.t[0]) * y * (1 - y) * p.a[1][0];
  expect(p.gw[1][0][0]).toBeCloseTo(product, 12);
  await number(page, file, 5, product);
  // the step's highlights land on the chain-rule panel's three factors once the weight is chosen
  await reachPhase(page, file, 6, /^Backward pass, sample 1/, async () => {
    await tabTo(page, /^Parameter/);
    await page.keyboard.type('w(h1');
    const chain = page.getByRole('region', { name: 'Chain rule' });
    await expect(chain.getByRole('combobox', { name: 'Parameter' })).toHaveValue('w:1:0:0');
    await expect(chain.locator('table.factors tbody tr[data-lesson-highlight]')).toHaveCount(3);
  });
  await number(page, file, 7, p.gw[1][0][1]);
  await finished(page);
});

test('lesson 4, a hidden weight, walks to its end', async ({ page }) => {
  const file = readLesson('hidden-weight');
  await openLesson(page, file);
  await reachPhase(page, file, 0, /^Backward pass, sample 1/);
  // the paths from h1 to the loss: one per edge out of h1
  const paths = await page.getByRole('button', { name: /^Weight w from h1 to y\d+: / }).count();
  await choice(page, file, 1, String(paths), paths === 1 ? '4' : '1');
  const s = await shownNet(page);
  const p = pass(s.net, s.x, s.t, s.loss);
  const viaY = (j: number): number => s.net.w[1][j][0] * p.delta[1][j];
  await number(page, file, 2, viaY(0));
  const sum = [0, 1].reduce((acc, j) => acc + viaY(j), 0);
  await number(page, file, 3, sum);
  const h1 = p.a[1][0];
  expect(p.delta[0][0]).toBeCloseTo(sum * h1 * (1 - h1), 12);
  await number(page, file, 4, p.delta[0][0]);
  const before = p.gw[0][0][0];
  await number(page, file, 5, before);
  // the patch sets y2's target to its output: the path through y2 carries (almost) nothing
  await reachPhase(page, file, 6, /^Backward pass, sample 1/);
  const t = await shownNet(page);
  const q = pass(t.net, t.x, t.t, t.loss);
  expect(Math.abs(q.delta[1][1])).toBeLessThan(1e-6);
  expect(q.gw[0][0][0]).toBeGreaterThan(before); // the lesson's "bigger than before"
  await number(page, file, 7, q.gw[0][0][0]);
  await finished(page);
});

/** Plays with the Play button (by keyboard) until `done` holds, then pauses it again. */
async function playUntil(page: Page, done: () => Promise<boolean>): Promise<void> {
  await tabTo(page, 'Play');
  await page.keyboard.press('Enter');
  await expect.poll(done, { timeout: 60_000, intervals: [200] }).toBe(true);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
}

const learningRate = (page: Page) =>
  page.getByRole('spinbutton', { name: 'Learning rate', exact: true });

test('lesson 5, the learning rate, walks to its end', async ({ page }) => {
  const file = readLesson('learning-rate');
  await openLesson(page, file);
  await choice(page, file, 0, 'It gets smaller', 'It gets bigger');
  // too small and about right: at 30 updates / s (the lesson asks for it), paused in 100–400
  const trained = async (index: number, rate: string, least: number, most = Infinity) => {
    await expectStep(page, file, index);
    await expect(learningRate(page)).toHaveValue(rate);
    await expect(page.getByTestId('update')).toHaveText('0');
    await expectLocked(page, file, index);
    if (index === 1) {
      // as fast as possible it runs past 400 at once: Next stays locked, and R starts again
      await playUntil(page, async () => (await statusNow(page, 'update')) > most);
      await expect(
        lessonPanel(page).getByText(/metrics\.update must be at most 400/),
      ).toBeVisible();
      await expectLocked(page, file, index);
      await page.keyboard.press('r');
      await expect(page.getByTestId('update')).toHaveText('0');
      await chooseOption(page, 'Speed', '30 updates / s');
    }
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('30');
    await playUntil(page, async () => (await statusNow(page, 'update')) >= least);
    // paused inside the range: the count holds there (a run that went back would show it here)
    const paused = await statusNumber(page, 'update');
    expect(paused).toBeGreaterThanOrEqual(least);
    expect(paused).toBeLessThanOrEqual(most);
    await next(page);
    return statusNumber(page, 'train-loss');
  };
  const slow = await trained(1, '0.002', 100, 400);
  await number(page, file, 2, slow);
  const good = await trained(3, '0.05', 100, 400);
  expect(good).toBeLessThan(slow / 2); // "far lower"
  await number(page, file, 4, good);
  await trained(5, '5', 20);
  await choice(page, file, 6, 'A smaller learning rate', 'Training for more updates');
  // the learner's own fix: R resets, the slider's arrow keys lower η, Play trains
  await expectStep(page, file, 7);
  await expectLocked(page, file, 7);
  await page.keyboard.press('r');
  await expect(page.getByTestId('update')).toHaveText('0');
  await tabTo(page, 'η on a log scale');
  const slider = page.getByRole('slider', { name: 'η on a log scale' });
  for (let k = 0; k < 40 && Number(await slider.getAttribute('aria-valuetext')) > 0.1; k += 1)
    await page.keyboard.press('ArrowLeft');
  await expect(learningRate(page)).toHaveValue('0.1');
  await expectLocked(page, file, 7);
  await playUntil(
    page,
    async () =>
      (await statusNow(page, 'update')) >= 100 && (await statusNow(page, 'train-loss')) < 0.05,
  );
  await next(page);
  await finished(page);
});
