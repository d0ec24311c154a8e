// `npx tsx tests/bench/browserProfile.ts [preset] [seconds] [--top=N] [--out=file.cpuprofile]
// [--trace [--invalidations] | --cpu]`: where the page's main thread spends its time while a
// preset plays. An unminified build (in its own folder, so dist/ is untouched) is served on
// BENCH_PORT (default 4179) and the preset played; then for the given seconds either Chromium's
// sampling profiler (functions by self and total time; React components show by name), or its
// trace events (Layout, Paint, script… and with --invalidations what dirtied layout), or with
// --cpu fps, the longest task and the main thread's CPU time per frame, which a loaded machine
// does not inflate as it does task durations. Never part of the timed benchmark or of CI.
import { spawn, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { busiestDelta, mainThreadEvents, rendererMainCpu } from './browserTrace';

const root = fileURLToPath(new URL('../../', import.meta.url));
const vite = 'node_modules/vite/bin/vite.js';
const OUT_DIR = 'node_modules/.cache/profile-dist';

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** A node's name: function, file and line (anonymous functions are told apart by place). */
function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.split('/').pop() ?? '';
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
}

/** Self and total milliseconds per name (a name counted once per stack for total). */
export function summarize(profile: Profile): {
  self: Map<string, number>;
  total: Map<string, number>;
  ms: number;
} {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let ms = 0;
  profile.samples.forEach((id, k) => {
    const dt = (profile.timeDeltas[k] ?? 0) / 1000;
    ms += dt;
    const node = byId.get(id);
    if (!node) return;
    self.set(nameOf(node), (self.get(nameOf(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  });
  return { self, total, ms };
}

function table(title: string, values: Map<string, number>, ms: number, top: number): string {
  const rows = [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return [
    `${title} (of ${ms.toFixed(0)} ms sampled)`,
    ...rows.map(
      ([name, v]) =>
        `${v.toFixed(0).padStart(7)} ms ${((100 * v) / ms).toFixed(1).padStart(5)}%  ${name}`,
    ),
  ].join('\n');
}

/** Frames drawn and the longest main-thread task over `ms`, inside the page. */
const measureFrames = (ms: number): string => `new Promise((resolve) => {
  let longest = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  observer.observe({ type: 'longtask' });
  let frames = 0;
  const t0 = performance.now();
  requestAnimationFrame(function tick() {
    frames += 1;
    if (performance.now() - t0 < ${ms}) requestAnimationFrame(tick);
    else {
      observer.disconnect();
      resolve({ frames, seconds: (performance.now() - t0) / 1000, longest });
    }
  });
})`;

/** fps, longest task and the main thread's CPU time per frame and per second. */
async function cpuLine(browser: Browser, page: Page, seconds: number): Promise<string> {
  const before = await rendererMainCpu(browser);
  const m = (await page.evaluate(measureFrames(seconds * 1000))) as {
    frames: number;
    seconds: number;
    longest: number;
  };
  const cpu = busiestDelta(before, await rendererMainCpu(browser));
  return [
    `fps ${(m.frames / m.seconds).toFixed(1)}`,
    `longest task ${m.longest.toFixed(0)} ms`,
    `main-thread CPU ${(cpu / m.frames).toFixed(1)} ms/frame, ${(cpu / m.seconds).toFixed(0)} ms/s`,
    `load ${loadavg()[0].toFixed(1)}`,
  ].join(' | ');
}

async function traceTable(cdp: CDPSession, seconds: number, top: number): Promise<string> {
  const invalidations = process.argv.includes('--invalidations');
  const { ms, counts, reasons } = await mainThreadEvents(cdp, seconds, invalidations);
  const named = new Map([...ms].map(([name, v]) => [`${name} ×${counts.get(name)}`, v]));
  const lines = [
    table(
      'Main-thread trace events (nested ones also in their parents)',
      named,
      seconds * 1000,
      top,
    ),
  ];
  if (invalidations)
    lines.push(
      'Layout invalidations:',
      ...[...reasons]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, n]) => `${n} ${k}`),
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [preset = 'sunspots-lstm', seconds = '5'] = args.filter((a) => !a.startsWith('--'));
  const top = Number(args.find((a) => a.startsWith('--top='))?.slice(6) ?? 30);
  const out = args.find((a) => a.startsWith('--out='))?.slice(6);
  const port = Number(process.env.BENCH_PORT ?? 4179);
  spawnSync(
    'node',
    [vite, 'build', '--logLevel', 'warn', '--minify', 'false', '--outDir', OUT_DIR],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  const server = spawn(
    'node',
    [
      vite,
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      OUT_DIR,
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    await new Promise((r) => setTimeout(r, 1500));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`http://127.0.0.1:${port}/?preset=${preset}`);
    await page.getByTestId('train-loss').filter({ hasNotText: '—' }).waitFor();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(1000);
    const cdp = await page.context().newCDPSession(page);
    if (args.includes('--trace')) {
      console.log(await traceTable(cdp, Number(seconds), top));
      return;
    }
    if (args.includes('--cpu')) {
      console.log(`${preset}: ${await cpuLine(browser, page, Number(seconds))}`);
      return;
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.waitForTimeout(Number(seconds) * 1000);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    if (out) await writeFile(out, JSON.stringify(profile));
    const { self, total, ms } = summarize(profile);
    console.log(table('Self time', self, ms, top));
    console.log();
    console.log(table('Total time', total, ms, top));
  } finally {
    await browser.close();
    server.kill();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) void main();
