// What the profile script (browserProfile.ts) reads besides the sampling profiler: Chromium's
// trace events of the renderer's main thread summed by name (Layout, Paint, FunctionCall…), and
// the main thread's own CPU time from /proc, which, unlike task durations and fps, a loaded
// machine does not inflate. Linux only; never part of the timed benchmark or of CI.
import { readFile } from 'node:fs/promises';
import type { Browser, CDPSession } from 'playwright-core';

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { name?: string; data?: { nodeName?: string; reason?: string } };
}

/** Milliseconds and counts of the renderer main thread's trace events over `seconds`. */
export async function mainThreadEvents(
  cdp: CDPSession,
  seconds: number,
  invalidations = false,
): Promise<{ ms: Map<string, number>; counts: Map<string, number>; reasons: Map<string, number> }> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  const extra = invalidations ? ',disabled-by-default-devtools.timeline.invalidationTracking' : '';
  await cdp.send('Tracing.start', {
    categories: `devtools.timeline,disabled-by-default-devtools.timeline${extra}`,
    transferMode: 'ReportEvents',
  });
  await new Promise((r) => setTimeout(r, seconds * 1000));
  await cdp.send('Tracing.end');
  await done;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const ms = new Map<string, number>();
  const counts = new Map<string, number>();
  const reasons = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'LayoutInvalidationTracking') {
      const key = `${e.args?.data?.reason} ${e.args?.data?.nodeName}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X') continue;
    ms.set(e.name, (ms.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
    counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  }
  return { ms, counts, reasons };
}

/** CPU milliseconds (user + system) a thread has used, from /proc (null when unreadable). */
async function threadCpuMs(pid: number, tid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Each renderer process's main-thread CPU ms (its main thread's id is the process id). */
export async function rendererMainCpu(browser: Browser): Promise<Map<number, number>> {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as {
    processInfo: { type: string; id: number }[];
  };
  await cdp.detach();
  const out = new Map<number, number>();
  for (const p of processInfo.filter((x) => x.type === 'renderer')) {
    const ms = await threadCpuMs(p.id, p.id);
    if (ms !== null) out.set(p.id, ms);
  }
  return out;
}

/** The largest per-renderer growth between two readings (the page that played). */
export function busiestDelta(before: Map<number, number>, after: Map<number, number>): number {
  let most = 0;
  for (const [pid, ms] of after) most = Math.max(most, ms - (before.get(pid) ?? ms));
  return most;
}
