// Screenshots of the demo page (not shipped): run the demo server, then `npx tsx <this file>`.
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../chromium';
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = process.env.OUT ?? '/tmp/bl-shots';
const views = (process.argv[2] ?? 'small-forward,small-backward,big-forward&image').split(',');
const sizes = [
  [1280, 800],
  [390, 844],
] as const;

const dir = mkdtempSync(join(tmpdir(), 'bl-chrome-'));
const ctx = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS,
});
const page = await ctx.newPage();
page.on('console', (m) => {
  if (m.type() === 'error') console.log('console:', m.text());
});
for (const v of views) {
  for (const [w, h] of sizes) {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(`http://127.0.0.1:5199/?view=${v}${process.env.MOTION ? '' : '&reduced'}`);
    await page.waitForTimeout(process.env.MOTION ? 250 : 400);
    const hover = process.env.HOVER;
    if (hover) await page.locator(hover).first().hover();
    const tabs = Number(process.env.TABS ?? 0);
    for (let k = 0; k < tabs; k += 1) await page.keyboard.press('Tab');
    if (process.env.WAIT) await page.waitForTimeout(Number(process.env.WAIT));
    const file = `${out}/${v.replace(/[&=]/g, '_')}-${w}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
}
await ctx.close();
