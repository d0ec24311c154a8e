// The "Compare cells" worker: wiring only. `start` builds the comparison (once) and trains it
// in slices, posting a snapshot after each, until the asked number of updates or `stop`.
import type { CompareCommand, CompareMessage } from '../protocol/compare';
import { createComparison, type Comparison } from './compare';

/** Updates per net per slice: a snapshot every few milliseconds. */
const SLICE = 5;

let comparison: Promise<Comparison> | null = null;
let running = 0;

const post = (message: CompareMessage): void => self.postMessage(message);

async function run(target: number, token: number): Promise<void> {
  comparison ??= createComparison(() => Promise.reject(new Error('the memory task reads no file')));
  const c = await comparison;
  let series = c.snapshot();
  post({ type: 'snapshot', series, done: false });
  while (token === running && (series[0]?.update ?? target) < target) {
    series = c.advance(SLICE);
    post({ type: 'snapshot', series, done: (series[0]?.update ?? target) >= target });
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

self.onmessage = (event: MessageEvent<CompareCommand>) => {
  const command = event.data;
  running += 1;
  if (command.type === 'start')
    run(command.updates, running).catch((error: unknown) =>
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
};
