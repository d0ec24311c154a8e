// `tsx tests/bench/profile.ts [net] [contender] [seconds]`: one contender on one net for a
// few seconds, alone in the process, to profile with `node --cpu-prof --import tsx`.
// Prints examples per second; never part of the timed benchmark or of CI.
import { CONTENDERS } from './contenders';
import { workloads } from './workloads';

async function main(): Promise<void> {
  const [netName = '2-4-2-1', contender = 'engine', seconds = '3'] = process.argv.slice(2);
  const w = workloads().find((x) => x.name.startsWith(netName));
  const c = CONTENDERS.find((x) => x.name === contender);
  if (!w || !c) throw new Error(`unknown net ${netName} or contender ${contender}`);
  const epoch = await c.prepare(w);
  const start = performance.now();
  let examples = 0;
  while (performance.now() - start < Number(seconds) * 1000) examples += epoch();
  const rate = examples / ((performance.now() - start) / 1000);
  process.stdout.write(
    `${w.name} ${c.name}: ${Math.round(rate).toLocaleString('en')} examples/s\n`,
  );
}

void main();
