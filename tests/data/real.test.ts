// The real sets: iris and digits parse from the shipped files to the right shapes.
import { describe, expect, it } from 'vitest';
import { parseDigits, parseIris } from '../../src/data';
import { readTextSync as text } from '../helpers/files';

describe('the real sets', () => {
  it('parses iris: 150 flowers, 4 standardised features, 3 one-hot classes', () => {
    const { dataset, classNames } = parseIris(text('iris.csv'));
    expect([dataset.n, dataset.nIn, dataset.nOut]).toEqual([150, 4, 3]);
    expect(classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    const mean =
      Array.from({ length: 150 }, (_, r) => dataset.inputs[r * 4]).reduce((a, b) => a + b) / 150;
    expect(mean).toBeCloseTo(0, 12);
    for (let c = 0; c < 4; c += 1) {
      const column = Array.from({ length: 150 }, (_, r) => dataset.inputs[r * 4 + c]);
      const variance = column.reduce((s, v) => s + v * v, 0) / 150; // mean is 0
      expect(variance).toBeCloseTo(1, 12);
    }
    // The first flower, 5.1 cm sepal length: the column's mean is 5.843333 and its
    // population standard deviation 0.825301 (published summaries of the set).
    expect(dataset.inputs[0]).toBeCloseTo((5.1 - 5.843333) / 0.825301, 4);
    expect(Array.from(dataset.targets.slice(0, 3))).toEqual([1, 0, 0]);
  });

  it('parses digits: 1797 images of 64 pixels in 0..1, 10 classes', () => {
    const { dataset } = parseDigits(text('digits.csv'));
    expect([dataset.n, dataset.nIn, dataset.nOut]).toEqual([1797, 64, 10]);
    expect(Math.max(...dataset.inputs)).toBe(1);
    expect(Math.min(...dataset.inputs)).toBe(0);
    for (let r = 0; r < 20; r += 1)
      expect(dataset.targets.slice(r * 10, r * 10 + 10).reduce((a, b) => a + b)).toBe(1);
  });
});
