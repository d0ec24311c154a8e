// Bounded chart histories: when full, neighbouring points merge pairwise, keeping the mean
// and the minimum and maximum of everything they cover, so a run of millions of updates uses
// constant memory and its spikes stay visible. Mutates in place (charts read `version`).

export interface HistoryPoint {
  /** The update (or epoch) of the last value merged into the point. */
  readonly x: number;
  /** The mean of the values it covers. */
  readonly y: number;
  readonly min: number;
  readonly max: number;
  /** How many values it covers. */
  readonly count: number;
}

export interface History {
  readonly capacity: number;
  readonly points: readonly HistoryPoint[];
  /** How many values each new point covers now (doubles at each merge). */
  readonly stride: number;
  /** Increases on every change, for cheap change detection. */
  readonly version: number;
  push(x: number, y: number): void;
  clear(): void;
}

export function createHistory(capacity = 512): History {
  if (capacity < 4 || capacity % 2 !== 0)
    throw new RangeError('capacity must be an even number ≥ 4');
  let points: HistoryPoint[] = [];
  let stride = 1;
  let version = 0;
  // The point being filled when stride > 1.
  let open: { x: number; sum: number; min: number; max: number; count: number } | null = null;

  const merge = (a: HistoryPoint, b: HistoryPoint): HistoryPoint => ({
    x: b.x,
    y: (a.y * a.count + b.y * b.count) / (a.count + b.count),
    min: Math.min(a.min, b.min),
    max: Math.max(a.max, b.max),
    count: a.count + b.count,
  });

  return {
    capacity,
    get points() {
      return open
        ? [
            ...points,
            {
              x: open.x,
              y: open.sum / open.count,
              min: open.min,
              max: open.max,
              count: open.count,
            },
          ]
        : points;
    },
    get stride() {
      return stride;
    },
    get version() {
      return version;
    },
    push(x, y) {
      if (!Number.isFinite(y)) return;
      version += 1;
      open = open
        ? {
            x,
            sum: open.sum + y,
            min: Math.min(open.min, y),
            max: Math.max(open.max, y),
            count: open.count + 1,
          }
        : { x, sum: y, min: y, max: y, count: 1 };
      if (open.count < stride) return;
      points.push({ x, y: open.sum / open.count, min: open.min, max: open.max, count: open.count });
      open = null;
      if (points.length >= capacity) {
        const merged: HistoryPoint[] = [];
        for (let k = 0; k + 1 < points.length; k += 2) merged.push(merge(points[k], points[k + 1]));
        points = merged;
        stride *= 2;
      }
    },
    clear() {
      points = [];
      stride = 1;
      open = null;
      version += 1;
    },
  };
}
