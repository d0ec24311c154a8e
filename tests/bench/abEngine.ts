// `npx tsx tests/bench/abEngine.ts <git revision> [net] [rounds]`: an A/B of the MLP trainer
// between the engine at a git revision (src/engine extracted to a temporary folder) and the
// working tree's, in one process: the same workload (workloads.ts), traced and untraced
// steps timed in interleaved rounds (CPU time), medians of the per-round speed ratios. First
// checks that both give the same first traced step (numbers and trace). Ratios, not absolute
// times, are what survive a shared machine; run it twice with the order swapped (AB_ORDER=ba)
// to see the bias of whichever module is compiled first (about ±8 % here). Not part of CI.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Network from '../../src/engine/network';
import type * as Random from '../../src/engine/random';
import type * as Trainer from '../../src/engine/trainer';
import { median } from './measure';
import { trainerOptions, workload } from './workloads';

interface Engine {
  readonly network: typeof Network;
  readonly trainer: typeof Trainer;
  readonly random: typeof Random;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

async function load(dir: string): Promise<Engine> {
  return {
    network: (await import(join(dir, 'network.ts'))) as Engine['network'],
    trainer: (await import(join(dir, 'trainer.ts'))) as Engine['trainer'],
    random: (await import(join(dir, 'random.ts'))) as Engine['random'],
  };
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function main(): Promise<void> {
  const [rev, net = '2-8-8-1', roundsArg = '9'] = process.argv.slice(2);
  if (!rev) throw new Error('usage: abEngine.ts <git revision> [net] [rounds]');
  const dir = mkdtempSync(join(tmpdir(), 'ab-engine-'));
  try {
    const archive = execFileSync('git', ['archive', rev, 'src/engine'], { cwd: ROOT });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    const engines = {
      old: await load(join(dir, 'src/engine')),
      new: await load(join(ROOT, 'src/engine')),
    };
    const w = workload(net);
    const make = (e: Engine) => {
      const nested = e.network.unflattenParams(w.sizes, w.initial);
      const net = e.network.createNetwork(
        {
          sizes: w.sizes,
          activations: [...w.sizes.slice(2).map(() => w.hidden), w.output],
          init: 'zeros',
          weights: nested.weights,
          biases: nested.biases,
        },
        e.random.createRng(1, 'init'),
      );
      return e.trainer.createTrainer(trainerOptions(w, net));
    };
    const order =
      process.env.AB_ORDER === 'ba' ? (['new', 'old'] as const) : (['old', 'new'] as const);
    const trainers = { old: make(engines.old), new: make(engines.new) };
    const json = (v: unknown): string =>
      JSON.stringify(v, (_, x: unknown) => (x instanceof Float64Array ? Array.from(x) : x));
    const same = json(trainers.old.step(true)) === json(trainers.new.step(true));
    process.stdout.write(`same first traced step: ${same}\n`);
    const rate = (name: 'old' | 'new', traced: boolean, ms: number): number => {
      const t = trainers[name];
      const t0 = cpuMs();
      let steps = 0;
      while (cpuMs() - t0 < ms) {
        for (let k = 0; k < 20; k += 1) t.step(traced);
        steps += 20;
      }
      return steps / (cpuMs() - t0);
    };
    for (const name of order) for (const traced of [true, false]) rate(name, traced, 200);
    const runs: Record<string, number[]> = { oldT: [], newT: [], oldU: [], newU: [] };
    for (let k = 0; k < Number(roundsArg); k += 1)
      for (const traced of [true, false])
        for (const name of order) runs[name + (traced ? 'T' : 'U')].push(rate(name, traced, 150));
    const ratio = (a: number[], b: number[]): string =>
      median(a.map((x, i) => x / b[i])).toFixed(3);
    process.stdout.write(
      `${w.name} (${roundsArg} rounds, order ${order.join('-')}): steps per ms ` +
        `traced ${median(runs.oldT).toFixed(1)} → ${median(runs.newT).toFixed(1)} ` +
        `(new ÷ old speed ${ratio(runs.newT, runs.oldT)}), untraced ${median(runs.oldU).toFixed(1)} → ` +
        `${median(runs.newU).toFixed(1)} (${ratio(runs.newU, runs.oldU)}); untraced ÷ traced ` +
        `${ratio(runs.oldU, runs.oldT)} → ${ratio(runs.newU, runs.newT)}\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
