// The real worker in Chromium: play, pause, step, a live learning-rate change, and a worker
// crashed on purpose that comes back from its checkpoint with a visible notice.
import { expect, test, type Page } from '@playwright/test';
import { failWorker, injectWorkerFaults } from './workerFaults';

const consoleErrors: string[] = [];

test.beforeEach(async ({ page }) => {
  consoleErrors.length = 0;
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(e.message));
});

async function open(page: Page, preset: string, debug = false): Promise<void> {
  await page.goto(`./?preset=${preset}${debug ? '&debug' : ''}`);
  await expect(page.getByTestId('update')).toHaveText('0');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
}

const update = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('update').textContent());

test('plays, pauses and steps with the real worker', async ({ page }) => {
  await open(page, 'circle');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page), { timeout: 10_000 }).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  const paused = await update(page);
  await page.waitForTimeout(300);
  expect(await update(page)).toBe(paused);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('update')).toHaveText(String(paused + 1));
  await expect(page.getByTestId('phase')).toHaveText(
    /^Forward pass, sample 1 of 10: hidden layer 1$/,
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('phase')).toHaveText(/hidden layer 2/);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('phase')).toHaveText(/hidden layer 1/);
  expect(consoleErrors).toEqual([]);
});

test('learning-rate and batch-mode changes while playing apply from the next update', async ({
  page,
}) => {
  await open(page, 'circle', true);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page)).toBeGreaterThan(50);
  const appliedFrom = async (): Promise<number> =>
    Number(
      (await page.getByText(/The latest settings apply from update \d+\./).textContent())?.match(
        /update (\d+)/,
      )?.[1],
    );
  const field = page.getByLabel('Learning rate');
  await field.fill('0.02');
  await field.press('Enter');
  await expect(page.getByText(/The latest settings apply from update \d+\./)).toBeVisible();
  const rateFrom = await appliedFrom();
  expect(rateFrom).toBeGreaterThan(50);
  // still playing: switch from mini-batches of 10 to the full training set
  await expect.poll(() => update(page)).toBeGreaterThan(rateFrom + 5);
  await page.getByLabel('Batch mode').selectOption('Full batch');
  await expect.poll(appliedFrom).toBeGreaterThan(rateFrom);
  const batchFrom = await appliedFrom();
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // the trace of the next update shows both changes in force
  await page.getByLabel('Step by').selectOption('update');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText(/^Forward pass/);
  await expect(field).toHaveValue('0.02');
  await expect(page.getByLabel('Batch mode')).toHaveValue('full');
  const traced = await page.evaluate(() => {
    const s = window.__backpropLens?.store.getState();
    const t = s?.traces[s.traceIndex];
    return t && s?.data
      ? {
          update: t.update,
          rate: t.optimizer.config.learningRate,
          batch: t.samples.length,
          train: s.data.train.length,
        }
      : null;
  });
  expect(traced?.rate).toBe(0.02);
  expect(traced?.update).toBeGreaterThanOrEqual(batchFrom);
  expect(traced?.batch).toBe(traced?.train);
  expect(traced?.train).toBeGreaterThan(10);
  expect(consoleErrors).toEqual([]);
});

test('a crashed worker is restored from its checkpoint with a notice, keeping the learner’s settings', async ({
  page,
}) => {
  await injectWorkerFaults(page);
  await open(page, 'xor', true);
  const field = page.getByLabel('Learning rate');
  await field.fill('0.7');
  await field.press('Enter');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('update')).toHaveText('1');
  await failWorker(page, 'throw');
  await expect(page.getByText(/Training was restored from the last checkpoint/)).toBeVisible({
    timeout: 10_000,
  });
  await page.waitForTimeout(500); // let the restored worker answer
  await expect(page.getByTestId('update')).toHaveText('1');
  await expect(field).toHaveValue('0.7');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page)).toBeGreaterThan(20);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // the page-side error of the crash is reported as a notice, not a silent console error
  expect(consoleErrors.filter((e) => !/crashed on purpose/.test(e))).toEqual([]);
});

test('a worker that stops answering is noticed by the heartbeat and restarted', async ({
  page,
}) => {
  await injectWorkerFaults(page);
  await open(page, 'xor', true);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('update')).toHaveText('1');
  await failWorker(page, 'hang');
  await expect(page.getByText(/stopped answering/)).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(500);
  await expect(page.getByTestId('update')).toHaveText('1');
  // the page kept the traced update it was showing: stepping goes on through its phases
  await expect(page.getByTestId('phase')).toHaveText(/^Forward pass, sample 1 of 4: hidden layer$/);
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText(/^Forward pass, sample 1 of 4: output layer$/);
  // and the restarted worker computes the next update
  await page.getByLabel('Step by').selectOption('update');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('update')).toHaveText('2');
});

test('the browser computes the same numbers as Node, bit for bit', async ({ page }) => {
  const { validateScenario } = await import('../../src/scenario/validate');
  const { loadScenarioRun } = await import('../../src/scenario/instantiate');
  const { getPreset } = await import('../../src/scenario/presets');
  const { readFile } = await import('node:fs/promises');
  await open(page, 'spiral', true);
  await page.getByLabel('Step by').selectOption('epoch');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('epoch')).toHaveText('1');
  const browserParams = await page.evaluate(() =>
    Array.from(window.__backpropLens?.store.getState().frame?.params ?? []),
  );
  const result = validateScenario(getPreset('spiral')!.scenario);
  if (!result.ok) throw new Error('preset invalid');
  const run = await loadScenarioRun(result.scenario, (name) =>
    readFile(`public/data/${name}`, 'utf8'),
  );
  while (run.trainer.epoch === 1) run.trainer.step(false);
  expect(browserParams).toHaveLength(run.net.params.length);
  expect(browserParams).toEqual(Array.from(run.net.params));
});

test('optimizer, activation, loss and regularization change while playing and show in the next trace', async ({
  page,
}) => {
  await open(page, 'circle', true);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => update(page)).toBeGreaterThan(20);
  await page.getByLabel('Optimizer').selectOption('Adam');
  await page.getByLabel('Activation').selectOption('ReLU');
  await page.getByRole('combobox', { name: /^Regularization/ }).selectOption('L2');
  await expect(page.getByLabel('Regularization rate')).toHaveValue('0.001');
  await page.getByRole('combobox', { name: /^Loss/ }).selectOption('mse');
  await expect(page.getByRole('combobox', { name: /^Loss/ })).toHaveValue('mse');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText(/^Forward pass/);
  const trace = await page.evaluate(() => {
    const s = window.__backpropLens?.store.getState();
    const t = s?.traces[s.traceIndex];
    return t?.kind === 'mlp'
      ? {
          optimizer: t.optimizer.config.kind,
          activations: t.activations,
          loss: t.loss,
          reg: t.regularization.kind,
        }
      : null;
  });
  expect(trace).toEqual({
    optimizer: 'adam',
    activations: ['relu', 'relu', 'sigmoid'],
    loss: 'mse',
    reg: 'l2',
  });
  expect(consoleErrors).toEqual([]);
});

test('a diverging run pauses with an explanation and its three remedies', async ({ page }) => {
  await open(page, 'xor', true);
  await page.evaluate(() =>
    window.__backpropLens?.store.getState().actions.loadScenario({
      version: 1,
      title: 'Too fast',
      network: { layers: [1, 4, 1], activations: ['linear', 'linear'] },
      optimizer: { kind: 'sgd', learningRate: 5 },
      batch: { mode: 'minibatch', size: 10 },
      data: { kind: 'sine', samples: 100, noise: 0.1 },
    }),
  );
  await expect(page.getByRole('heading', { name: 'Too fast' })).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Training diverged and was paused.' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/Update \d+: the .+ with learning rate 5/);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await alert.getByRole('button', { name: 'Lower the learning rate ×0.1' }).click();
  await expect(page.getByLabel('Learning rate')).toHaveValue('0.5');
  await expect(alert).toBeHidden();
  expect(consoleErrors).toEqual([]);
});
