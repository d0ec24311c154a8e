// Timing of one contender: warm-up, then examples per second of timed runs (the caller takes
// the median). Pure timing; what is timed is the caller's epoch function.

export interface MeasureOptions {
  /** Timed runs (the median is taken). */
  readonly runs: number;
  /** Minimum seconds per timed run; warm-up takes half of one. */
  readonly seconds: number;
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
export function timedRun(epoch: () => number, seconds: number): number {
  let examples = 0;
  const start = performance.now();
  let now = start;
  while (now - start < seconds * 1000) {
    examples += epoch();
    now = performance.now();
  }
  return examples / ((now - start) / 1000);
}

/** Median examples per second of `epoch` (which returns how many examples it trained). */
export function measure(epoch: () => number, options: MeasureOptions): number {
  warmUp(epoch, options.seconds);
  const rates: number[] = [];
  for (let k = 0; k < options.runs; k += 1) rates.push(timedRun(epoch, options.seconds));
  return median(rates);
}
