// Fixed-point (Almeida–Pineda) nets in the app, in Chromium: the preset from the picker,
// stepping through the forward relaxation, the loss and the adjoint relaxation, the gradient
// shown equal to the engine's own, a net that does not settle pausing with the phase and its
// last change size, and no axe violations.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { inlineData } from '../../src/data/load';
import { getFixedPointPreset } from '../../src/scenario/fixedPointPresets';
import { createFixedPointRun } from '../../src/scenario/fixedPointRun';
import type { FixedPointScenario } from '../../src/scenario/fixedPointSchema';
import { validateAppScenario } from '../../src/scenario/validate';
import { formatFull } from '../../src/viz/format';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

const stepForward = (page: Page) => page.getByRole('button', { name: 'Step forward' }).click();

/** The engine's first update of the `fixed-point` preset, computed here, outside the page. */
function engineFirstUpdate() {
  const result = validateAppScenario(getFixedPointPreset('fixed-point')!.scenario);
  if (!result.ok) throw new Error('preset invalid');
  const s = result.scenario as FixedPointScenario;
  if (s.data.kind !== 'inline') throw new Error('inline data expected');
  const run = createFixedPointRun(s, inlineData(s.data.inputs, s.data.targets, 1));
  const step = run.trainer.step(true);
  if (!step.ok || !step.trace) throw new Error('refused');
  return step.trace;
}

async function pickFixedPoint(page: Page, url = './') {
  await page.goto(url);
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByLabel('Preset').selectOption('fixed-point');
  await expect(page.getByRole('region', { name: 'Relaxation' })).toBeVisible();
  await expect(page.getByTestId('fp-stage')).toHaveText(/settles at x\* in \d+ iterations/);
}

test('fixed-point from the picker: step through both relaxations to the engine’s gradient', async ({
  page,
}) => {
  const trace = engineFirstUpdate();
  const s = trace.samples[0];
  await pickFixedPoint(page);
  const phase = page.getByTestId('phase');
  await stepForward(page);
  await expect(phase).toHaveText(`Forward relaxation to x*, iteration 1 of ${s.iterations}`);
  await stepForward(page);
  await stepForward(page);
  await expect(phase).toHaveText(`Forward relaxation to x*, iteration 3 of ${s.iterations}`);
  await expect(page.getByTestId('fp-unit-1')).toHaveAttribute(
    'data-value',
    String(s.forward[2][0]),
  );
  // the rest of the forward relaxation, the loss, then the adjoint relaxation
  for (let k = 3; k < s.forward.length; k += 1) await stepForward(page);
  await stepForward(page);
  await expect(phase).toHaveText('Loss at the fixed point x*');
  await stepForward(page);
  await expect(phase).toHaveText(`Adjoint relaxation to v*, iteration 1 of ${s.adjointIterations}`);
  await expect(page.getByTestId('fp-adjoint-3')).toBeVisible();
  await page.getByRole('button', { name: 'Step back' }).click();
  await expect(phase).toHaveText('Loss at the fixed point x*');
  // W[3,1]'s gradient, as the chain rule shows it, is the engine's
  const k = 2 * trace.spec.units;
  await expect(page.getByTestId('fp-gradient')).toHaveText(formatFull(trace.gradients[k]));
  await expect(page.getByTestId('fp-after')).toHaveText(formatFull(trace.after[k]));
  await expect(page.locator('.notice.error')).toHaveCount(0);
  expect(await scan(page)).toEqual([]);
});

test('a net that does not settle pauses, names the phase and its last change, applies nothing', async ({
  page,
}) => {
  await pickFixedPoint(page, './?debug');
  await page.evaluate(() => {
    const state = window.__backpropLens!.store.getState();
    const scenario = structuredClone(state.scenario) as {
      title: string;
      network: { relaxation: { maxIterations: number } };
    };
    scenario.title = 'Fixed-point net given 5 iterations';
    scenario.network.relaxation.maxIterations = 5;
    state.actions.loadScenario(scenario, null);
  });
  await expect(page.getByTestId('fp-stage')).toHaveText(/does not settle within 5 iterations/);
  await page.getByRole('button', { name: 'Play' }).click();
  const alert = page.locator('.notice.error');
  await expect(alert).toContainText('A relaxation did not settle: training was paused.');
  await expect(alert).toContainText(
    /the forward relaxation of sample 0 did not settle within 5 iterations: its last change max\|Δx\| was \d\.\d{3}e-4/,
  );
  await expect(alert).toContainText('the update was not applied');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByTestId('update')).toHaveText('0');
  expect(await scan(page)).toEqual([]);
});

test('fixed-point-xor plays until it learns XOR, settling all the while', async ({ page }) => {
  await page.goto('./#v=1&preset=fixed-point-xor');
  await expect(page.getByRole('region', { name: 'Relaxation' })).toBeVisible();
  await expect(page.getByTestId('train-loss')).toContainText('% correct)');
  expect(await page.getByTestId('train-loss').textContent()).not.toContain('(100.0% correct)');
  // 30 updates a second: it learns within ~100, long before its weights grow too large to settle
  await page.getByLabel('Speed').selectOption('30');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByTestId('train-loss')).toContainText('(100.0% correct)', {
    timeout: 45_000,
  });
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.locator('.notice.error')).toHaveCount(0);
  await expect(page.getByTestId('fp-radius')).toHaveAttribute('data-converges', 'true');
  await expect(page.getByTestId('fp-stage')).toHaveText(/settles at x\* in \d+ iterations/);
});

test('a phone 390 px wide: the fixed-point views fit, stepping into the adjoint relaxation', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('./#v=1&preset=fixed-point');
  await expect(page.getByTestId('fp-stage')).toHaveText(/settles at x\* in \d+ iterations/);
  for (let k = 0; k < 19; k += 1) await stepForward(page);
  await expect(page.getByTestId('phase')).toHaveText(/^Adjoint relaxation to v\*, iteration 1/);
  await expect(page.getByTestId('fp-adjoint-1')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await scan(page)).toEqual([]);
});
