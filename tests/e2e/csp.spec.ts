// The app under the strict Content-Security-Policy of docs embed.md, as `vite preview` serves it:
// it boots, trains, draws formulas and imports a file with zero `securitypolicyviolation` events.
import { expect, test, type Page } from '@playwright/test';

/** Counts every CSP violation of the page (and its frames' documents) from the first script. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const console: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) console.push(m.text());
  });
  return async () => [...((await page.evaluate('window.__cspViolations')) as string[]), ...console];
}

test('preview sends the strict policy, and no X-Frame-Options on embed.html', async ({ page }) => {
  const app = await page.request.get('./');
  const csp = app.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("style-src 'self';");
  expect(csp).toContain("script-src 'self';");
  expect(csp).toContain('frame-ancestors *');
  expect(csp).not.toContain('unsafe-inline');
  const embed = await page.request.get('./embed.html');
  expect(embed.status()).toBe(200);
  expect(embed.headers()['x-frame-options']).toBeUndefined();
  expect(embed.headers()['content-security-policy']).toBe(csp);
  const resizer = await page.request.get('./embed/v1/resizer.js');
  expect(resizer.headers()['access-control-allow-origin']).toBe('*');
});

test('boots, trains, draws formulas and imports a file with no CSP violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('./?preset=two-two-one');
  await expect(page.getByTestId('train-loss')).not.toHaveText('—');
  // formulas: step to the backward pass, where the chain rule shows KaTeX
  for (let k = 0; k < 5; k += 1) await page.getByRole('button', { name: 'Step forward' }).click();
  await expect(page.getByTestId('phase')).toHaveText(/Backward pass/);
  await page
    .getByRole('region', { name: 'Chain rule' })
    .getByLabel('Parameter')
    .selectOption({ label: 'w(h1→y1)' });
  await expect(page.locator('.katex').first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  const fonts = await page.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family),
  );
  expect(fonts.some((f) => f.startsWith('KaTeX'))).toBe(true);
  // trains
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByTestId('update')).not.toHaveText('0');
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // imports a file
  await page.getByRole('button', { name: 'Import data…' }).click();
  const panel = page.getByRole('region', { name: 'Import data' });
  const rows = ['x,y,class'];
  for (let r = 0; r < 40; r += 1) rows.push(`${(r % 7) / 7},${(r % 5) / 5},${r % 2}`);
  await panel.getByLabel('CSV file').setInputFiles({
    name: 'points.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(rows.join('\n')),
  });
  await expect(panel.getByRole('status').filter({ hasText: /2 inputs/ })).toBeVisible();
  await panel.getByRole('button', { name: 'Use this data' }).click();
  await expect(page.getByText(/New data loaded/)).toBeVisible();
  expect(await violations()).toEqual([]);
});
