// The engine benchmark: examples per second (forward + backward + update) of every
// contender on every net, measured in one run, and the ratios between them.
// Not part of CI: speed is measured here, never asserted in unit tests.
import { CONTENDERS } from './contenders';
import { workloads } from './workloads';

export interface BenchRow {
  readonly net: string;
  readonly data: string;
  /** examples per second, median of the timed runs, by contender name */
  readonly examplesPerSecond: Record<string, number>;
  readonly errors: Record<string, string>;
  readonly ratios: {
    /** engine ÷ each peer (> 1: the engine is faster) */
    readonly engineVsPeer: Record<string, number>;
    /** fused ÷ engine (≤ 1.5 is the target) */
    readonly fusedOverEngine: number;
    /** engine ÷ traced (≤ 4 is the target) */
    readonly untracedOverTraced: number;
  };
}

export interface BenchOptions {
  /** Timed runs per contender (median taken). */
  readonly runs: number;
  /** Minimum seconds per timed run. */
  readonly seconds: number;
  readonly log?: (line: string) => void;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function measure(epoch: () => number, options: BenchOptions): Promise<number> {
  const warmUntil = performance.now() + options.seconds * 500;
  while (performance.now() < warmUntil) epoch();
  const rates: number[] = [];
  for (let k = 0; k < options.runs; k += 1) {
    let examples = 0;
    const start = performance.now();
    let now = start;
    while (now - start < options.seconds * 1000) {
      examples += epoch();
      now = performance.now();
    }
    rates.push(examples / ((now - start) / 1000));
  }
  return median(rates);
}

export async function runEngineBench(options: BenchOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const w of workloads()) {
    const eps: Record<string, number> = {};
    const errors: Record<string, string> = {};
    for (const c of CONTENDERS) {
      try {
        const epoch = await c.prepare(w);
        eps[c.name] = await measure(epoch, options);
        options.log?.(
          `  ${w.name.padEnd(18)} ${c.name.padEnd(22)} ${Math.round(eps[c.name]).toLocaleString('en')} examples/s`,
        );
      } catch (error) {
        errors[c.name] = error instanceof Error ? error.message : String(error);
        options.log?.(`  ${w.name.padEnd(18)} ${c.name.padEnd(22)} failed: ${errors[c.name]}`);
      }
    }
    const engine = eps['engine'];
    const engineVsPeer: Record<string, number> = {};
    for (const c of CONTENDERS) {
      if (c.name.startsWith('engine') || c.name === 'fused loop' || !(c.name in eps)) continue;
      engineVsPeer[c.name] = engine / eps[c.name];
    }
    rows.push({
      net: w.name,
      data: w.note,
      examplesPerSecond: eps,
      errors,
      ratios: {
        engineVsPeer,
        fusedOverEngine: eps['fused loop'] / engine,
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
    'ratios (engine ÷ peer > 1 means the engine is faster; targets: fused ÷ engine ≤ 1.5, engine ÷ traced ≤ 4)',
  );
  for (const r of rows) {
    const peers = Object.entries(r.ratios.engineVsPeer)
      .map(([n, v]) => `${n} ×${v.toFixed(2)}`)
      .join(', ');
    lines.push(
      `- ${r.net}: vs ${peers}; fused ÷ engine ${r.ratios.fusedOverEngine.toFixed(2)}; engine ÷ traced ${r.ratios.untracedOverTraced.toFixed(2)}`,
    );
  }
  lines.push('', ...CONTENDERS.map((c) => `${c.name}: ${c.note}`));
  return lines.join('\n');
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
    runs: options.quick ? 3 : 5,
    seconds: options.quick ? 0.1 : 0.4,
    log: (line) => io.stderr(`${line}\n`),
  };
  if (!options.json)
    io.stderr(`engine benchmark (${settings.runs} runs × ${settings.seconds} s, median)\n`);
  const rows = await runEngineBench(settings);
  if (options.json) io.stdout(`${JSON.stringify({ engine: rows }, null, 2)}\n`);
  else io.stdout(`${formatTable(rows)}\n`);
  return rows.some((r) => Object.keys(r.errors).length > 0) ? 1 : 0;
}
