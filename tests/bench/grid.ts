// `npx tsx tests/bench/grid.ts [rounds]`: how long the worker's grid evaluation takes for the
// data views — a 100×100 decision boundary (output only, and with every hidden layer for the
// neuron maps) on the circle preset's 2-8-8-1 net — next to two peers over the same 10 000
// points in the same run: forwardMany (the batch path for arbitrary rows) and the per-sample
// forward pass (propagate.ts, the reference every fast path must match bit for bit). Each
// round times every contender in turn (interleaved, so load from other work on the machine
// falls on all of them); the table gives the median time and the median of the per-round
// ratios to the per-sample pass. Milliseconds of CPU time (steadier than the wall clock on a
// shared machine); not part of CI. Target (issue 12 §4): ≤ 2 ms for the output-only grid.
import { forwardMany } from '../../src/engine/evaluate';
import { createWorkspace, forward } from '../../src/engine/propagate';
import { getPreset } from '../../src/scenario/presets';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import { validateScenario } from '../../src/scenario/validate';
import { evaluateGrid } from '../../src/worker/grid';
import { readText } from '../helpers/files';
import { median } from './measure';

/** Milliseconds of this process's CPU time (steadier than the wall clock on a shared machine). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Milliseconds per call of `run`, over at least `ms` of CPU time after a short warm-up. */
function timePer(run: () => void, ms: number): number {
  for (let k = 0; k < 5; k += 1) run();
  let count = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < ms) {
    run();
    count += 1;
  }
  return (cpuMs() - t0) / count;
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 7);
  const v = validateScenario(getPreset('circle')!.scenario);
  if (!v.ok) throw new Error('preset invalid');
  const { net } = await loadScenarioRun(v.scenario, readText);
  const n = 100;
  const grid = (layers: boolean) => () =>
    evaluateGrid(net, {
      type: 'evaluateGrid',
      id: 1,
      x: [-1.2, 1.2],
      y: [-1.2, 1.2],
      resolution: n,
      layers,
    });
  // the grid's own points, row-major, for the peers
  const inputs = new Float64Array(2 * n * n);
  for (let row = 0; row < n; row += 1)
    for (let col = 0; col < n; col += 1) {
      inputs[2 * (row * n + col)] = -1.2 + (2.4 * col) / (n - 1);
      inputs[2 * (row * n + col) + 1] = -1.2 + (2.4 * row) / (n - 1);
    }
  const out = new Float64Array(n * n);
  const ws = createWorkspace(net.sizes, false);
  const L = net.layers.length;
  const perSample = (): void => {
    for (let r = 0; r < n * n; r += 1) {
      ws.x[0] = inputs[2 * r];
      ws.x[1] = inputs[2 * r + 1];
      forward(net, ws, 0, null);
      out[r] = ws.a[L - 1][0];
    }
  };
  const contenders: readonly (readonly [string, () => void])[] = [
    ['per-sample forward, 10 000 points (reference)', perSample],
    ['forwardMany, 10 000 points', () => forwardMany(net, inputs, n * n, out)],
    ['evaluateGrid 100×100, output only', grid(false)],
    ['evaluateGrid 100×100, with hidden layers', grid(true)],
  ];
  const times = contenders.map((): number[] => []);
  for (let round = 0; round < rounds; round += 1)
    contenders.forEach(([, run], i) => times[i].push(timePer(run, 200)));
  process.stdout.write(`net ${net.sizes.join('-')}, ${rounds} interleaved rounds, medians\n`);
  contenders.forEach(([name], i) => {
    const ratio = median(times[i].map((t, round) => t / times[0][round]));
    process.stdout.write(
      `${name.padEnd(48)} ${median(times[i]).toFixed(2)} ms  (${ratio.toFixed(2)}× the reference)\n`,
    );
  });
}

void main();
