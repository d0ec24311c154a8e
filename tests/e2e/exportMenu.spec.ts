// The Export menu in Chromium, driven from the keyboard: each file is a real download with its
// name; the PyTorch script, run under /usr/bin/python3 from the download folder, prints the
// losses of the app's loss-history CSV (within 1e-10 relative) for the 2-2-1 example and
// sunspots-rnn (whose script reads the downloaded sunspots.csv beside it); the weights JSON
// holds the parameters the app shows; the PyTorch item is enabled, or disabled with the reason,
// exactly as the page's export answers for the run (computed here too: fixed-point, refused
// before fixed-point export landed, exported since); no axe violations with the menu open.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pytorchScript } from '../../src/export/appFiles';
import type { AppScenario } from '../../src/scenario/validate';
import { readText, readTextSync } from '../helpers/files';

const PYTHON = '/usr/bin/python3';

// Python starts torch for each script: on a busy machine that alone can take half a minute.
test.describe.configure({ timeout: 180_000 });

async function open(page: Page, preset: string): Promise<void> {
  await page.goto(`./?preset=${preset}&debug`);
  await expect(page.getByTestId('update')).toHaveText('0', { timeout: 30_000 });
  await expect(page.getByTestId('train-loss')).not.toHaveText('—', { timeout: 30_000 });
}

/** Steps `n` whole updates with the toolbar. */
async function stepUpdates(page: Page, n: number): Promise<void> {
  await page.getByLabel('Step by').selectOption('update');
  for (let k = 1; k <= n; k += 1) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(page.getByTestId('update')).toHaveText(String(k), { timeout: 30_000 });
  }
}

/** Opens the menu from the keyboard: focus on Export, then Enter. */
async function openMenu(page: Page): Promise<void> {
  const summary = page.locator('details.export-menu > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('details.export-menu')).toHaveAttribute('open', '');
}

/** Downloads a menu item's file from the keyboard into `dir`; its name and path. */
async function download(page: Page, item: string, dir: string) {
  await page.getByRole('button', { name: item }).focus();
  const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const name = file.suggestedFilename();
  const path = join(dir, name);
  await file.saveAs(path);
  return { name, path, text: readFileSync(path, 'utf8') };
}

/** A picture of the open menu (its button and its list) for a person to look at. */
async function shoot(page: Page, path: string): Promise<void> {
  const a = await page.locator('details.export-menu > summary').boundingBox();
  const b = await page.getByRole('group', { name: 'Export' }).boundingBox();
  if (!a || !b) throw new Error('the menu is not on screen');
  const x = Math.min(a.x, b.x) - 8;
  const y = Math.min(a.y, b.y) - 8;
  const width = Math.max(a.x + a.width, b.x + b.width) + 8 - x;
  const height = Math.max(a.y + a.height, b.y + b.height) + 8 - y;
  await page.screenshot({ path, clip: { x, y, width, height } });
}

/** The script's losses and final parameters (run from another folder, as `python3 <path>`). */
function runScript(path: string): { losses: number[]; final: Record<string, unknown> } {
  const r = spawnSync(PYTHON, [path], { cwd: tmpdir(), encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const lines = r.stdout.trim().split('\n');
  const losses = lines
    .filter((l) => l.startsWith('update '))
    .map((l) => Number(/^update \d+ loss (\S+)$/.exec(l)?.[1]));
  return { losses, final: JSON.parse(lines[lines.length - 1]) as Record<string, unknown> };
}

/** The loss-history CSV's rows of single updates: update → batch loss. */
function csvLosses(csv: string): Map<number, number> {
  const [head, ...rows] = csv.trim().split('\n');
  expect(head).toBe('update,batch_loss,min,max,updates');
  const out = new Map<number, number>();
  for (const row of rows) {
    const [x, y, , , count] = row.split(',').map(Number);
    expect(count).toBe(1);
    out.set(x, y);
  }
  return out;
}

const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

const appState = (page: Page) =>
  page.evaluate(() => {
    const s = window.__backpropLens?.store.getState();
    return {
      update: s?.frame?.update ?? -1,
      params: Array.from(s?.frame?.params ?? []),
      scenario: s?.shareable?.scenario ?? null,
      initial: Array.from(s?.shareable?.initial ?? []),
    };
  });

test('2-2-1: the script replays the app’s loss history and ends at its weights', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'bpl-e2e-export-'));
  await open(page, 'two-two-one');
  await stepUpdates(page, 1); // one epoch: the script's whole replay
  await openMenu(page);
  await expect(page.getByRole('button', { name: /^Data \(CSV\)/ })).toHaveCount(0);
  const script = await download(page, 'PyTorch script (.py)', dir);
  expect(script.name).toBe('the-2-2-1-worked-example.py');
  expect(script.text).not.toContain('__file__');
  const weights = await download(page, 'Weights (JSON)', dir);
  expect(weights.name).toBe('the-2-2-1-worked-example-weights.json');
  const loss = await download(page, 'Loss history (CSV)', dir);
  expect(loss.name).toBe('the-2-2-1-worked-example-loss.csv');

  const out = runScript(script.path);
  const history = csvLosses(loss.text);
  expect([...history.keys()]).toEqual([1]);
  for (const [u, value] of history)
    expect(rel(out.losses[u - 1], value)).toBeLessThanOrEqual(1e-10);

  // the weights JSON holds the parameters the app draws (W1, b1, W2, b2), after update 1 …
  const json = JSON.parse(weights.text) as {
    update: number;
    weights: number[][][];
    biases: number[][];
  };
  const state = await appState(page);
  expect(json.update).toBe(1);
  expect(json.weights.flatMap((W, l) => [...W.flat(), ...json.biases[l]])).toEqual(state.params);
  // … the worked example's w(h1→y1) after the step, and the script's own final weights
  const table = page.getByRole('region', { name: 'Worked example' });
  await expect(table.getByRole('row', { name: /w\(h1→y1\) .* 0\.279691$/ })).toBeVisible();
  expect(json.weights[1][0][0].toFixed(6)).toBe('0.279691');
  const final = out.final as { weights: number[][][]; biases: number[][] };
  const flat = (w: number[][][], b: number[][]) => w.flatMap((W, l) => [...W.flat(), ...b[l]]);
  flat(final.weights, final.biases).forEach((v, k) =>
    expect(rel(v, state.params[k]), `parameter ${k}`).toBeLessThanOrEqual(1e-10),
  );
});

test('sunspots-rnn: the script reads the downloaded sunspots.csv and replays the losses', async ({
  page,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'bpl-e2e-export-'));
  await open(page, 'sunspots-rnn');
  await stepUpdates(page, 3);
  await openMenu(page);
  await shoot(page, 'reports/export-menu.png');
  const data = await download(page, 'Data (CSV): sunspots.csv', dir);
  expect(data.name).toBe('sunspots.csv');
  expect(data.text).toBe(readTextSync('sunspots.csv'));
  const script = await download(page, 'PyTorch script (.py)', dir);
  expect(script.name).toBe('rnn-yearly-sunspot-numbers.py');
  expect(script.text).toContain('DATA_FILE = Path(__file__).with_name("sunspots.csv")');
  await expect(page.getByText(/It reads sunspots\.csv from its own folder/)).toBeVisible();
  const loss = await download(page, 'Loss history (CSV)', dir);
  const weights = await download(page, 'Weights (JSON)', dir);
  expect(weights.name).toBe('rnn-yearly-sunspot-numbers-weights.json');

  const out = runScript(script.path);
  const history = csvLosses(loss.text);
  expect([...history.keys()]).toEqual([1, 2, 3]);
  expect(out.losses.length).toBeGreaterThanOrEqual(3); // one epoch
  for (const [u, value] of history)
    expect(rel(out.losses[u - 1], value), `update ${u}`).toBeLessThanOrEqual(1e-10);
  const json = JSON.parse(weights.text) as { update: number; weights: Record<string, unknown> };
  const state = await appState(page);
  expect(json.update).toBe(3);
  expect(Object.keys(json.weights)).toEqual(['Wxh', 'Whh', 'bh', 'Why', 'by']);
  expect(Object.values(json.weights).flat(2)).toEqual(state.params);
});

test('fixed-point: the PyTorch item is what the page’s export gives (a refusal shows its reason); axe', async ({
  page,
}) => {
  await open(page, 'fixed-point');
  await openMenu(page);
  // what the page's export gives for this very run, computed here with the same code
  const state = await appState(page);
  const expected = await pytorchScript(
    state.scenario as AppScenario,
    Float64Array.from(state.initial),
    readText,
    undefined,
    { dataBeside: true },
  );
  const item = page.getByRole('button', { name: 'PyTorch script (.py)' });
  if (expected.ok) {
    await expect(item).toBeEnabled();
    await expect(page.getByTestId('export-refusal')).toHaveCount(0);
  } else {
    await expect(item).toBeDisabled();
    await expect(page.getByTestId('export-refusal')).toHaveText(
      `Not available for this run: ${expected.reason}.`,
    );
    await expect(item).toHaveAccessibleDescription(
      `Not available for this run: ${expected.reason}.`,
    );
  }
  await expect(page.getByRole('button', { name: 'Weights (JSON)' })).toBeEnabled();
  await shoot(page, 'reports/export-menu-fixed-point.png');
  const violations = (
    await new AxeBuilder({ page })
      .include('details.export-menu')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
  ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations).toEqual([]);
  // Escape closes it, back on Export
  await page.keyboard.press('Escape');
  await expect(page.locator('details.export-menu')).not.toHaveAttribute('open', '');
  await expect(page.locator('details.export-menu > summary')).toBeFocused();
});
