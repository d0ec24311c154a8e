// The engine benchmark: examples per second (forward + backward + update) of every
// contender on every net, measured in one run, and the ratios between them.
// Not part of CI: speed is measured here, never asserted in unit tests.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { CONTENDERS } from './contenders';
import { measure, median, type Clock, type MeasureOptions } from './measure';
import { WORKLOAD_NAMES, workload } from './workloads';

export interface BenchRow {
  readonly net: string;
  readonly data: string;
  /** examples per second, median of the timed runs, by contender name */
  readonly examplesPerSecond: Record<string, number>;
  readonly errors: Record<string, string>;
  readonly ratios: {
    /** engine ÷ each peer (> 1: the engine is faster) */
    readonly engineVsPeer: Record<string, number>;
    /** fused ÷ engine (≤ 1.2 is the target, issue 12) */
    readonly fusedOverEngine: number;
    /** fused with the engine's detMath ÷ engine: the part of the gap that is not detMath */
    readonly fusedDetMathOverEngine: number;
    /** engine ÷ traced (≤ 4 is the target) */
    readonly untracedOverTraced: number;
  };
}

export interface BenchOptions extends MeasureOptions {
  readonly log?: (line: string) => void;
  /**
   * Measure each contender on each net in its own process (default true), taking the timed
   * runs in turns: a fresh V8 each (in one process, the JIT feedback of earlier nets and
   * libraries slowed later ones by up to 2.5×), and load from other work on the machine
   * spread evenly over the contenders.
   */
  readonly isolate?: boolean;
  /** Only the nets whose names start with one of these (default: all four). */
  readonly nets?: readonly string[];
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

interface Reply {
  readonly ready?: boolean;
  readonly eps?: number;
  readonly error?: string;
}

/** A child process running one contender on one net (see child.ts). */
function startChild(net: string, contender: string, seconds: number, clock: Clock) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, net, contender, String(seconds), clock],
    {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'ignore'],
    },
  );
  const waiting: ((r: Reply) => void)[] = [];
  const replies: Reply[] = [];
  const deliver = (r: Reply): void => {
    const w = waiting.shift();
    if (w) w(r);
    else replies.push(r);
  };
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (!line.startsWith('{')) return;
    try {
      deliver(JSON.parse(line) as Reply);
    } catch {
      deliver({ error: `unreadable reply ${line}` });
    }
  });
  child.on('exit', (code) => {
    deliver({ error: `the ${contender} process ended (exit code ${String(code)})` });
  });
  const next = (): Promise<Reply> =>
    new Promise((resolve) => {
      const r = replies.shift();
      if (r) resolve(r);
      else waiting.push(resolve);
    });
  return {
    next,
    run(): Promise<Reply> {
      child.stdin.write('run\n');
      return next();
    },
    stop(): void {
      child.stdin.end();
    },
  };
}

/** Every contender on one net, each in its own process, timed runs taken in turns. */
async function measureNetIsolated(net: string, o: MeasureOptions) {
  const children = CONTENDERS.map((c) => startChild(net, c.name, o.seconds, o.clock ?? 'wall'));
  const ready = await Promise.all(children.map((c) => c.next()));
  const rates: number[][] = CONTENDERS.map(() => []);
  const errors: (string | null)[] = ready.map((r) => (r.ready ? null : (r.error ?? 'not ready')));
  for (let k = 0; k < o.runs; k += 1) {
    for (let i = 0; i < children.length; i += 1) {
      if (errors[i] !== null) continue;
      const r = await children[i].run();
      if (typeof r.eps === 'number') rates[i].push(r.eps);
      else errors[i] = r.error ?? 'no result';
    }
  }
  children.forEach((c) => c.stop());
  return CONTENDERS.map((_, i) =>
    errors[i] === null ? { eps: median(rates[i]) } : { error: errors[i] },
  );
}

/** Every contender on one net in this process, one after the other. */
async function measureNetInProcess(net: string, o: MeasureOptions) {
  const w = workload(net);
  const results: { eps?: number; error?: string | null }[] = [];
  for (const c of CONTENDERS) {
    try {
      results.push({ eps: measure(await c.prepare(w), o) });
    } catch (error) {
      results.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  return results;
}

export async function runEngineBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const nets = WORKLOAD_NAMES.filter(
    (name) => !options.nets || options.nets.some((prefix) => name.startsWith(prefix)),
  );
  for (const net of nets) {
    const eps: Record<string, number> = {};
    const errors: Record<string, string> = {};
    const results =
      options.isolate === false
        ? await measureNetInProcess(net, options)
        : await measureNetIsolated(net, options);
    CONTENDERS.forEach((c, i) => {
      const r = results[i];
      if (typeof r.eps === 'number') {
        eps[c.name] = r.eps;
        options.log?.(
          `  ${net.padEnd(18)} ${c.name.padEnd(22)} ${Math.round(r.eps).toLocaleString('en')} examples/s`,
        );
      } else {
        errors[c.name] = r.error ?? 'no result';
        options.log?.(`  ${net.padEnd(18)} ${c.name.padEnd(22)} failed: ${errors[c.name]}`);
      }
    });
    const engine = eps['engine'];
    const engineVsPeer: Record<string, number> = {};
    for (const c of CONTENDERS) {
      if (c.name.startsWith('engine') || c.name.startsWith('fused') || !(c.name in eps)) continue;
      engineVsPeer[c.name] = engine / eps[c.name];
    }
    rows.push({
      net,
      data: workload(net).note,
      examplesPerSecond: eps,
      errors,
      ratios: {
        engineVsPeer,
        fusedOverEngine: eps['fused loop'] / engine,
        fusedDetMathOverEngine: eps['fused loop (detMath)'] / engine,
        untracedOverTraced: engine / eps['engine (traced)'],
      },
    });
  }
  return rows;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const names = CONTENDERS.map((c) => c.name);
  const lines = [`| net | ${names.join(' | ')} |`, `|---|${names.map(() => '---:').join('|')}|`];
  for (const r of rows) {
    lines.push(
      `| ${r.net} | ${names.map((n) => (n in r.examplesPerSecond ? Math.round(r.examplesPerSecond[n]).toLocaleString('en') : 'failed')).join(' | ')} |`,
    );
  }
  lines.push(
    '',
    'ratios (engine ÷ peer > 1 means the engine is faster; targets: fused ÷ engine ≤ 1.2, engine ÷ traced ≤ 4)',
  );
  for (const r of rows) {
    const peers = Object.entries(r.ratios.engineVsPeer)
      .map(([n, v]) => `${n} ×${v.toFixed(2)}`)
      .join(', ');
    lines.push(
      `- ${r.net}: vs ${peers}; fused ÷ engine ${r.ratios.fusedOverEngine.toFixed(2)} (detMath fused ÷ engine ${r.ratios.fusedDetMathOverEngine.toFixed(2)}); engine ÷ traced ${r.ratios.untracedOverTraced.toFixed(2)}`,
    );
  }
  lines.push('', ...CONTENDERS.map((c) => `${c.name}: ${c.note}`));
  return lines.join('\n');
}

/** Runs and seconds per run: the engine part takes about 70 s on 2 cores (--quick: 40 s). */
export function benchSettings(quick: boolean): MeasureOptions {
  return { runs: quick ? 3 : 5, seconds: quick ? 0.1 : 0.25 };
}

interface BenchIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** `bench [--json]` of the CLI and `npm run bench`: a table, or only JSON on stdout. */
export async function runBenchCommand(
  options: { json: boolean; quick: boolean },
  io: BenchIO,
): Promise<number> {
  const settings: BenchOptions = {
    ...benchSettings(options.quick),
    log: (line) => io.stderr(`${line}\n`),
  };
  if (!options.json)
    io.stderr(`engine benchmark (${settings.runs} runs × ${settings.seconds} s, median)\n`);
  const rows = await runEngineBench(settings);
  if (options.json) io.stdout(`${JSON.stringify({ engine: rows }, null, 2)}\n`);
  else io.stdout(`${formatTable(rows)}\n`);
  return rows.some((r) => Object.keys(r.errors).length > 0) ? 1 : 0;
}
