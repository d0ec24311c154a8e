// First load: time to DOMContentLoaded and to the first trained frame from the worker, for the
// built app served by `vite preview`, three fresh pages. Run: `npx tsx tests/bench/firstLoad.ts`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = 4181;

async function main(): Promise<void> {
  if (!existsSync(`${root}dist/index.html`)) {
    spawnSync('node', ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const server = spawn(
    'node',
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    for (let k = 0; k < 3; k += 1) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${PORT}/`);
      await page.getByTestId('train-loss').filter({ hasNotText: '—' }).waitFor();
      const t = (await page.evaluate(
        `({ firstFrame: performance.getEntriesByName('backprop-lens:first-frame')[0].startTime, seen: performance.now(), domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd })`,
      )) as { firstFrame: number; seen: number; domContentLoaded: number };
      console.log(
        `run ${k + 1}: DOMContentLoaded ${t.domContentLoaded.toFixed(0)} ms, first frame received ${t.firstFrame.toFixed(0)} ms (seen by the test at ${t.seen.toFixed(0)} ms)`,
      );
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
