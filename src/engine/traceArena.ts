// Copies for traces without one ArrayBuffer per copy: a traced sample's many small arrays
// (a recurrent sample has ~8 per time step) become views over one buffer sized up front.
// A fresh Float64Array of 16 entries has a backing store of its own outside the JS heap,
// which costs far more than the copy; a view over a shared buffer costs an object.
// The views are still fresh copies: nothing else writes into the buffer.

/** Hands out copies of arrays as consecutive views over one buffer of `total` entries. */
export interface TraceArena {
  /** A copy of `source` (a view of the arena, its own entries). */
  copy(source: Float64Array): Float64Array;
}

export function createTraceArena(total: number): TraceArena {
  const buffer = new Float64Array(total);
  let used = 0;
  return {
    copy(source) {
      const end = used + source.length;
      if (end > total) throw new RangeError(`trace arena of ${total} entries is full`);
      const view = buffer.subarray(used, end);
      view.set(source);
      used = end;
      return view;
    },
  };
}
