// Long commands (a fast-forward, a load) in slices: between two slices a task runs, so pings
// are answered and a cancel can arrive; progress goes to the page at most every 100 ms; a
// cancel stops the work under way, and any queued behind it, at its next slice. Plain module.
import type { Command, Message } from '../protocol/messages';
import type { AppRun } from './runs';

/** Longest slice of a long step, in ms. */
export const SLICE_MS = 50;
const PROGRESS_EVERY_MS = 100;
/**
 * An update touching this many parameter-samples (parameters × batch samples) or more is
 * heavy: training checks its deadline after every such update, not after every sixteenth.
 */
export const HEAVY_UPDATE = 100_000;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface LongWork {
  /** The session's clock. */
  readonly now: () => number;
  /** Stops the work under way and queued (no effect when the session is idle). */
  cancel(): void;
  readonly cancelled: boolean;
  /** A command was queued; `settled` when it is done: an idle session forgets a cancel. */
  queued(): void;
  settled(): void;
  /** A long command starts: its progress is reported once it has taken 100 ms. */
  start(): void;
  /** Between two slices: progress (throttled), then a task. */
  between(task: 'step' | 'load', done: number, total: number): Promise<void>;
}

export function createLongWork(
  now: () => number,
  progress: ((message: Message) => void) | undefined,
): LongWork {
  let pending = 0;
  let cancelled = false;
  let reportedAt = -Infinity;
  let startedAt = -Infinity;
  return {
    now,
    cancel() {
      if (pending > 0) cancelled = true;
    },
    get cancelled() {
      return cancelled;
    },
    queued() {
      pending += 1;
    },
    settled() {
      pending -= 1;
      if (pending === 0) cancelled = false;
    },
    start() {
      startedAt = now();
      reportedAt = startedAt;
    },
    async between(task, done, total) {
      const t = now();
      // a command quicker than this shows no progress at all (no flash on every load)
      if (progress && t - reportedAt >= PROGRESS_EVERY_MS) {
        reportedAt = t;
        progress({ type: 'progress', task, done, total });
      }
      await nextTask();
    },
  };
}

/** Samples one update of `run` touches under its current batch setting. */
export function batchSamples(run: AppRun): number {
  const batch = run.trainer.config.batch;
  const nTrain = run.split.train.length;
  switch (batch.mode) {
    case 'online':
      return 1;
    case 'minibatch':
      return Math.min(batch.size, nTrain);
    case 'full':
      return nTrain;
  }
}

/** Updates in one epoch of `run` under its current batch setting. */
export function updatesPerEpoch(run: AppRun): number {
  return Math.ceil(run.split.train.length / batchSamples(run));
}

/** After how many updates training looks at the clock: 1 for heavy updates, else 16. */
export function clockEvery(run: AppRun): number {
  return run.trainer.model.params.length * batchSamples(run) >= HEAVY_UPDATE ? 1 : 16;
}

/** Untraced updates up to `count`, stopping at `deadline` (or an epoch); messages on divergence. */
export type Advance = (
  count: number,
  deadline: number,
  untilEpoch: number | null,
) => Message[] | null;

/**
 * A step of `count` updates or epochs in slices of SLICE_MS with a task between them, so
 * pings are answered, the page sees progress, and a cancel stops it where it is. Returns the
 * divergence messages when training diverged, else null.
 */
export async function stepInSlices(
  run: AppRun,
  step: { readonly unit: 'update' | 'epoch'; readonly count: number },
  work: LongWork & { readonly now: () => number },
  advance: Advance,
): Promise<Message[] | null> {
  const { trainer } = run;
  const from = trainer.updates;
  const target = step.unit === 'update' ? from + step.count : Infinity;
  const untilEpoch = step.unit === 'epoch' ? trainer.epoch + step.count : null;
  const total = step.unit === 'update' ? step.count : step.count * updatesPerEpoch(run);
  const done = (): boolean =>
    trainer.updates >= target || (untilEpoch !== null && trainer.epoch >= untilEpoch);
  work.start();
  for (;;) {
    const remaining = Math.min(target - trainer.updates, Number.MAX_SAFE_INTEGER);
    const failed = advance(remaining, work.now() + SLICE_MS, untilEpoch);
    if (failed) return failed;
    if (done()) return null;
    await work.between('step', Math.min(trainer.updates - from, total), total);
    if (work.cancelled) return null;
  }
}

/**
 * Commands one at a time, in the order they came: a load awaits its data, and the commands
 * sent right after it must see the loaded run. A ping overtakes the queue (it asks whether
 * the thread is alive, not about the run); so does a cancel, which is for the work under way.
 */
export function createCommandQueue(
  work: LongWork,
  handle: (command: Command) => Promise<Message[]>,
): (command: Command) => Promise<Message[]> {
  let queue: Promise<unknown> = Promise.resolve();
  return (command) => {
    if (command.type === 'ping') return Promise.resolve([{ type: 'pong', id: command.id }]);
    if (command.type === 'cancel') {
      work.cancel();
      return Promise.resolve([]);
    }
    work.queued();
    const result = queue.then(() => handle(command)).finally(() => work.settled());
    queue = result.catch(() => undefined);
    return result;
  };
}
