// The trace arena: copies are views over one buffer, each with its own entries, and a copy
// past the size asked for is refused rather than overwriting another.
import { describe, expect, it } from 'vitest';
import { createTraceArena } from '../../src/engine/traceArena';

describe('createTraceArena', () => {
  it('copies arrays into consecutive views that later writes to the source do not reach', () => {
    const arena = createTraceArena(5);
    const source = Float64Array.of(1, 2, 3);
    const a = arena.copy(source);
    source.fill(9);
    const b = arena.copy(Float64Array.of(4, 5));
    expect(Array.from(a)).toEqual([1, 2, 3]);
    expect(Array.from(b)).toEqual([4, 5]);
    expect(a.buffer).toBe(b.buffer);
    b[0] = 7;
    expect(Array.from(a)).toEqual([1, 2, 3]);
  });

  it('refuses a copy that does not fit, naming the arena size', () => {
    const arena = createTraceArena(2);
    arena.copy(Float64Array.of(1));
    expect(() => arena.copy(Float64Array.of(1, 2))).toThrow(/arena of 2 entries is full/);
  });
});
