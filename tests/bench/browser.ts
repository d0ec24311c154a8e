// The browser benchmark: the built app in Chromium playing the circle, digits and sunspots-rnn
// presets as fast as possible, measuring examples trained per second (from the update counter), frames
// drawn per second and the longest main-thread task, against the engine's own speed in Node
// for the same scenario, and from Chromium's own counters the main thread's busy and scripting
// time per drawn frame (steadier than fps on a loaded machine). Run alone with
// `npx tsx tests/bench/browser.ts [--preset=sunspots-rnn …] [--json]` (BENCH_PORT picks the
// port, default 4179), or via `npm run bench`.
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { getAppPreset } from '../../src/scenario/appPresets';
import { loadCnnRun } from '../../src/scenario/cnnRun';
import { loadGatedRun } from '../../src/scenario/gatedRun';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import { loadRecurrentRun } from '../../src/scenario/recurrentRun';
import {
  isCnnScenario,
  isFixedPointScenario,
  isGatedScenario,
  isRecurrentScenario,
  validateAppScenario,
} from '../../src/scenario/validate';
import type { CDPSession } from 'playwright-core';
import { withServedApp } from './servedApp';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PORT = Number(process.env.BENCH_PORT ?? 4179);
const PRESETS = ['circle', 'digits', 'sunspots-rnn'];

export interface BrowserBenchRow {
  readonly preset: string;
  /** What is on screen while it plays: the top of the page (graph) or the data panel. */
  readonly inView: 'graph' | 'data panel';
  readonly examplesPerSecond: number;
  readonly engineExamplesPerSecond: number;
  /** engine in Node ÷ worker in the browser (target ≤ 1.3) */
  readonly engineOverWorker: number;
  readonly framesPerSecond: number;
  /** The same page before Play: what this machine draws when training takes nothing. */
  readonly idleFramesPerSecond: number;
  readonly longestTaskMs: number;
  /** Main-thread task time per drawn frame while playing (Chromium's TaskDuration). */
  readonly taskMsPerFrame: number;
  /** Of which JavaScript (ScriptDuration), per drawn frame. */
  readonly scriptMsPerFrame: number;
  /** The machine's 1-minute load average when the row was measured (other work skews it). */
  readonly loadAverage: number;
}

/** Updates to examples: the preset's batch size (its training set for full batch). */
function batchSize(id: string, nTrain: number): number {
  const { batch } = getAppPreset(id)!.scenario as { batch?: { mode: string; size?: number } };
  if (batch?.mode === 'minibatch') return batch.size ?? 1;
  return batch?.mode === 'full' ? nTrain : 1;
}

async function engineSpeed(
  id: string,
  seconds: number,
): Promise<{ examplesPerSecond: number; batch: number }> {
  const result = validateAppScenario(getAppPreset(id)!.scenario);
  if (!result.ok) throw new Error('preset invalid');
  const read = (name: string) => readFile(`${root}public/data/${name}`, 'utf8');
  const s = result.scenario;
  if (isFixedPointScenario(s))
    throw new Error(`${id}: the bench runs MLP, RNN, LSTM/GRU and CNN presets`);
  const run = isRecurrentScenario(s)
    ? await loadRecurrentRun(s, read)
    : isGatedScenario(s)
      ? await loadGatedRun(s, read)
      : isCnnScenario(s)
        ? await loadCnnRun(s, read)
        : await loadScenarioRun(s, read);
  const batch = batchSize(id, run.split.train.length);
  const start = performance.now();
  let updates = 0;
  while (performance.now() - start < 300) run.trainer.step(false); // warm-up
  const t0 = performance.now();
  while (performance.now() - t0 < seconds * 1000) {
    run.trainer.step(false);
    updates += 1;
  }
  return { examplesPerSecond: (updates * batch) / ((performance.now() - t0) / 1000), batch };
}

// Frames drawn and the longest main-thread task, measured inside the page for `ms`.
// (A string, not a function: tsx's name helpers do not exist inside the page.)
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
      resolve({ fps: frames / ((performance.now() - t0) / 1000), longest });
    }
  });
})`;

/** Chromium's cumulative main-thread task and script seconds. */
async function busySeconds(cdp: CDPSession): Promise<{ task: number; script: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  const of = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { task: of('TaskDuration'), script: of('ScriptDuration') };
}

export async function runBrowserBench(
  seconds = 4,
  presets: readonly string[] = PRESETS,
): Promise<BrowserBenchRow[]> {
  // The engine's own speed first, while nothing else runs.
  const engine: Record<string, { examplesPerSecond: number; batch: number }> = {};
  for (const id of presets) engine[id] = await engineSpeed(id, 2);
  return withServedApp(PORT, async (browser, base) => {
    const rows: BrowserBenchRow[] = [];
    const cases = presets.flatMap((id) =>
      (['graph', 'data panel'] as const).map((inView) => ({ id, inView })),
    );
    for (const { id, inView } of cases) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${base}?preset=${id}`);
      await page.getByTestId('train-loss').filter({ hasNotText: '—' }).waitFor();
      if (inView === 'data panel')
        await page.evaluate(
          `document.querySelector('.data-panel')?.scrollIntoView({ block: 'start' })`,
        );
      const updateNow = async (): Promise<{ update: number; t: number }> =>
        (await page.evaluate(
          `({ update: Number(document.querySelector('[data-testid="update"]').textContent), t: performance.now() })`,
        )) as { update: number; t: number };
      const idle = (await page.evaluate(measureFrames(1500))) as { fps: number };
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.waitForTimeout(800);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const a = await updateNow();
      const busyBefore = await busySeconds(cdp);
      const { fps, longest } = (await page.evaluate(measureFrames(seconds * 1000))) as {
        fps: number;
        longest: number;
      };
      const busyAfter = await busySeconds(cdp);
      const b = await updateNow();
      await page.getByRole('button', { name: 'Pause', exact: true }).click();
      await page.close();
      const dt = (b.t - a.t) / 1000;
      const frames = fps * seconds;
      const perFrame = (key: 'task' | 'script') =>
        ((busyAfter[key] - busyBefore[key]) * 1000) / frames;
      const examplesPerSecond = ((b.update - a.update) * engine[id].batch) / dt;
      const engineExamplesPerSecond = engine[id].examplesPerSecond;
      rows.push({
        preset: id,
        inView,
        examplesPerSecond,
        engineExamplesPerSecond,
        engineOverWorker: engineExamplesPerSecond / examplesPerSecond,
        framesPerSecond: fps,
        idleFramesPerSecond: idle.fps,
        longestTaskMs: longest,
        taskMsPerFrame: perFrame('task'),
        scriptMsPerFrame: perFrame('script'),
        loadAverage: loadavg()[0],
      });
    }
    return rows;
  });
}

export function formatBrowserTable(rows: readonly BrowserBenchRow[]): string {
  const lines = [
    '| preset | in view | worker examples/s | engine in Node examples/s | engine ÷ worker (≤ 1.3) | page fps (≥ 55) | idle page fps | longest main-thread task ms (≤ 50) | main thread ms / frame | script ms / frame | load average |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.preset} | ${r.inView} | ${Math.round(r.examplesPerSecond).toLocaleString('en')} | ${Math.round(r.engineExamplesPerSecond).toLocaleString('en')} | ${r.engineOverWorker.toFixed(2)} | ${r.framesPerSecond.toFixed(1)} | ${r.idleFramesPerSecond.toFixed(1)} | ${r.longestTaskMs.toFixed(0)} | ${r.taskMsPerFrame.toFixed(1)} | ${r.scriptMsPerFrame.toFixed(1)} | ${r.loadAverage.toFixed(1)} |`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const only = process.argv.filter((a) => a.startsWith('--preset=')).map((a) => a.slice(9));
  runBrowserBench(4, only.length > 0 ? only : PRESETS).then((rows) =>
    console.log(
      process.argv.includes('--json') ? JSON.stringify(rows, null, 2) : formatBrowserTable(rows),
    ),
  );
}
