// Walking a shipped lesson in Chromium as a student does, by keyboard: open it from the picker,
// check that Next stays locked until the step's `until` holds or its question is answered, answer
// each question wrong first (refused) and then right (accepted), with the right value read off
// the page by the caller. The choices and order items come from the lesson file itself.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { focusedName, tabTo as tabToward } from './lessonDriver';

interface QuestionData {
  readonly kind: 'number' | 'choice' | 'order';
  readonly choices?: readonly string[];
  readonly correct?: string;
  readonly items?: readonly string[];
}

export interface LessonData {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly {
    readonly id: string;
    readonly title: string;
    readonly question?: QuestionData;
  }[];
}

export const lessonData = (id: string): LessonData =>
  JSON.parse(readFileSync(`public/lessons/${id}.json`, 'utf8')) as LessonData;

/** Presses Tab (forwards only) until the focused element's accessible text matches `name`. */
export const tabTo = (page: Page, name: string | RegExp): Promise<void> =>
  tabToward(page, name, false);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number as the page shows it, from the start of a cell's text ("0.0549 (99.0% correct)"). */
export const shownNumber = async (where: Locator): Promise<string> =>
  (await where.innerText()).trim().split(/\s/)[0];

/** A clearly wrong answer to a number shown as `right`. */
export const wrongNumber = (right: string): string => String(Number(right) * 1.5 + 0.5);

export class LessonWalk {
  readonly data: LessonData;
  private index = 0;

  constructor(
    readonly page: Page,
    id: string,
  ) {
    this.data = lessonData(id);
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Lesson' });
  }

  private get nextButton(): Locator {
    return this.panel.getByRole('button', { name: /^(Next|Finish)$/ });
  }

  /** Opens the lesson from the Lessons picker, by keyboard, on a fresh page. */
  async open(): Promise<void> {
    const { page } = this;
    await page.goto('./');
    await expect(page.getByTestId('train-loss')).not.toHaveText('—');
    await tabTo(page, 'Lessons');
    await page.keyboard.press('Enter');
    await tabTo(page, new RegExp(`^${escape(this.data.title)}`));
    await page.keyboard.press('Enter');
    await this.expectAt(0);
  }

  private async expectAt(index: number): Promise<void> {
    const step = this.data.steps[index];
    await expect(
      this.panel.getByText(`Step ${index + 1} of ${this.data.steps.length}`),
    ).toBeVisible();
    await expect(this.panel.getByRole('heading', { level: 2 })).toHaveText(step.title);
  }

  /** The open step is `id` (the walk follows the file's order). */
  async at(id: string): Promise<void> {
    expect(this.data.steps[this.index].id).toBe(id);
    await this.expectAt(this.index);
  }

  async expectLocked(): Promise<void> {
    await expect(this.nextButton).toHaveAttribute('aria-disabled', 'true');
  }

  async expectUnlocked(): Promise<void> {
    await expect(this.nextButton).toHaveAttribute('aria-disabled', 'false');
    await expect(this.panel.getByText('Before Next:')).toHaveCount(0);
  }

  /** Next (or Finish) by keyboard; the next step's heading takes the focus. */
  async next(): Promise<void> {
    await this.expectUnlocked();
    await tabTo(this.page, /^(Next|Finish)$/);
    await this.page.keyboard.press('Enter');
    this.index += 1;
    if (this.index === this.data.steps.length) {
      await expect(this.panel.getByRole('heading', { name: 'Lesson complete' })).toBeVisible();
      return;
    }
    await this.expectAt(this.index);
    await expect(this.panel.getByRole('heading', { level: 2 })).toBeFocused();
  }

  private get question(): QuestionData {
    const q = this.data.steps[this.index].question;
    if (!q) throw new Error(`step ${this.data.steps[this.index].id} asks nothing`);
    return q;
  }

  private async expectRefused(): Promise<void> {
    await expect(this.panel.getByText('Not yet.')).toBeVisible();
    await this.expectLocked();
  }

  private async expectAccepted(): Promise<void> {
    await expect(this.panel.getByText('Right.')).toBeVisible();
    await this.expectUnlocked();
  }

  /** A number question: `wrong` is refused, then `right` (read off the page) accepted. */
  async answerNumber(right: string, wrong = wrongNumber(right)): Promise<void> {
    expect(this.question.kind).toBe('number');
    await this.expectLocked();
    await tabTo(this.page, /^Your answer/);
    await this.page.keyboard.type(wrong);
    await this.page.keyboard.press('Enter');
    await this.expectRefused();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(right);
    await this.page.keyboard.press('Enter');
    await this.expectAccepted();
  }

  /** Picks a choice with the arrow keys inside the radio group and presses Check. */
  private async choose(text: string): Promise<void> {
    const { page } = this;
    const choices = this.question.choices ?? [];
    // Tab stops once in a radio group; the arrows move (and check) within it
    await tabTo(page, new RegExp(`^(${choices.map(escape).join('|')})$`));
    for (let k = 0; k < choices.length && (await focusedName(page)) !== text; k += 1)
      await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe(text);
    await tabTo(page, 'Check');
    await page.keyboard.press('Enter');
  }

  /** A choice question: a wrong choice is refused, `right` accepted; `right` must be the file's. */
  async answerChoice(right: string): Promise<void> {
    const q = this.question;
    expect(q.kind).toBe('choice');
    expect(right).toBe(q.correct);
    await this.expectLocked();
    const wrong = (q.choices ?? []).find((c) => c !== right);
    if (wrong === undefined) throw new Error('a choice question with one choice');
    await this.choose(wrong);
    await this.expectRefused();
    await this.choose(right);
    await this.expectAccepted();
  }

  /** The choice the lesson file gives as correct (a question about ideas, not the run). */
  get fileChoice(): string {
    return this.question.correct ?? '';
  }

  /** An order question: the shuffled order (or one made wrong) is refused, then put right. */
  async answerOrder(): Promise<void> {
    const { page } = this;
    const right = [...(this.question.items ?? [])];
    await this.expectLocked();
    const items = this.panel
      .getByRole('list', { name: 'Items to put in order' })
      .locator('li > span:first-child');
    if ((await items.allInnerTexts()).join('\n') === right.join('\n')) {
      await tabTo(page, `Move “${right[0]}” down`);
      await page.keyboard.press('Enter');
    }
    await tabTo(page, 'Check');
    await page.keyboard.press('Enter');
    await this.expectRefused();
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
    await this.expectAccepted();
  }

  /** Space (the focus on the step's heading, as Next leaves it) plays until `done`, Space
   * pauses; then waits until the counters stop, so what the page shows is what the run has. */
  async playUntil(done: () => Promise<boolean>): Promise<void> {
    const { page } = this;
    await expect(this.panel.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    await expect.poll(done, { timeout: 150_000, intervals: [100] }).toBe(true);
    await page.keyboard.press(' ');
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const update = page.getByTestId('update');
    let before = '';
    await expect
      .poll(
        async () => {
          const now = `${await update.innerText()} ${await page.getByTestId('train-loss').innerText()}`;
          const same = now === before;
          before = now;
          return same;
        },
        { intervals: [300] },
      )
      .toBe(true);
  }

  /** Presses → until the open step's `until` holds (at most `max` times). */
  async stepUntilOpen(max: number): Promise<void> {
    for (let k = 0; k < max && (await this.panel.getByText('Before Next:').count()) > 0; k += 1) {
      await this.page.keyboard.press('ArrowRight');
      await this.page.waitForTimeout(100);
    }
    await this.expectUnlocked();
  }

  /** Shift+→ traces one update; Next unlocks once the cursor is in it. */
  async traceOne(): Promise<void> {
    await this.expectLocked();
    await expect(this.panel.getByText(/cursor\.update must be at least 1/)).toBeVisible();
    await this.page.keyboard.press('Shift+ArrowRight');
    await this.expectUnlocked();
  }

  /** Space plays until `n` updates are done, Space pauses; Next is locked, saying so, before. */
  async trainTo(n: number): Promise<void> {
    await this.expectLocked();
    const missing = new RegExp(`metrics\\.update must be at least ${n} \\(now`);
    await expect(this.panel.getByText(missing)).toBeVisible();
    await this.playUntil(async () => (await this.updates()) >= n);
  }

  /** Updates done, as the status bar shows them. */
  updates = async (): Promise<number> => Number(await this.page.getByTestId('update').innerText());

  /** Epochs done, as the status bar shows them. */
  epochs = async (): Promise<number> => Number(await this.page.getByTestId('epoch').innerText());
}
