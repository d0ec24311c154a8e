// Stepping through the 2-2-1 worked example: phases in words, the worked-example table and
// the chain-rule panel show the trace's numbers (the published ones).
import { expect, test } from '@playwright/test';

test('steps through one update of the 2-2-1 example and explains a weight', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  const phase = page.getByTestId('phase');
  await expect(phase).toHaveText(/^Initialize/);
  const expected = [
    'Forward pass, sample 1: hidden layer',
    'Forward pass, sample 1: output layer',
    'Loss, sample 1',
    'Backward pass, sample 1: output layer',
    'Backward pass, sample 1: hidden layer',
    'Accumulate the batch gradient',
    'Update the parameters (update 1)',
  ];
  for (const words of expected) {
    await page.getByRole('button', { name: 'Step forward' }).click();
    await expect(phase).toHaveText(words);
  }
  const table = page.getByRole('region', { name: 'Worked example' });
  await expect(table.getByRole('row', { name: /h1 0\.210000 0\.552308/ })).toBeVisible();
  await expect(table.getByRole('row', { name: /y1 0\.685987 0\.665074/ })).toBeVisible();
  await expect(
    table.getByRole('row', { name: /w\(h1→y1\) 0\.300000 0\.020309 -0\.020309 0\.279691/ }),
  ).toBeVisible();

  const panel = page.getByRole('region', { name: 'Chain rule' });
  await panel.getByLabel('Parameter').selectOption({ label: 'w(h1→y1)' });
  await expect(panel.getByTestId('chain-product')).toHaveText('0.020309');
  await expect(panel.getByTestId('chain-gradient')).toHaveText('0.020309');
  await panel.getByLabel('Parameter').selectOption({ label: 'w(x1→h1)' });
  await expect(panel.getByTestId('chain-gradient')).toHaveText('0.000955');
  await expect(panel.getByText(/y1: 0\.900000|y1: 0\.300000/)).toBeVisible();
  await expect(panel.locator('.katex').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a shared link reopens the same state; a tampered one shows a notice and the default example', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  const field = page.getByLabel('Learning rate');
  await field.fill('0.5');
  await field.press('Enter');
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText('Loss, sample 1');
  await page.getByRole('button', { name: 'Share' }).click();
  await expect(page.getByText(/A link to this exact state was copied/)).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  // a changed learning rate: the scenario travels in the fragment, packed
  expect(link).toMatch(/#v=1&s=d\.[\w-]+&step=u1\.s1\.loss$/);

  const second = await context.newPage();
  await second.goto(link);
  await expect(second.getByTestId('phase')).toHaveText('Loss, sample 1');
  await expect(second.getByLabel('Learning rate')).toHaveValue('0.5');
  await expect(second.getByTestId('update')).toHaveText('1');

  const tampered = link.replace(/s=d\.([\w-]{10})/, 's=d.$1%21%21');
  const third = await context.newPage();
  await third.goto(tampered);
  await expect(third.getByText(/This link could not be opened/)).toBeVisible();
  await expect(
    third.getByRole('heading', { name: 'The 2-2-1 worked example', level: 2 }),
  ).toBeVisible();
});

test('editing the hidden layers draws a new network and says so', async ({ page }) => {
  await page.goto('./?preset=xor');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  const field = page.getByLabel('Hidden layers');
  await expect(field).toHaveValue('3');
  await field.fill('4, 2');
  await field.press('Enter');
  await expect(page.getByText(/New network 2-4-2-1/)).toBeVisible();
  await expect(page.getByRole('button', { name: /^Neuron h2\.2/ })).toBeVisible();
  await field.fill('4, x');
  await field.press('Enter');
  await expect(page.getByText(/Hidden layers: “x” is not a layer size/)).toBeVisible();
  await expect(field).toHaveValue('4, 2');
});

test('keyboard only: step through one update and read the graph’s numbers, which are the trace’s', async ({
  page,
}) => {
  await page.goto('./?debug');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  for (let k = 0; k < 2; k += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('phase')).toHaveText('Forward pass, sample 1: output layer');
  const trace = await page.evaluate(() => {
    const s = window.__backpropLens?.store.getState();
    const t = s?.traces[s.traceIndex];
    return t?.kind === 'mlp'
      ? { h1: t.samples[0].layers[0].a[0], y1: t.samples[0].layers[1].a[0], w: t.before[6] }
      : null;
  });
  expect(trace).not.toBeNull();
  const graph = page.getByRole('region', { name: 'Network graph' });
  await expect(
    graph.getByRole('button', { name: new RegExp(`^Neuron h1.*${trace!.h1.toFixed(6)}`) }),
  ).toBeVisible();
  await expect(
    graph.getByRole('button', { name: new RegExp(`^Neuron ŷ?y?1.*${trace!.y1.toFixed(6)}`) }),
  ).toBeVisible();
  // Tab to the first weight of the output layer and select it with the keyboard.
  const edge = graph.getByRole('button', {
    name: new RegExp(`^Weight w from h1 to y1: ${trace!.w.toFixed(6)}`),
  });
  await edge.focus();
  await expect(edge).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('region', { name: 'Chain rule' })
      .getByRole('heading', { name: /Gradient of w\(h1→y1\)/ }),
  ).toBeVisible();
  // Inside the graph (one tab stop) the arrow keys move between its items: Shift+Tab leaves
  // it for the toolbar (its last item, the Export menu), where → steps again.
  await page.keyboard.press('Shift+Tab');
  await expect(page.locator('summary', { hasText: 'Export' })).toBeFocused();
  for (let k = 0; k < 5; k += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('phase')).toHaveText('Update the parameters (update 1)');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByTestId('phase')).toHaveText(/^Initialize/);
});

test('editing a starting weight in the worked example recomputes the update’s numbers', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  await page.getByRole('button', { name: 'Step forward' }).click();
  const table = page.getByRole('region', { name: 'Worked example' });
  const forward = table.getByRole('table', { name: /forward pass/ });
  const y1 = forward.getByRole('row', { name: /^y1/ });
  const before = await y1.textContent();
  const weight = table.getByRole('textbox', { name: 'w(h1→y1) before this update' });
  await weight.fill('-1');
  await weight.press('Enter');
  await expect(y1).not.toHaveText(before!);
  await expect(weight).toHaveValue('-1.000000');
  // the update table's row for that weight ends near the new value (a small step from −1)
  const update = table.getByRole('table', { name: /update \(sgd/ });
  await expect(update.getByRole('row', { name: /^w\(h1→y1\)/ })).toHaveText(/-0\.99\d{4}$/);
  // Reset keeps the edit: it was made before the first update, so it is the new start
  await page.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(weight).toHaveValue('-1.000000');
});
