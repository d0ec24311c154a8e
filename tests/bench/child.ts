// One contender on one net in a fresh process (a fresh V8, so one library's JIT feedback
// does not slow another's code): `node --import tsx tests/bench/child.ts <net> <contender>
// <seconds> [wall|cpu]` prepares and warms up, prints {"ready":true}, then for each "run" line on stdin
// times one run and prints {"eps":…}. Failures print {"error":…}. Lines are JSON.
import { createInterface } from 'node:readline';
import { CONTENDERS } from './contenders';
import { timedRun, warmUp, type Clock } from './measure';
import { workload } from './workloads';

const say = (value: object): void => {
  process.stdout.write(`\n${JSON.stringify(value)}\n`);
};

async function main(): Promise<void> {
  const [net = '', name = '', seconds = '0.4', clockArg = 'wall'] = process.argv.slice(2);
  const clock: Clock = clockArg === 'cpu' ? 'cpu' : 'wall';
  let epoch: () => number;
  try {
    const c = CONTENDERS.find((x) => x.name === name);
    if (!c) throw new RangeError(`unknown contender ${name}`);
    epoch = await c.prepare(workload(net));
    warmUp(epoch, Number(seconds));
  } catch (error) {
    say({ error: error instanceof Error ? error.message : String(error) });
    return;
  }
  say({ ready: true });
  for await (const line of createInterface({ input: process.stdin })) {
    if (line.trim() !== 'run') break;
    say({ eps: timedRun(epoch, Number(seconds), clock) });
  }
}

void main();
