// The seeded train/test split.
import { describe, expect, it } from 'vitest';
import { splitIndices } from '../../src/engine/split';

describe('splitIndices', () => {
  it('holds out round(n·fraction) samples and keeps every sample exactly once', () => {
    const { train, test } = splitIndices(10, 0.3, 5);
    expect(test).toHaveLength(3);
    expect(train).toHaveLength(7);
    expect([...train, ...test].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('lists both parts in ascending data-set order', () => {
    const { train, test } = splitIndices(50, 0.4, 9);
    for (const part of [train, test]) {
      for (let k = 1; k < part.length; k += 1) expect(part[k]).toBeGreaterThan(part[k - 1]);
    }
  });

  it('repeats for a seed and varies across seeds', () => {
    expect(splitIndices(40, 0.25, 3)).toEqual(splitIndices(40, 0.25, 3));
    const tests = [1, 2, 3, 4, 5].map((seed) => Array.from(splitIndices(40, 0.25, seed).test));
    expect(new Set(tests.map((t) => t.join())).size).toBeGreaterThan(1);
  });

  it('gives an empty test set at fraction 0 and keeps one training sample at 0.9', () => {
    expect(splitIndices(10, 0, 1).test).toHaveLength(0);
    expect(Array.from(splitIndices(10, 0, 1).train)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(splitIndices(10, 0.9, 1).train).toHaveLength(1);
    expect(splitIndices(10, 0.9, 1).test).toHaveLength(9);
  });
});
