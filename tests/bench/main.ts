// `npm run bench [-- --json] [--quick] [--no-browser] [--net=2-8-8-1 …]`: the engine benchmark (this
// engine against peers, see engineBench.ts), the recurrent ones (recurrentBench.ts, and
// gatedBench.ts for LSTM/GRU), then the browser benchmark (see browser.ts).
import { formatBrowserTable, runBrowserBench } from './browser';
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
    log,
    ...(nets.length > 0 ? { nets } : {}),
  });
  const settings = benchSettings(quick);
  const recurrent = await runRecurrentBench({
    runs: settings.runs,
    seconds: settings.seconds,
    log,
  });
  const gated = await runGatedBench({ runs: settings.runs, seconds: settings.seconds, log });
  const browser = args.includes('--no-browser') ? null : await runBrowserBench(quick ? 2 : 4);
  if (json) {
    process.stdout.write(`${JSON.stringify({ engine, recurrent, gated, browser }, null, 2)}\n`);
  } else {
    process.stdout.write(`## Engine (examples per second)\n\n${formatTable(engine)}\n`);
    process.stdout.write(
      `\n## Recurrent (sunspots-rnn: window 24, hidden 16, batch 16)\n\n${formatRecurrentTable(recurrent)}`,
    );
    process.stdout.write(
      `\n## LSTM and GRU (sunspots-lstm/gru: window 24, hidden 16, batch 16)\n\n${formatGatedTable(gated)}`,
    );
    if (browser)
      process.stdout.write(
        `\n## Browser (the built app in Chromium)\n\n${formatBrowserTable(browser)}\n`,
      );
  }
  const failed =
    engine.some((r) => Object.keys(r.errors).length > 0) ||
    Object.keys(recurrent.errors).length > 0 ||
    Object.keys(gated.errors).length > 0;
  process.exitCode = failed ? 1 : 0;
}

void main();
