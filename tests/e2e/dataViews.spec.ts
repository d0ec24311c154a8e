// The data views in Chromium: the decision boundary follows training and is the network's own
// forward pass at sampled grid points; digits pass 90% test accuracy within a bounded number of
// epochs; each view has nothing for axe to report.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { forwardMany } from '../../src/engine/evaluate';
import { getPreset } from '../../src/scenario/presets';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import { validateScenario } from '../../src/scenario/validate';
import { readText } from '../helpers/files';

const scan = async (page: Page) =>
  (
    await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

interface GridState {
  update: number;
  params: number[];
  x: [number, number];
  y: [number, number];
  n: number;
  output: number[];
}

/** The shown grid and the parameters of the update it was computed for (paused, so equal). */
const gridState = (page: Page): Promise<GridState | null> =>
  page.evaluate(`(() => {
    const s = window.__backpropLens.store.getState();
    const g = s.views.grid;
    if (!g || !s.frame || g.update !== s.frame.update) return null;
    return { update: g.update, params: Array.from(s.frame.params), x: g.need.x, y: g.need.y,
      n: g.need.resolution, output: Array.from(g.output) };
  })()`) as Promise<GridState | null>;

async function settledGrid(page: Page, after: number): Promise<GridState> {
  let state: GridState | null = null;
  await expect
    .poll(async () => {
      state = await gridState(page);
      return state !== null && state.update >= after;
    })
    .toBe(true);
  return state!;
}

test('the decision boundary changes with training and is the forward pass at grid points', async ({
  page,
}) => {
  await page.goto('./?preset=circle&debug');
  const boundary = page.getByRole('region', { name: /Decision boundary/ });
  await expect(boundary).toBeVisible();
  const first = await settledGrid(page, 0);
  await page.evaluate(`window.__backpropLens.send({ type: 'step', unit: 'update', count: 400 })`);
  const later = await settledGrid(page, 400);
  const changed = later.output.filter((v, k) => Math.abs(v - first.output[k]) > 0.05).length;
  expect(changed).toBeGreaterThan(later.output.length / 20);

  const v = validateScenario(getPreset('circle')!.scenario);
  if (!v.ok) throw new Error('preset invalid');
  const run = await loadScenarioRun(v.scenario, readText);
  run.net.params.set(later.params);
  const { n } = later;
  const picks = [0, 7, 50 * n + 50, 23 * n + 81, n * n - 1];
  const inputs = new Float64Array(picks.length * 2);
  picks.forEach((k, p) => {
    const row = Math.floor(k / n);
    const col = k % n;
    inputs[2 * p] = later.x[0] + ((later.x[1] - later.x[0]) * col) / (n - 1);
    inputs[2 * p + 1] = later.y[0] + ((later.y[1] - later.y[0]) * row) / (n - 1);
  });
  const expected = new Float64Array(picks.length);
  forwardMany(run.net, inputs, picks.length, expected);
  expect(picks.map((k) => later.output[k])).toEqual([...expected]);
  // hidden neurons have their maps, and the view has nothing for axe to report
  await expect(page.getByRole('img', { name: /hidden layer 1, neuron 1\b/i })).toBeVisible();
  expect(await scan(page)).toEqual([]);
  // a neuron chosen in the graph shows its map at full size beside the boundary
  await page
    .getByRole('region', { name: 'Network graph' })
    .getByRole('button', { name: /^Neuron h2\.3\b/ })
    .click();
  await expect(
    page.getByRole('img', { name: /^Map of neuron h2\.3: its tanh activation/ }),
  ).toBeVisible();
  expect(await scan(page)).toEqual([]);
});

test('digits pass 90% test accuracy within the 4 epochs the preset promises, with confusion, gallery and weight pictures', async ({
  page,
}) => {
  await page.goto('./?preset=digits&debug');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  expect(getPreset('digits')!.description).toMatch(/within 4 epochs/);
  await page.getByLabel('Step by').selectOption({ label: 'Epoch' });
  const caption = page.locator('caption').filter({ hasText: /^Test: accuracy/ });
  const accuracyAt = async (epoch: number): Promise<number> => {
    // the scores shown are of this epoch's parameters once the status says so
    await expect(page.getByTestId('epoch')).toHaveText(String(epoch));
    const update = Number(await page.getByTestId('update').textContent());
    await expect
      .poll(() => page.evaluate(`window.__backpropLens.store.getState().views.rows?.update`))
      .toBe(update);
    return Number(/accuracy ([\d.]+)%/.exec((await caption.textContent()) ?? '')?.[1] ?? 0);
  };
  let accuracy = 0;
  for (let epoch = 1; epoch <= 4 && accuracy < 90; epoch += 1) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    accuracy = await accuracyAt(epoch);
  }
  expect(accuracy).toBeGreaterThanOrEqual(90);
  await expect(page.getByRole('button', { name: 'Hidden unit 1 weights' })).toBeVisible();
  await expect(page.getByText(/Misclassified test digits/)).toBeVisible();
  expect(await scan(page)).toEqual([]);
});

test('the other views: fitted curve (sine), surface (plane), iris classes and the overfitting set, axe-clean', async ({
  page,
}) => {
  await page.goto('./?preset=sine');
  await expect(page.getByRole('region', { name: 'Fitted curve' })).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.goto('./?preset=plane');
  await expect(page.getByRole('region', { name: /Regression surface/ })).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.goto('./?preset=iris');
  await expect(page.locator('caption').filter({ hasText: /^Test: accuracy/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /predicted probabilities/ })).toBeVisible();
  // the graph names the species beside the outputs, and an output neuron takes a click
  const graph = page.getByRole('region', { name: 'Network graph' });
  await expect(graph).toContainText('versicolor');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await graph.getByRole('button', { name: /^Neuron y2 \(versicolor\)/ }).click();
  await expect(
    page.getByRole('region', { name: 'Chain rule' }).getByRole('heading', { name: /b\(y2\)/ }),
  ).toBeVisible();
  expect(await scan(page)).toEqual([]);
  await page.goto('./?preset=overfitting');
  await expect(page.getByRole('region', { name: /Decision boundary/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /hidden layer 2, neuron 64\b/i })).toBeVisible();
  expect(await scan(page)).toEqual([]);
});
