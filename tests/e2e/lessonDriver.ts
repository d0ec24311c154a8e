// Shared steps for the e2e lesson walks (lessonWalk*.spec.ts, lessonRunner.spec.ts): moving by
// keyboard as a student does (Tab to a named control, Enter, arrows), answering each kind of
// question, checking that Next is locked or unlocked, and reading the numbers the page shows
// (the worked-example table's inputs and starting weights, the status bar) to compute answers.
import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import type { LossKind, ShownNet } from './lessonMaths';

export const lessonPanel = (page: Page): Locator => page.getByRole('region', { name: 'Lesson' });

/** A shipped lesson file as data (to know its steps' count, kinds and tolerances, not answers). */
export interface LessonFile {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly {
    readonly id: string;
    readonly title: string;
    readonly until?: Readonly<Record<string, unknown>>;
    readonly question?: {
      readonly kind: string;
      readonly tolerance?: number;
      readonly relative?: boolean;
      readonly choices?: readonly string[];
    };
  }[];
}

export function readLesson(id: string): LessonFile {
  return JSON.parse(readFileSync(`public/lessons/${id}.json`, 'utf8')) as LessonFile;
}

/** The accessible text of the focused element (aria-label, its label, or its own text). */
export const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return '';
    const label = el.labels?.[0]?.innerText;
    return (el.getAttribute('aria-label') ?? label ?? el.innerText ?? '').trim();
  });

/** Whether the first focusable element named like `name` comes before the focused one. */
const isBehind = (page: Page, name: string | RegExp): Promise<boolean> =>
  page.evaluate(
    ([source, flags, exact]) => {
      const nameOf = (el: Element): string => {
        const input = el as HTMLInputElement;
        return (
          el.getAttribute('aria-label') ??
          input.labels?.[0]?.innerText ??
          (el as HTMLElement).innerText ??
          ''
        ).trim();
      };
      const matches = (text: string): boolean =>
        exact ? text === source : new RegExp(source, flags).test(text);
      const all = document.querySelectorAll('button, input, select, textarea, a[href], [tabindex]');
      const target = [...all].find((el) => matches(nameOf(el)));
      const active = document.activeElement;
      if (!target || !active || active === document.body) return false;
      return (target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    typeof name === 'string'
      ? ([name, '', true] as const)
      : ([name.source, name.flags, false] as const),
  );

/**
 * Presses Tab until the focused element's accessible text is `name`: Shift+Tab when that element
 * comes before the focused one (or `back` says so), as a keyboard user would.
 */
export async function tabTo(page: Page, name: string | RegExp, back?: boolean): Promise<void> {
  const key = (back ?? (await isBehind(page, name))) ? 'Shift+Tab' : 'Tab';
  for (let k = 0; k < 200; k += 1) {
    const text = await focusedName(page);
    if (typeof name === 'string' ? text === name : name.test(text)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`no focusable element named ${String(name)} within 200 tabs`);
}

/** Opens a lesson from the Lessons button and the picker, by keyboard. */
export async function openLesson(page: Page, file: LessonFile): Promise<void> {
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await tabTo(page, 'Lessons');
  await page.keyboard.press('Enter');
  await expect(lessonPanel(page).getByRole('heading', { name: 'Lessons' })).toBeFocused();
  await tabTo(page, new RegExp(`^${file.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  await page.keyboard.press('Enter');
  await expectStep(page, file, 0);
}

/** The panel shows step `index` (0-based) of `file`. */
export async function expectStep(page: Page, file: LessonFile, index: number): Promise<void> {
  const panel = lessonPanel(page);
  await expect(panel.getByText(`Step ${index + 1} of ${file.steps.length}`)).toBeVisible();
  await expect(panel.locator('h2')).toHaveText(file.steps[index].title);
}

const nextButton = (page: Page): Locator =>
  lessonPanel(page).getByRole('button', { name: /^(Next|Finish)$/ });

/** Next is locked: it says so, and pressing it by keyboard leaves the step where it is. */
export async function expectLocked(page: Page, file: LessonFile, index: number): Promise<void> {
  await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'true');
  await expect(lessonPanel(page).getByText('Before Next:')).toBeVisible();
  await tabTo(page, /^(Next|Finish)$/);
  await page.keyboard.press('Enter');
  await expectStep(page, file, index);
}

export async function expectUnlocked(page: Page): Promise<void> {
  await expect(nextButton(page)).toHaveAttribute('aria-disabled', 'false');
  await expect(lessonPanel(page).getByText('Before Next:')).toHaveCount(0);
}

/** Presses Next (or Finish) by keyboard once it is unlocked. */
export async function next(page: Page): Promise<void> {
  await expectUnlocked(page);
  await tabTo(page, /^(Next|Finish)$/);
  await page.keyboard.press('Enter');
}

type Verdict = 'right' | 'wrong';
async function expectVerdict(page: Page, verdict: Verdict): Promise<void> {
  const feedback = lessonPanel(page).locator('.lesson-feedback');
  await expect(
    feedback.getByText(verdict === 'right' ? 'Right.' : 'Not yet.', { exact: true }),
  ).toBeVisible();
}

/** Types a number into the open question (replacing what is there) and presses Enter. */
export async function answerNumber(page: Page, text: string, verdict: Verdict): Promise<void> {
  await tabTo(page, /^Your answer/);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expectVerdict(page, verdict);
}

/** A number the question must refuse: well outside its tolerance around `right`. */
export function wrongNumber(right: number, tolerance: number, relative = false): string {
  const allowed = relative ? tolerance * Math.abs(right) : tolerance;
  return String(right + 10 * allowed + 0.1 * Math.abs(right) + 0.01);
}

/** Picks a choice with the arrow keys of the radio group, then presses Check. */
export async function answerChoice(page: Page, choice: string, verdict: Verdict): Promise<void> {
  const radios = lessonPanel(page).getByRole('radio');
  const names = await radios.evaluateAll((els) =>
    els.map((el) => (el as HTMLInputElement).labels?.[0]?.innerText.trim() ?? ''),
  );
  if (!names.includes(choice)) throw new Error(`no choice “${choice}” in ${names.join(' | ')}`);
  // Tab enters the group on its checked radio (or the first); arrows move and check
  await tabTo(page, new RegExp(names.map(esc).join('|')));
  for (let k = 0; k < names.length * 2; k += 1) {
    if ((await focusedName(page)) === choice) break;
    await page.keyboard.press('ArrowDown');
  }
  if ((await focusedName(page)) !== choice) throw new Error(`could not reach “${choice}”`);
  await page.keyboard.press('Space');
  await expect(radios.nth(names.indexOf(choice))).toBeChecked();
  await tabTo(page, 'Check');
  await page.keyboard.press('Enter');
  await expectVerdict(page, verdict);
}

const esc = (s: string): string => `^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`;

/** Puts the order question's items in `wanted` order with the Move up buttons, then Check. */
export async function answerOrder(
  page: Page,
  wanted: readonly string[],
  verdict: Verdict,
): Promise<void> {
  const panel = lessonPanel(page);
  const items = panel
    .getByRole('list', { name: 'Items to put in order' })
    .locator('li > span:first-child');
  for (let k = 0; k < wanted.length; k += 1) {
    const at = (await items.allInnerTexts()).indexOf(wanted[k]);
    if (at < 0) throw new Error(`no item “${wanted[k]}”`);
    if (at === k) continue;
    await tabTo(page, `Move “${wanted[k]}” up`);
    for (let m = at; m > k; m -= 1) await page.keyboard.press('Enter');
  }
  await expect(items).toHaveText([...wanted]);
  await tabTo(page, 'Check');
  await page.keyboard.press('Enter');
  await expectVerdict(page, verdict);
}

/** Chooses `option` in the select labelled `label` with its arrow keys, as a keyboard user. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  await tabTo(page, new RegExp(`^${label}`));
  const select = page.getByRole('combobox', { name: label, exact: true });
  const shown = (): Promise<string> =>
    select.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.text ?? '');
  const texts = await select.locator('option').allInnerTexts();
  const key = texts.indexOf(option) > texts.indexOf(await shown()) ? 'ArrowDown' : 'ArrowUp';
  for (let k = 0; k < texts.length && (await shown()) !== option; k += 1)
    await page.keyboard.press(key);
  expect(await shown()).toBe(option);
}

/** Presses → (outside any field) until the phase line matches, at most `max` times. */
export async function stepUntilPhase(page: Page, phase: RegExp, max = 12): Promise<void> {
  await tabTo(page, 'Step forward');
  const shown = page.getByTestId('phase');
  for (let k = 0; k < max && !phase.test(await shown.innerText()); k += 1) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(120);
  }
  await expect(shown).toHaveText(phase);
}

/** A number of the worked-example table written in an editable field's title (full precision). */
async function fieldNumber(page: Page, ref: string): Promise<number> {
  const table = page.getByRole('region', { name: 'Worked example' });
  const title = await table.locator(`tr[data-ref="${ref}"] input`).first().getAttribute('title');
  const m = /: (\S+) \(edit/.exec(title ?? '');
  if (!m) throw new Error(`no editable number for ${ref} (title “${title}”)`);
  return Number(m[1]);
}

/** Reads the net, the first sample and the loss the worked-example table shows. */
export async function shownNet(page: Page): Promise<{
  net: ShownNet;
  x: number[];
  t: number[];
  loss: LossKind;
}> {
  const table = page.getByRole('region', { name: 'Worked example' });
  const refs = await table
    .locator('table')
    .first()
    .locator('tr[data-ref^="n:"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-ref') ?? ''));
  const sizes: number[] = [];
  for (const ref of refs) {
    const [, l, j] = ref.split(':').map(Number);
    sizes[l] = Math.max(sizes[l] ?? 0, j + 1);
  }
  const last = sizes.length - 1;
  const range = (n: number): number[] => Array.from({ length: n }, (_, k) => k);
  const w: number[][][] = [];
  const b: number[][] = [];
  for (let l = 0; l < last; l += 1) {
    w.push(
      await Promise.all(
        range(sizes[l + 1]).map((j) =>
          Promise.all(range(sizes[l]).map((i) => fieldNumber(page, `w:${l}:${j}:${i}`))),
        ),
      ),
    );
    b.push(await Promise.all(range(sizes[l + 1]).map((j) => fieldNumber(page, `b:${l}:${j}`))));
  }
  const x = await Promise.all(range(sizes[0]).map((j) => fieldNumber(page, `n:0:${j}`)));
  const t = await Promise.all(range(sizes[last]).map((j) => fieldNumber(page, `n:${last}:${j}`)));
  const caption = await table.locator('table').nth(1).locator('caption').innerText();
  const loss: LossKind = /cross-entropy/.test(caption) ? 'cross-entropy' : 'squared-error';
  return { net: { sizes, w, b }, x, t, loss };
}

/** A number the status bar shows now (`update`, `train-loss`, …), even while playing. */
export async function statusNow(page: Page, testId: string): Promise<number> {
  return Number.parseFloat(await page.getByTestId(testId).innerText());
}

/** A number the status bar shows (`update`, `train-loss`, …), once it has stopped changing. */
export async function statusNumber(page: Page, testId: string): Promise<number> {
  const cell = page.getByTestId(testId);
  let before = '';
  for (let k = 0; k < 20; k += 1) {
    const now = await cell.innerText();
    if (now === before) return Number.parseFloat(now);
    before = now;
    await page.waitForTimeout(150);
  }
  throw new Error(`the status ${testId} kept changing`);
}
