import { describe, expect, it } from 'vitest';
import { createLayout } from '../../src/engine/layout';
import { batchSize, copyState, groupSums } from '../../src/engine/updateStats';
import type { TrainerConfig } from '../../src/engine/types';

const layout = createLayout([
  { name: 'W', role: 'weight', shape: [1, 2] },
  { name: 'b', role: 'bias', shape: [1] },
]);
const [W, b] = layout.blocks;

describe('groupSums', () => {
  it('sums squares over the weight blocks only and reports finiteness of every block', () => {
    const grads = Float64Array.of(3, 4, 100);
    const params = Float64Array.of(1, 2, 50);
    const next = Float64Array.of(2, 2, 7);
    const out = new Float64Array(3);
    expect(groupSums([W], [b], grads, params, next, out)).toBe(true);
    expect(Array.from(out)).toEqual([25, 5, 1]);
    next[2] = NaN; // a bias going bad is caught although it is not in the norms
    expect(groupSums([W], [b], grads, params, next, out)).toBe(false);
  });
});

describe('batchSize', () => {
  const config = (batch: TrainerConfig['batch']) => ({ batch }) as TrainerConfig;
  it('is 1 online, the set in full batch, and a mini-batch clamped to the set', () => {
    expect(batchSize(config({ mode: 'online' }), 10)).toBe(1);
    expect(batchSize(config({ mode: 'full' }), 10)).toBe(10);
    expect(batchSize(config({ mode: 'minibatch', size: 4 }), 10)).toBe(4);
    expect(batchSize(config({ mode: 'minibatch', size: 40 }), 10)).toBe(10);
  });
});

describe('copyState', () => {
  it('copies every array so later steps do not change the copy', () => {
    const m = Float64Array.of(1, 2);
    const copy = copyState({ m });
    m[0] = 9;
    expect(Array.from(copy.m)).toEqual([1, 2]);
  });
});
