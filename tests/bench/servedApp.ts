// The benchmarks' browser setup: a fresh build of the app, `vite preview` on a port of its own,
// and Debian's Chromium; `fn` gets the browser and the app's address, and everything is closed
// after it, even when it throws.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vite = 'node_modules/vite/bin/vite.js';

export async function withServedApp<T>(
  port: number,
  fn: (browser: Browser, base: string) => Promise<T>,
): Promise<T> {
  // always a fresh build: a stale dist/ would measure yesterday's app
  spawnSync('node', [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const server = spawn(
    'node',
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    return await fn(browser, `http://127.0.0.1:${port}/`);
  } finally {
    await browser.close();
    server.kill();
  }
}
