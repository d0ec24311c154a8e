// `npx tsx tests/bench/grid.ts`: how long the worker's grid evaluation takes for the data views —
// a 100×100 decision boundary (output only, and with every hidden layer for the neuron maps) on
// the circle preset's 2-8-8-1 net, next to a plain forward pass over the same 10 000 points
// (the peer measured in the same run). Prints milliseconds of CPU time per grid (steadier than
// the wall clock on a shared machine); not part of CI.
import { forwardMany } from '../../src/engine/evaluate';
import { getPreset } from '../../src/scenario/presets';
import { loadScenarioRun } from '../../src/scenario/instantiate';
import { validateScenario } from '../../src/scenario/validate';
import { evaluateGrid } from '../../src/worker/grid';
import { readText } from '../helpers/files';

/** Milliseconds of this process's CPU time (steadier than the wall clock on a shared machine). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function timePer(run: () => void, ms = 1500): number {
  for (let k = 0; k < 20; k += 1) run(); // warm-up
  let count = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < ms) {
    run();
    count += 1;
  }
  return (cpuMs() - t0) / count;
}

async function main(): Promise<void> {
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
  const inputs = Float64Array.from({ length: 2 * n * n }, (_, k) => (k % 97) / 50 - 1);
  const out = new Float64Array(n * n);
  const rows = [
    ['forwardMany over 10 000 points (peer)', timePer(() => forwardMany(net, inputs, n * n, out))],
    ['evaluateGrid 100×100, output only', timePer(grid(false))],
    ['evaluateGrid 100×100, with hidden layers', timePer(grid(true))],
  ] as const;
  process.stdout.write(`net ${net.sizes.join('-')}\n`);
  for (const [name, ms] of rows)
    process.stdout.write(
      `${name.padEnd(44)} ${ms.toFixed(2)} ms (${(ms / rows[0][1]).toFixed(2)}× the peer)\n`,
    );
}

void main();
