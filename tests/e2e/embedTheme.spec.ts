// theme=dark: the embed's own dark palette (custom properties, no inverting filter), axe clean
// in every layout, with a screenshot of each to look at.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const luminance = (css: string): number => {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((x) => Number(x) / 255);
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r ?? 0) + 0.7152 * lin(g ?? 0) + 0.0722 * lin(b ?? 0);
};

for (const layout of ['compact', 'graph', 'worked-example', 'training', 'full'])
  test(`theme=dark is a dark palette, axe clean in the ${layout} layout`, async ({
    page,
  }, info) => {
    await page.goto(
      `./embed.html#v=1&preset=two-two-one&layout=${layout}&theme=dark&step=u1.s1.backward`,
    );
    await expect(
      page.getByRole('region', { name: 'Network graph' }).locator('svg').first(),
    ).toBeVisible();
    const look = await page.evaluate(() => {
      const root = document.querySelector('.lens-embed')!;
      const style = getComputedStyle(root);
      return {
        filter: style.filter,
        background: getComputedStyle(document.body).backgroundColor,
        ink: style.color,
        scheme: getComputedStyle(document.documentElement).colorScheme,
      };
    });
    // its own colours, not the light page turned negative
    expect(look.filter).toBe('none');
    expect(luminance(look.background)).toBeLessThan(0.05);
    expect(luminance(look.ink)).toBeGreaterThan(0.6);
    expect(look.scheme).toBe('dark');
    const violations = (
      await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
    ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(violations).toEqual([]);
    await page.screenshot({ path: info.outputPath(`embed-dark-${layout}.png`), fullPage: true });
  });
