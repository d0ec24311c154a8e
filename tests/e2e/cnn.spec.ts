// Convolutional nets in the app, in Chromium: conv-by-hand from the picker, a conv cell picked
// with the keyboard and its sum patch × kernel + bias read against the engine's z; stepping
// into the backward pass and reading a kernel gradient's sum Σ δ ⊙ patch against the engine's;
// digits-cnn trained for an epoch; no axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const stepForward = (page: Page) => page.getByRole('button', { name: 'Step forward' }).click();

async function pickConvByHand(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByLabel('Preset').selectOption('conv-by-hand');
  await expect(page.getByRole('region', { name: 'Feature maps' })).toBeVisible();
  await expect(page.getByTestId('train-loss')).toHaveText('30.0000');
}

/** The number after the last "=" of a sum's text. */
const result = (text: string | null): number => Number(text!.split('=').at(-1)!.trim());

test('conv-by-hand: pick a conv cell by keyboard, read its sum, step into the backward pass', async ({
  page,
}) => {
  await pickConvByHand(page);
  const maps = page.getByRole('region', { name: 'Feature maps' });
  const conv = maps.getByRole('group', { name: /^layer 1 \(convolution\), channel 1 \(/ });
  await conv.focus();
  await page.keyboard.press('ArrowRight');
  await expect(conv).toHaveAccessibleName(/row 1, column 2: 5/);
  const sum = page.getByTestId('conv-forward-sum');
  // 2·1 + 0·(−1) + 1·2 + 3·0 + 1 = 5, the engine's z
  await expect(sum).toHaveText(/= 2·1 \+ 0·\(−1\) \+ 1·2 \+ 3·0 \+ 1 = 5$/);
  const engine = await page.locator('.conv-forward .conv-note').textContent();
  expect(engine).toContain(`The engine’s z is ${result(await sum.textContent())};`);

  // forward layer 1, layer 2, the loss, backward layer 2, backward layer 1
  for (let k = 0; k < 5; k += 1) await stepForward(page);
  const phase = page.getByTestId('phase');
  await expect(phase).toHaveText('Backward pass, sample 1: layer 1 (convolution)');
  await expect(maps.getByRole('radio', { name: 'Gradients (backward)' })).toBeChecked();
  const kernel = page.getByTestId('conv-kernel-gradient');
  await expect(kernel).toHaveText(/^∂L\/∂K\[1\]\[1\]\[1\]\[1\] = Σ δ ⊙ patch = .* = 22$/);
  await expect(page.getByText('The engine’s gradient: 22.')).toBeVisible();
  // another kernel entry, picked by its button
  await page.getByRole('button', { name: /^kernel entry K\[1\]\[1\]\[2\]\[2\]/ }).click();
  await expect(kernel).toHaveText(/^∂L\/∂K\[1\]\[1\]\[2\]\[2\] = .* = 23$/);
  await expect(page.getByText('The engine’s gradient: 23.')).toBeVisible();
  // the input gradient as the full convolution with the flipped kernel equals the engine's
  const input = page.getByTestId('conv-input-gradient');
  await expect(input).toHaveText(/^∂L\/∂x at channel 1, row 1, column 2 = Σ δ · K = /);
  const text = (await input.textContent())!.replace(/\s+/g, ' ').replaceAll('−', '-');
  const ours = /= (-?[\d.]+);/.exec(text);
  const theirs = /the engine’s ∂L\/∂x there is (-?[\d.]+)\./.exec(text);
  expect(ours?.[1]).toBeDefined();
  expect(ours?.[1]).toBe(theirs?.[1]);
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(phase).toHaveText('Backward pass, sample 1: layer 2 (flatten)');
  await expect(page.locator('.notice.error')).toHaveCount(0);
  expect(await scan(page)).toEqual([]);
});

test('digits-cnn trains for an epoch; a pooling cell shows where its gradient goes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./#v=1&preset=digits-cnn');
  // the digits and the first metrics take a while on a busy machine
  await expect(page.getByRole('region', { name: 'Feature maps' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('test-loss')).not.toHaveText('—', { timeout: 30_000 });
  const loss = async () => parseFloat((await page.getByTestId('test-loss').textContent()) ?? '');
  const before = await loss();
  expect(before).toBeGreaterThan(1);
  await page.getByLabel('Step by').selectOption('epoch');
  await stepForward(page);
  await expect(page.getByTestId('epoch')).toHaveText('1', { timeout: 60_000 });
  await expect.poll(loss).toBeLessThan(before / 2);
  const pool = page.getByRole('group', { name: /^layer 2 \(max pooling\), channel 1 \(/ });
  await pool.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('conv-pool-sum')).toHaveText(
    /^max of the window = .* goes to that cell only/,
  );
  expect(await scan(page)).toEqual([]);
});
