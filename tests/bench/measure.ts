// Timing of one contender: warm-up, then examples per second of timed runs (the caller takes
// the median). Pure timing; what is timed is the caller's epoch function.

/**
 * 'wall': performance.now(); 'cpu': this process's CPU time (user + system), steadier when
 * other work shares the cores (the engine's own work is single-threaded).
 */
export type Clock = 'wall' | 'cpu';

function now(clock: Clock): number {
  if (clock === 'wall') return performance.now();
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export interface MeasureOptions {
  /** Timed runs (the median is taken). */
  readonly runs: number;
  /** Minimum seconds per timed run; warm-up takes half of one. */
  readonly seconds: number;
  /** What a second is measured on (default 'wall'). */
  readonly clock?: Clock;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Trains for half a run's time so the JIT has compiled the hot loops. */
export function warmUp(epoch: () => number, seconds: number): void {
  const until = performance.now() + seconds * 500;
  while (performance.now() < until) epoch();
}

/** Whole epochs for at least `seconds`; examples per second. */
export function timedRun(epoch: () => number, seconds: number, clock: Clock = 'wall'): number {
  let examples = 0;
  const start = now(clock);
  let t = start;
  while (t - start < seconds * 1000) {
    examples += epoch();
    t = now(clock);
  }
  return examples / ((t - start) / 1000);
}

/** Median examples per second of `epoch` (which returns how many examples it trained). */
export function measure(epoch: () => number, options: MeasureOptions): number {
  warmUp(epoch, options.seconds);
  const rates: number[] = [];
  for (let k = 0; k < options.runs; k += 1)
    rates.push(timedRun(epoch, options.seconds, options.clock));
  return median(rates);
}
