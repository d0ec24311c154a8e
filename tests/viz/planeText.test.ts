import { describe, expect, it } from 'vitest';
import type { PlaneGrid } from '../../src/viz/plane';
import {
  classCounts,
  defaultClassNames,
  gridClassShares,
  plainText,
  planeSummary,
  planeTitle,
  pointText,
  type PlanePoint,
} from '../../src/viz/planeText';

const p = (x: number, y: number, label: number): PlanePoint => ({ x, y, label });
const names = ['Red', 'Blue'];

describe('plane text', () => {
  it('counts points per class and ignores labels outside the classes', () => {
    expect(classCounts([p(0, 0, 1), p(0, 0, 1), p(0, 0, 0), p(0, 0, 2), p(0, 0, 0.5)], 2)).toEqual([
      1, 2,
    ]);
  });

  it('splits a one-output grid at the middle of its domain', () => {
    const grid: PlaneGrid = {
      resolution: 2,
      values: Float64Array.from([0.9, 0.2, 0.6, Number.NaN]),
      outputs: 1,
      domain: [0, 1],
    };
    expect(gridClassShares(grid)).toEqual([1 / 3, 2 / 3]);
    expect(gridClassShares({ ...grid, domain: [1, 0] })).toEqual([2 / 3, 1 / 3]);
    expect(gridClassShares({ ...grid, domain: [-1, 1] })).toEqual([0, 1]);
  });

  it('gives each softmax grid point to its most probable class', () => {
    const grid: PlaneGrid = {
      resolution: 2,
      values: Float64Array.from([0.1, 0.8, 0.1, 0.5, 0.2, 0.3, 0.2, 0.2, 0.6, 0.1, 0.1, 0.8]),
      outputs: 3,
      domain: [0, 1],
    };
    expect(gridClassShares(grid)).toEqual([0.25, 0.25, 0.5]);
  });

  it('summarises a classification view with counts, test visibility and the plane’s shares', () => {
    const grid: PlaneGrid = {
      resolution: 2,
      values: Float64Array.from([0.9, 0.2, 0.6, 0.7]),
      outputs: 1,
      domain: [0, 1],
    };
    const train = [p(0, 0, 0), p(1, 1, 1), p(1, 0, 1)];
    expect(
      planeSummary({
        task: 'classification',
        classNames: names,
        train,
        test: [p(0, 1, 0)],
        showTest: false,
        grid,
      }),
    ).toBe(
      '3 training points: 1 Red, 2 Blue. 1 test point (hidden): 1 Red, 0 Blue. ' +
        'The network predicts Red on 25%, Blue on 75% of the plane.',
    );
    expect(
      planeSummary({
        task: 'classification',
        classNames: names,
        train,
        test: [],
        showTest: true,
        grid: null,
      }),
    ).toBe('3 training points: 1 Red, 2 Blue. The prediction over the plane is not computed yet.');
  });

  it('summarises a regression view with the range of targets and of predictions', () => {
    const grid: PlaneGrid = {
      resolution: 2,
      values: Float64Array.from([-0.5, 0.25, 1.5, 0]),
      outputs: 1,
      domain: [-1, 2],
    };
    expect(
      planeSummary({
        task: 'regression',
        classNames: [],
        train: [p(0, 0, -1), p(1, 1, 2)],
        test: [p(0, 0, 0)],
        showTest: true,
        grid,
      }),
    ).toBe(
      '2 training points with targets from -1 to 2. 1 test point (shown). ' +
        'Predictions over the plane range from -0.5 to 1.5.',
    );
  });

  it('names points and titles for screen readers in plain digits', () => {
    expect(plainText('x₁₂')).toBe('x12');
    expect(pointText(p(0.25, -0.5, 1), 'classification', names, ['x₁', 'x₂'])).toBe(
      'Blue at x1 0.25, x2 -0.5',
    );
    expect(pointText(p(1, 2, 0.75), 'regression', [], ['a', 'b'])).toBe('target 0.75 at a 1, b 2');
    expect(planeTitle('classification')).toBe('Decision boundary');
    expect(planeTitle('regression')).toBe('Regression surface');
    expect(defaultClassNames(3)).toEqual(['Class 0', 'Class 1', 'Class 2']);
    expect(defaultClassNames(1)).toEqual(['Class 0', 'Class 1']);
  });
});
