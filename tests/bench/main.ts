// `npm run bench [-- --json] [--quick] [--cpu] [--no-browser] [--no-recurrent] [--no-cnn]
// [--net=2-8-8-1 …]`: the engine benchmark (this engine against peers, see engineBench.ts), the
// recurrent ones (recurrentBench.ts, gatedBench.ts for LSTM/GRU), the convolutional one (cnnBench.ts), then the browser
// benchmark (see browser.ts). --no-recurrent, --no-cnn and --no-browser skip those parts (to
// compare MLP engine changes quickly); --cpu times the engine runs in process CPU time instead
// of wall time (steadier on a machine shared with other work).
import { formatBrowserTable, runBrowserBench } from './browser';
import { formatCnnTable, runCnnBench } from './cnnBench';
import { benchSettings, formatTable, runEngineBench } from './engineBench';
import { formatGatedTable, runGatedBench } from './gatedBench';
import { formatRecurrentTable, runRecurrentBench } from './recurrentBench';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const quick = args.includes('--quick');
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  const nets = args.filter((a) => a.startsWith('--net=')).map((a) => a.slice('--net='.length));
  const engine = await runEngineBench({
    ...benchSettings(quick),
    clock: args.includes('--cpu') ? 'cpu' : 'wall',
    log,
    ...(nets.length > 0 ? { nets } : {}),
  });
  const settings = benchSettings(quick);
  const recurrent = args.includes('--no-recurrent')
    ? null
    : await runRecurrentBench({ runs: settings.runs, seconds: settings.seconds, log });
  const gated = args.includes('--no-recurrent')
    ? null
    : await runGatedBench({ runs: settings.runs, seconds: settings.seconds, log });
  const cnn = args.includes('--no-cnn')
    ? null
    : await runCnnBench({ runs: settings.runs, seconds: settings.seconds, log });
  const browser = args.includes('--no-browser') ? null : await runBrowserBench(quick ? 2 : 4);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ engine, recurrent, gated, cnn, browser }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(`## Engine (examples per second)\n\n${formatTable(engine)}\n`);
    if (recurrent)
      process.stdout.write(
        `\n## Recurrent (sunspots-rnn: window 24, hidden 16, batch 16)\n\n${formatRecurrentTable(recurrent)}`,
      );
    if (gated)
      process.stdout.write(
        `\n## LSTM and GRU (sunspots-lstm/gru: window 24, hidden 16, batch 16)\n\n${formatGatedTable(gated)}`,
      );
    if (cnn)
      process.stdout.write(
        `\n## Convolutional (digits-cnn: 16 filters 3×3, max pool 2, dense 10; batch 32, SGD)\n\n${formatCnnTable(cnn)}`,
      );
    if (browser)
      process.stdout.write(
        `\n## Browser (the built app in Chromium)\n\n${formatBrowserTable(browser)}\n`,
      );
  }
  const failed =
    engine.some((r) => Object.keys(r.errors).length > 0) ||
    (recurrent !== null && Object.keys(recurrent.errors).length > 0) ||
    (gated !== null && Object.keys(gated.errors).length > 0) ||
    (cnn !== null && Object.keys(cnn.errors).length > 0);
  process.exitCode = failed ? 1 : 0;
}

void main();
