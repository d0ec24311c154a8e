// Lessons 6–10 walked to their end in Chromium with the keyboard alone, as a student would: each
// step's `until` made true through the app's own controls (Space, →, Shift+→), Next locked until
// then, every question refusing a wrong answer and accepting the right one, which the test reads
// off the page (status bar, data panel, chain rule, worked example, the CNN's gradient norms, the
// LSTM's cell-state highway) — never a number written here; lesson 7's CNN steps pass axe.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { LessonWalk, shownNumber, tabTo } from './lessonWalk2Driver';

test.describe.configure({ timeout: 300_000 });

const trainLoss = (page: Page) => shownNumber(page.getByTestId('train-loss'));
const testLoss = (page: Page) => shownNumber(page.getByTestId('test-loss'));

/** The training points the data panel describes ("150 training points: …"). */
async function trainingPoints(page: Page): Promise<number> {
  const text = (await page.locator('.data-panel').textContent()) ?? '';
  const m = /(\d+) training points/.exec(text);
  if (!m) throw new Error('the data panel does not say how many training points there are');
  return Number(m[1]);
}

/** A worked-example cell: the row of `ref` in the first table with a column `header`. */
async function tableCell(page: Page, ref: string, header: string): Promise<string> {
  const text = await page.evaluate(
    ([key, name]) => {
      for (const table of document.querySelectorAll('.worked-example table')) {
        const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
        const row = table.querySelector(`tr[data-ref="${key}"]`);
        const at = heads.indexOf(name);
        if (row && at > 0) return (row.children[at] as HTMLElement).innerText;
      }
      return null;
    },
    [ref, header] as const,
  );
  if (text === null) throw new Error(`no worked-example row ${ref} with a column “${header}”`);
  return text.trim();
}

/** WCAG 2.1 AA violations on the page as it is now. */
const axe = async (page: Page): Promise<string[]> =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

test('lesson 6, batch modes, walks to its end by keyboard', async ({ page }) => {
  const walk = new LessonWalk(page, 'batch-modes');
  await walk.open();
  await walk.at('how-many');
  const points = await trainingPoints(page);
  await walk.answerNumber(String(points)); // online: one update per training point
  for (const [id, loss] of [
    ['online', 'online-loss'],
    ['full', 'full-loss'],
  ] as const) {
    await walk.next();
    await walk.at(id);
    await walk.expectLocked();
    await expect(walk.panel.getByText(/metrics\.epoch must be at least 3 \(now 0\)/)).toBeVisible();
    await walk.playUntil(async () => (await walk.epochs()) >= 3);
    await walk.next();
    await walk.at(loss);
    await walk.answerNumber(await trainLoss(page));
  }
  await walk.next();
  await walk.at('minibatch');
  await walk.expectLocked();
  await expect(walk.panel.getByText(/metrics\.epoch must be at least 3 \(now 0\)/)).toBeVisible();
  await walk.playUntil(async () => (await walk.epochs()) >= 3);
  await walk.next();
  await walk.at('minibatch-updates');
  const size = Number(await page.getByLabel('Batch size').inputValue());
  await walk.answerNumber(String(Math.ceil(points / size)));
  await walk.next();
  await walk.at('rank');
  await walk.answerOrder();
  await walk.next();
});

test('lesson 7, vanishing gradients, ends on batch norm in a real net, by keyboard', async ({
  page,
}) => {
  const walk = new LessonWalk(page, 'vanishing-gradients');
  await walk.open();
  await walk.at('deep-net');
  await walk.next();
  await walk.at('trace-one');
  await walk.traceOne();
  await walk.next();
  // choose the weight in the chain-rule panel by typing its name into the Parameter list
  const parameter = page.getByRole('region', { name: 'Chain rule' }).getByRole('combobox');
  for (const [id, typed, name] of [
    ['last-layer', 'w(h5.1', 'w(h5.1→y1)'],
    ['first-layer', 'w(x1', 'w(x1→h1.1)'],
  ] as const) {
    await walk.at(id);
    await tabTo(page, /^Parameter/);
    await page.keyboard.type(typed);
    await expect
      .poll(() => parameter.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text))
      .toBe(name);
    await expect(
      page.getByRole('heading', { name: `Gradient of ${name}, sample 1 of 10` }),
    ).toBeVisible();
    await walk.answerNumber(await shownNumber(page.getByTestId('chain-gradient')));
    await walk.next();
  }
  await walk.at('why');
  await walk.answerChoice(walk.fileChoice);
  await walk.next();
  for (const [train, read] of [
    ['train-sigmoid', 'sigmoid-loss'],
    ['relu', 'relu-loss'],
  ] as const) {
    await walk.at(train);
    await walk.trainTo(400);
    await walk.next();
    await walk.at(read);
    await walk.answerNumber(await trainLoss(page));
    await walk.next();
  }
  // the MLP becomes deep-sigmoid, then deep-sigmoid-bn: the first block's gradient norm next to
  // the last one's, as the per-layer table's sentence gives it, decides the right choice
  const norms = page.getByRole('region', { name: 'Gradient norm per layer' });
  const ratioChoice = async (): Promise<string> => {
    const text = await norms.locator('.conv-legend').innerText();
    const m = /first block’s norm is (\S+) times the last one’s/.exec(text);
    const ratio = Number(m?.[1]);
    expect(Number.isFinite(ratio)).toBe(true);
    if (ratio < 1e-2) return 'Thousands of times smaller';
    if (ratio > 1e2) return 'Thousands of times larger';
    return 'About the same size';
  };
  for (const [id, preset, ask] of [
    ['digits-sigmoid', 'deep-sigmoid', 'digits-sigmoid-norms'],
    ['batch-norm', 'deep-sigmoid-bn', 'bn-norms'],
  ] as const) {
    await walk.at(id);
    await expect(page.getByLabel('Preset')).toHaveValue(preset);
    await expect(page.locator('section.conv-norms[data-lesson-highlight]')).toHaveCount(1);
    await walk.traceOne();
    await walk.next();
    await walk.at(ask);
    await expect(norms.getByText(/in update 1,/)).toBeVisible();
    expect(await axe(page)).toEqual([]);
    await walk.answerChoice(await ratioChoice());
    await walk.next();
  }
  await walk.at('bn-train');
  await walk.trainTo(300);
  await walk.next();
  await walk.at('bn-loss');
  await walk.answerNumber(await trainLoss(page));
  await walk.next();
  await walk.at('what-bn-does');
  await walk.answerChoice(walk.fileChoice);
  await walk.next();
  await walk.at('summary');
  await walk.next();
});

test('lesson 8, overfitting, walks to its end by keyboard', async ({ page }) => {
  const walk = new LessonWalk(page, 'overfitting');
  await walk.open();
  await walk.at('the-setup');
  await walk.answerChoice(walk.fileChoice);
  for (const [train, read, loss] of [
    ['train-long', 'read-gap', testLoss],
    ['l2', 'l2-gap', testLoss],
    ['dropout', 'dropout-gap', trainLoss],
  ] as const) {
    await walk.next();
    await walk.at(train);
    await walk.trainTo(200);
    await walk.next();
    await walk.at(read);
    await walk.answerNumber(await loss(page));
  }
  await walk.next();
  await walk.at('too-much');
  await walk.answerChoice(walk.fileChoice);
  await walk.next();
});

test('lesson 9, momentum and Adam, walks to its end by keyboard', async ({ page }) => {
  const walk = new LessonWalk(page, 'momentum-adam');
  await walk.open();
  await walk.at('the-ravine');
  await walk.expectLocked();
  await walk.stepUntilOpen(20);
  await expect(page.getByTestId('phase')).toHaveText(/^Backward/);
  for (const [id, ref] of [
    ['steep-wall', 'w:0:0:1'],
    ['gentle-floor', 'w:0:0:0'],
  ] as const) {
    await walk.next();
    await walk.at(id);
    await walk.answerNumber(await tableCell(page, ref, 'gradient g'));
  }
  for (const [train, read, optimizer] of [
    ['plain-sgd', 'sgd-loss', 'SGD'],
    ['momentum', 'momentum-loss', 'Momentum'],
    ['adam', 'adam-loss', 'Adam'],
  ] as const) {
    await walk.next();
    await walk.at(train);
    await expect(page.getByLabel('Optimizer')).toHaveValue(optimizer.toLowerCase());
    await walk.trainTo(100);
    await walk.next();
    await walk.at(read);
    await walk.answerNumber(await trainLoss(page));
  }
  await walk.next();
  await walk.at('why');
  await walk.answerChoice(walk.fileChoice);
  await walk.next();
});

test('lesson 10, backpropagation through time, ends on the LSTM in the app, by keyboard', async ({
  page,
}) => {
  const walk = new LessonWalk(page, 'backprop-through-time');
  await walk.open();
  await walk.at('unrolled');
  await walk.next();
  await walk.at('trace-one');
  await walk.traceOne();
  await walk.next();
  await walk.at('go-backward');
  await walk.expectLocked();
  await walk.stepUntilOpen(60);
  await expect(page.getByTestId('phase')).toHaveText(/^Backward/);
  await walk.next();
  await walk.at('where-largest');
  await walk.answerChoice(walk.fileChoice);
  await walk.next();
  await walk.at('why-fade');
  await walk.answerOrder();
  await walk.next();
  await walk.at('train');
  await walk.trainTo(300);
  for (const [id, loss] of [
    ['train-loss', trainLoss],
    ['test-loss', testLoss],
  ] as const) {
    await walk.next();
    await walk.at(id);
    await walk.answerNumber(await loss(page));
  }
  await walk.next();
  // the RNN becomes lstm-memory: its cell-state highway, its gate view, Compare cells
  await walk.at('lstm');
  await expect(page.getByLabel('Preset')).toHaveValue('lstm-memory');
  await expect(page.locator('section.gated-cells[data-lesson-highlight]')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Compare cells' })).toBeVisible();
  await walk.traceOne();
  await expect(page.getByRole('region', { name: 'Gate view' })).toBeVisible();
  await walk.next();
  await walk.at('highway-start');
  const kept = async (): Promise<number> =>
    Number(await page.getByTestId('highway-product-1').innerText());
  const before = await kept();
  expect(before).toBeGreaterThan(0);
  await walk.answerChoice(
    before < 0.01
      ? 'Below 0.01: the forget gates start near 0.5'
      : before > 0.9
        ? 'Close to 1'
        : '',
  );
  await walk.next();
  await walk.at('lstm-train');
  await walk.trainTo(300);
  await walk.next();
  await walk.at('lstm-loss');
  await walk.answerNumber(await trainLoss(page));
  await walk.next();
  await walk.at('highway-trained');
  const trained = await walk.updates();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('phase')).toHaveText(/^Forward/);
  await expect.poll(walk.updates).toBe(trained + 1);
  const after = await kept();
  await walk.answerChoice(
    after > before
      ? 'It grew: training opened the forget gates towards 1'
      : after < before
        ? 'It shrank towards 0'
        : 'It did not change',
  );
  await walk.next();
  await walk.at('why-highway');
  await walk.answerChoice(walk.fileChoice);
  await walk.next();
  await walk.at('summary');
  await walk.next();
});
