// The shape sentence under the CSV preview.
import { describe, expect, it } from 'vitest';
import { describeShape } from '../../../src/components/DataImport/describeShape';
import type { CsvShape } from '../../../src/data/csvPreview';

const iris: CsvShape = {
  rows: 150,
  nIn: 4,
  nOut: 3,
  task: 'classification',
  inputNames: ['a', 'b', 'c', 'd'],
  targetNames: ['species'],
  classNames: ['species 0', 'species 1', 'species 2'],
  classes: ['species 0', 'species 1', 'species 2'],
};

describe('describeShape', () => {
  it('names inputs, classes and leaves the hidden layers unsaid without their sizes', () => {
    expect(describeShape(iris)).toBe(
      '4 inputs → 3 classes (species 0, species 1, species 2); the hidden layers stay as they are',
    );
  });

  it('prints the whole network when the hidden layers are given, none included', () => {
    expect(describeShape(iris, [8, 6])).toMatch(
      /^Network 4-8-6-3: 4 inputs → 3 classes .*; the hidden layers \(8-6\) stay as they are$/,
    );
    expect(describeShape(iris, [])).toMatch(/^Network 4-3: .*; there are no hidden layers$/);
  });

  it('says one input, one 0/1 output for two classes, and regression by target name', () => {
    const binary = { ...iris, nIn: 1, nOut: 1, classNames: null, classes: ['y 0', 'y 1'] };
    expect(describeShape(binary)).toMatch(/^1 input → 2 classes \(y 0, y 1\) on one 0\/1 output;/);
    const regression: CsvShape = {
      ...iris,
      nOut: 2,
      task: 'regression',
      targetNames: ['u', 'v'],
      classNames: null,
      classes: null,
    };
    expect(describeShape(regression)).toMatch(/^4 inputs → 2 outputs for u, v \(regression\);/);
  });
});
