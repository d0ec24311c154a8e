// Sequence data: the generated sine-next and memory tasks (seeded), the sunspot windows
// (scaled, in time order) and the split by time that never lets a test year into training.
import { describe, expect, it } from 'vitest';
import {
  memoryTask,
  sineNext,
  splitSequences,
  sunspotWindows,
  type LoadedSequences,
} from '../../src/data/sequences';
import { readTextSync } from '../helpers/files';

const sunspotText = readTextSync('sunspots.csv');
const noSeededSplit = (): never => {
  throw new Error('a time split must not draw a seeded split');
};
const row = (d: LoadedSequences, s: number): number[] => {
  const { starts, lengths, inputs } = d.sequences;
  return Array.from(inputs.subarray(starts[s], starts[s] + lengths[s]));
};

describe('sine-next', () => {
  it('targets each step with the next input (every step), the same numbers for the same seed', () => {
    const a = sineNext(3, 10, 0.1, 7, 'every-step');
    expect(a.sequences.lengths).toEqual(Uint32Array.of(10, 10, 10));
    const x = row(a, 1);
    const t = Array.from(a.sequences.targets.subarray(10, 20));
    expect(t.slice(0, 9)).toEqual(x.slice(1));
    expect(sineNext(3, 10, 0.1, 7, 'every-step').sequences.inputs).toEqual(a.sequences.inputs);
    expect(sineNext(3, 10, 0.1, 8, 'every-step').sequences.inputs).not.toEqual(a.sequences.inputs);
  });

  it('without noise lies on a sine of 0.3 radians per step', () => {
    const x = row(sineNext(1, 5, 0, 1, 'every-step'), 0);
    const phase = Math.asin(x[0]);
    const alt = Math.PI - phase;
    const fits = (p: number) => x.every((v, k) => Math.abs(v - Math.sin(0.3 * k + p)) < 1e-12);
    expect(fits(phase) || fits(alt)).toBe(true);
  });

  it('last-step has one target per sequence: the value after the last input', () => {
    const d = sineNext(2, 6, 0, 3, 'last-step');
    expect(d.sequences.targets.length).toBe(2);
  });
});

describe('memory', () => {
  it('scores only the last step, whose target is the first input as 0/1', () => {
    const d = memoryTask(40, 5, 0.3, 2);
    expect(d.sequences.readout).toBe('last-step');
    for (let s = 0; s < 40; s += 1) {
      const x = row(d, s);
      expect(x.length).toBe(6);
      expect(d.sequences.targets[s]).toBe(x[0] === 1 ? 1 : 0);
      expect(Math.abs(x[0])).toBe(1);
      expect(x.slice(1).every((v) => Math.abs(v) <= 0.3)).toBe(true);
    }
    const ones = Array.from(d.sequences.targets).filter((t) => t === 1).length;
    expect(ones).toBeGreaterThan(5);
    expect(ones).toBeLessThan(35);
  });
});

describe('sunspots', () => {
  const every = sunspotWindows(sunspotText, 24, 'every-step');

  it('cuts 309 years into 285 windows of 24, scaled to 0..1, targets the next year', () => {
    expect(every.sequences.n).toBe(309 - 24);
    const all = Array.from(every.sequences.inputs);
    expect(Math.min(...all)).toBe(0);
    expect(Math.max(...all)).toBeLessThanOrEqual(1);
    // 1700 had 5 spots, 1701 had 11: window 0's first target is window 0's second input.
    expect(every.sequences.targets[0]).toBe(row(every, 0)[1]);
    expect(row(every, 1)[0]).toBe(row(every, 0)[1]);
    expect(every.label).toMatch(/1700–2008/);
  });

  it('splits by time: the test set is the last windows, and training ends before their years', () => {
    const { train, test } = splitSequences(every, 0.2, noSeededSplit);
    expect(test.length).toBe(57);
    expect(Array.from(test)).toEqual(Array.from({ length: 57 }, (_, k) => 285 - 57 + k));
    // The last training window's last target year comes before the first test target year.
    const lastTrain = train[train.length - 1];
    expect(lastTrain + 24).toBeLessThan(test[0] + 1);
    expect(train.length).toBe(285 - 57 - 23);
  });

  it('last-step windows need no gap', () => {
    const last = sunspotWindows(sunspotText, 24, 'last-step');
    const { train, test } = splitSequences(last, 0.2, noSeededSplit);
    expect(train.length + test.length).toBe(285);
  });
});
