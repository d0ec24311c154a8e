// LSTM and GRU in the app, in Chromium: lstm-gomez from the picker, stepped into the backward
// pass; its cell opened up shows the gates and deltas the engine computed (the published
// numbers of the worked example); the chain rule of a gate weight; no axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const stepForward = (page: Page) => page.getByRole('button', { name: 'Step forward' }).click();

async function pickGomez(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByLabel('Preset').selectOption('lstm-gomez');
  await expect(page.getByRole('region', { name: 'Gate view' })).toBeVisible();
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
}

test('lstm-gomez: step back through time and open the cell at t = 1', async ({ page }) => {
  test.setTimeout(120_000);
  await pickGomez(page);
  const phase = page.getByTestId('phase');
  // forward t = 1, 2, the losses at 1 and 2, backward t = 2, 1
  for (let k = 0; k < 6; k += 1) await stepForward(page);
  await expect(phase).toHaveText('Backward through time, step 1 of 2');
  await page.getByTestId('cell-1-1').click();
  const gate = page.getByRole('region', { name: 'Gate view' });
  await expect(gate.getByRole('heading', { level: 2 })).toHaveText(
    'The LSTM cell opened up: unit 1 at t = 1',
  );
  // the published forward values (Gomez's t = 0) and deltas, as the engine computes them
  const value = async (id: string) => Number(await gate.getByTestId(id).getAttribute('title'));
  expect(await value('gate-i')).toBeCloseTo(0.96083, 4);
  expect(await value('gate-f')).toBeCloseTo(0.85195, 4);
  expect(await value('gate-g')).toBeCloseTo(0.81775, 4);
  expect(await value('gate-o')).toBeCloseTo(0.81757, 4);
  expect(await value('gate-c')).toBeCloseTo(0.78572, 4);
  expect(await value('gate-h')).toBeCloseTo(0.53631, 4);
  expect(await value('delta-dLdh')).toBeCloseTo(0.01803, 4);
  expect(await value('delta-dLdc')).toBeCloseTo(-0.05348, 4);
  expect(await value('delta-g')).toBeCloseTo(-0.01702, 4);
  expect(await value('delta-o')).toBeCloseTo(0.00176, 4);
  // the highway: the forget gate of step 2 is what carries c's gradient back to step 1
  await expect(page.getByTestId('highway-product-1')).toHaveText('0.8703');
  // the chain rule of the forget gate's recurrent weight: Σₜ δf·hₜ₋₁, then SGD
  const chain = page.getByRole('region', { name: 'Chain rule' });
  await expect(chain.getByRole('heading', { name: /Gradient of Whf/ })).toBeVisible();
  await stepForward(page);
  await stepForward(page);
  await expect(phase).toHaveText(/^Update the parameters/);
  // published: U_f becomes 0.10034
  expect(Number(await chain.getByTestId('chain-after').textContent())).toBeCloseTo(0.10034, 5);
  await expect(page.locator('.notice.error')).toHaveCount(0);
  expect(await scan(page)).toEqual([]);
});

test('gru-memory loads, plays and shows its gate view', async ({ page }) => {
  await page.goto('./#v=1&preset=gru-memory');
  // the first load builds the net and 200 sequences in the worker: slow on shared cores
  await expect(page.getByRole('region', { name: 'Gate view' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('gate-z')).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect
    .poll(async () => Number(await page.getByTestId('update').textContent()), { timeout: 30_000 })
    .toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.locator('.notice.error')).toHaveCount(0);
});

test('compare cells from lstm-memory: the LSTM’s strip beside the RNN’s, accuracies growing', async ({
  page,
}) => {
  // three nets training in a worker while axe scans the page: slow on two shared cores
  test.setTimeout(180_000);
  await page.goto('./#v=1&preset=lstm-memory');
  const compare = page.getByRole('region', { name: 'Compare cells' });
  await compare.getByRole('button', { name: 'Compare RNN, LSTM and GRU' }).click();
  await expect(compare.getByTestId('compare-RNN')).toBeVisible();
  await expect(compare.getByTestId('compare-LSTM')).toBeVisible();
  await expect(compare.getByTestId('compare-GRU')).toBeVisible();
  await expect(compare.getByRole('status')).toHaveText(/Update (\d{3,}) of each net/, {
    timeout: 60_000,
  });
  await compare.getByRole('button', { name: 'Stop comparing' }).click();
  expect(await scan(page)).toEqual([]);
});
