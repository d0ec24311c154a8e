// Keyboard-only use: the network graph is one tab stop with arrow keys inside it, a skip link
// jumps to the settings, number fields keep focus after Enter (so the next Space types nothing
// into the page's shortcuts), and arrow keys on the preset picker load nothing until Enter.
import { expect, test, type Locator, type Page } from '@playwright/test';

const ready = async (page: Page, path = './') => {
  await page.goto(path);
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
};

/** What has focus: its accessible label (or text), for counting tab stops. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '';
    return (
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      ''
    ).trim();
  });

const inGraph = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('.network-graph') !== null);

test('the graph is one tab stop: Step back to the learning-rate slider takes few Tabs', async ({
  page,
}) => {
  // spiral's 2-8-8-1 graph alone had 124 tab stops; digits draws its edges on a canvas
  for (const preset of ['two-two-one', 'spiral', 'digits']) {
    await ready(page, `./?preset=${preset}`);
    await page.getByRole('button', { name: 'Step back' }).focus();
    let tabs = 0;
    let graphStops = 0;
    while (tabs < 200) {
      await page.keyboard.press('Tab');
      tabs += 1;
      if (await inGraph(page)) graphStops += 1;
      if ((await focusedName(page)) === 'η on a log scale') break;
    }
    expect(await focusedName(page), preset).toBe('η on a log scale');
    expect(graphStops, preset).toBe(1);
    // what is left is the data panel's own controls (spiral: 9 of them; digits: its gallery
    // of misclassified samples, which the skip link jumps over)
    if (preset === 'two-two-one') expect(tabs, preset).toBeLessThan(15);
    if (preset === 'spiral') expect(tabs, preset).toBeLessThan(20);
    console.log(`${preset}: ${tabs} Tabs from Step back to the learning-rate slider`);
  }
});

test('a skip link, shown on focus, jumps to the settings', async ({ page }) => {
  await ready(page);
  const skip = page.getByRole('link', { name: 'Skip to settings' });
  // out of sight until focused
  expect((await skip.boundingBox())!.y).toBeLessThan(0);
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
  await page.screenshot({
    path: 'reports/keyboard-skip-link.png',
    clip: { x: 0, y: 0, width: 1280, height: 200 },
  });
  await page.keyboard.press('Enter');
  await expect(page.getByRole('spinbutton', { name: 'Learning rate' })).toBeFocused();
  // the address keeps no #fragment of ours (a share link's state may live there)
  expect(new URL(page.url()).hash).toBe('');
});

test('arrow keys move inside the graph, Enter selects, and the tooltip follows', async ({
  page,
}) => {
  await ready(page);
  await page.getByRole('button', { name: 'Step forward' }).click();
  const phase = page.getByTestId('phase');
  await expect(phase).toHaveText(/^Forward pass/);
  const before = await phase.textContent();
  const graph = page.getByRole('region', { name: 'Network graph' });
  await graph.locator('[tabindex="0"]').focus();
  await expect(graph.getByRole('button', { name: /^Neuron h1/ })).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('h₁');
  await page.keyboard.press('ArrowRight');
  await expect(graph.getByRole('button', { name: /^Neuron y1/ })).toBeFocused();
  // ← and → moved focus; they did not step the phase
  await expect(phase).toHaveText(before!);
  await page.keyboard.press('i');
  await expect(graph.getByRole('button', { name: /^Weight w from h1 to y1/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const weight = graph.getByRole('button', { name: /^Weight w from h2 to y1/ });
  await expect(weight).toBeFocused();
  await expect(page.getByRole('tooltip')).toContainText('h₂');
  await page.keyboard.press('Enter');
  await expect(
    page
      .getByRole('region', { name: 'Chain rule' })
      .getByRole('heading', { name: /Gradient of w\(h2→y1\)/ }),
  ).toBeVisible();
  // the fixed bias says so in its tooltip
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(page.getByRole('tooltip')).toContainText('fixed in this example');
  await expect(page.getByRole('tooltip')).toContainText('not trained');
  // Space on a graph item does not also start training
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  // Tab leaves the graph at once, Shift+Tab comes back to the item last focused
  await page.keyboard.press('Tab');
  expect(await inGraph(page)).toBe(false);
  await page.keyboard.press('Shift+Tab');
  await expect(graph.getByRole('button', { name: /^Bias b of y1/ })).toBeFocused();
  await page.screenshot({ path: 'reports/keyboard-graph-focus.png' });
  // the keys are listed with the page's shortcuts
  await page.getByRole('button', { name: 'Keyboard shortcuts (?)' }).click();
  const list = page.getByRole('region', { name: 'Keyboard shortcuts' });
  await expect(list).toContainText('the neuron’s incoming / outgoing weights');
  await expect(list).toContainText('I / O');
});

/** Types into a field, presses Enter, and checks that focus stayed and Space types nothing. */
async function enterKeepsFocus(page: Page, field: Locator, text: string) {
  await field.focus();
  await field.fill(text);
  await page.keyboard.press('Enter');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(text);
  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await expect(field).toBeFocused();
}

test('Enter in a number field commits and keeps focus there', async ({ page }) => {
  await ready(page);
  const settings = page.getByRole('region', { name: 'Settings' });
  await enterKeepsFocus(page, settings.getByRole('spinbutton', { name: 'Learning rate' }), '0.5');
  await expect(page.getByText(/The latest settings apply from update/)).toBeVisible();
  await settings.getByLabel('Batch mode').selectOption('minibatch');
  await enterKeepsFocus(page, settings.getByRole('spinbutton', { name: 'Batch size' }), '1');
  await page.getByLabel('Optimizer').selectOption('adam');
  await enterKeepsFocus(page, page.getByRole('spinbutton', { name: 'β₁' }), '0.8');
  await enterKeepsFocus(page, page.getByRole('spinbutton', { name: 'Dropout' }), '0.1');
  await enterKeepsFocus(page, page.getByRole('spinbutton', { name: 'Seed' }), '7');
  await enterKeepsFocus(page, page.getByRole('spinbutton', { name: 'Test share' }), '0');
  // a new network shape (a text field): drawn afresh, focus stays
  const hidden = page.getByRole('textbox', { name: 'Hidden layers' });
  await hidden.focus();
  await hidden.fill('3');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('region', { name: 'Network graph' }).locator('svg[role="group"]'),
  ).toHaveAttribute('aria-label', /layers 2-3-1/);
  await expect(hidden).toBeFocused();
  await ready(page);
  // the worked example's cells and its η field, on the latest update
  await page.getByRole('button', { name: 'Step forward' }).click();
  await page.getByRole('button', { name: 'Step forward' }).click();
  const table = page.getByRole('region', { name: 'Worked example' });
  await enterKeepsFocus(
    page,
    table.getByRole('spinbutton', { name: 'η used by this update' }),
    '2',
  );
  const cell = table.getByRole('textbox', { name: 'Input x1 of sample 1' });
  await cell.focus();
  await cell.fill('0.5');
  await page.keyboard.press('Enter');
  await expect(cell).toBeFocused();
  await expect(cell).toHaveValue('0.500000');
});

test('arrow keys on the preset picker load nothing until Enter; a click still loads at once', async ({
  page,
}) => {
  await ready(page);
  const picker = page.getByRole('combobox', { name: 'Preset' });
  const diagram = page.getByRole('region', { name: 'Network graph' }).locator('svg[role="group"]');
  await expect(diagram).toHaveAttribute('aria-label', /layers 2-2-1/);
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(picker).toHaveValue('xor');
  // nothing loaded while browsing
  await page.waitForTimeout(300);
  await expect(diagram).toHaveAttribute('aria-label', /layers 2-2-1/);
  await page.keyboard.press('Escape');
  await expect(picker).toHaveValue('two-two-one');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(diagram).toHaveAttribute('aria-label', /layers 2-3-1/);
  await expect(picker).toBeFocused();
  // a pointer's choice (selectOption is what a click on an option does) loads at once
  await picker.selectOption('circle');
  await expect(diagram).not.toHaveAttribute('aria-label', /layers 2-3-1/);
  await expect(picker).toHaveValue('circle');
});
