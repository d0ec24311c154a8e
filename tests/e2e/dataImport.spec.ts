// Your own data in Chromium: a CSV table imported through the panel becomes the data the
// worker trains on; malformed tables say what and where and change nothing; points added and
// removed on the plane are trained on at once.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** 60 rows of three classes in 2-D, with a header; deterministic. */
function table(): { text: string; rows: number[][] } {
  const rows: number[][] = [];
  for (let r = 0; r < 60; r += 1) {
    const c = r % 3;
    const x = Math.round((Math.cos(r * 1.7) * 0.3 + [-1, 0, 1][c]) * 1000) / 1000;
    const y = Math.round((Math.sin(r * 2.3) * 0.3 + [0, 1, 0][c]) * 1000) / 1000;
    rows.push([x, y, c]);
  }
  return { text: ['x,y,class', ...rows.map((r) => r.join(','))].join('\n'), rows };
}

const dataN = (page: Page): Promise<number> =>
  page.evaluate(
    `(() => { const d = window.__backpropLens.store.getState().data; return d ? d.inputs.length / d.nIn : 0; })()`,
  ) as Promise<number>;

async function openImport(page: Page) {
  await page.goto('./?preset=circle&debug');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Import data…' }).click();
  return page.getByRole('region', { name: 'Import data' });
}

test('a pasted CSV table round-trips into the data the network trains on', async ({ page }) => {
  const panel = await openImport(page);
  const { text, rows } = table();
  await panel.getByLabel('Paste CSV text').fill(text);
  await expect(panel.getByRole('status').filter({ hasText: /2 inputs/ })).toContainText(
    '3 classes',
  );
  await panel.getByRole('button', { name: 'Use this data' }).click();
  await expect(page.getByText(/New data loaded: its inputs or outputs differ/)).toBeVisible();
  await expect.poll(() => dataN(page)).toBe(60);
  const data = (await page.evaluate(`(() => {
    const d = window.__backpropLens.store.getState().data;
    return { inputs: Array.from(d.inputs), targets: Array.from(d.targets), nOut: d.nOut };
  })()`)) as { inputs: number[]; targets: number[]; nOut: number };
  expect(data.nOut).toBe(3);
  expect(data.inputs).toEqual(rows.flatMap((r) => [r[0], r[1]]));
  expect(data.targets).toEqual(rows.flatMap((r) => [0, 1, 2].map((k) => (k === r[2] ? 1 : 0))));
  // the network has the table's shape and trains on it
  await expect(page.getByRole('region', { name: 'Network graph' })).toContainText('ŷ₃');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText(/Forward pass/);
});

test('a class column of names becomes the classes, named in the plane’s legend', async ({
  page,
}) => {
  const panel = await openImport(page);
  const names = ['setosa', 'versicolor', 'virginica'];
  const { rows } = table();
  const text = ['x,y,species', ...rows.map((r) => `${r[0]},${r[1]},${names[r[2]]}`)].join('\n');
  await panel.getByLabel('Paste CSV text').fill(text);
  await expect(panel.getByRole('status').filter({ hasText: /2 inputs/ })).toContainText(
    '3 classes',
  );
  await panel.getByRole('button', { name: 'Use this data' }).click();
  await expect.poll(() => dataN(page)).toBe(60);
  const targets = (await page.evaluate(
    `Array.from(window.__backpropLens.store.getState().data.targets)`,
  )) as number[];
  expect(targets).toEqual(rows.flatMap((r) => [0, 1, 2].map((k) => (k === r[2] ? 1 : 0))));
  const legend = page.getByRole('list', { name: 'Legend' });
  for (const name of names) await expect(legend).toContainText(name);
});

test('each malformed table names its row and column and leaves the data as it was', async ({
  page,
}) => {
  const panel = await openImport(page);
  const cases: [string, RegExp][] = [
    ['x,y,class\n1,2,0\n3,4\n5,6,1', /row 3/i],
    ['x,y,class\n1,2,0\n3,oops,1', /row 3, column 2/],
    ['', /empty/i],
    ['x,y,class', /no data|header only|no rows/i],
  ];
  for (const [text, message] of cases) {
    await panel.getByLabel('Paste CSV text').fill(text);
    if (text !== '') await expect(panel.getByRole('alert').first()).toContainText(message);
    await expect(panel.getByRole('button', { name: 'Use this data' })).toBeDisabled();
  }
  expect(await dataN(page)).toBe(400);
  await expect(page.getByRole('heading', { name: /Data: circle \(400 points\)/ })).toBeVisible();
  expect(
    (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
    ).violations.map((v) => v.id),
  ).toEqual([]);
});

test('a point added on the plane is trained on, and can be removed again', async ({ page }) => {
  await page.goto('./?preset=circle&debug');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByLabel('Show test points').check(); // the new point may fall in either split
  const surface = page.getByRole('button', { name: /^Add a .* point/ });
  const box = (await surface.boundingBox())!;
  await surface.click({ position: { x: box.width * 0.1, y: box.height * 0.1 } });
  await expect(page.getByText(/New data loaded: the network keeps/)).toBeVisible();
  await expect.poll(() => dataN(page)).toBe(401);
  // the learner's point is a button that removes it (the data set's own points are not)
  const added = page.getByRole('button', { name: /^Remove (training|test) point/ });
  await expect(added).toHaveCount(1);
  await added.press('Delete');
  await expect.poll(() => dataN(page)).toBe(400);
  await expect(page.getByRole('button', { name: /^Remove (training|test) point/ })).toHaveCount(0);
});
