// The data panel's view-models: which view a run gets, points and labels, the curve inputs
// and the classification outcome from outputs for every sample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classNamesOf,
  classOutcome,
  curveInputs,
  dataViewKind,
  hiddenNeuronOf,
  inlineData,
  outputDomain,
  planePoints,
  targetRange,
  type DataSnapshot,
} from '../../src/viz/dataPanel';

const snapshot = (
  nIn: number,
  nOut: number,
  inputs: number[],
  targets: number[],
  test: number[] = [],
): DataSnapshot => {
  const n = inputs.length / nIn;
  const testSet = new Set(test);
  return {
    nIn,
    nOut,
    inputs: Float64Array.from(inputs),
    targets: Float64Array.from(targets),
    train: Uint32Array.from(Array.from({ length: n }, (_, r) => r).filter((r) => !testSet.has(r))),
    test: Uint32Array.from(test),
  };
};

describe('data panel view-models', () => {
  it('gives each run shape its view', () => {
    const run = (sizes: number[], task: 'classification' | 'regression', out = 'sigmoid') => ({
      sizes,
      task,
      activations: [...sizes.slice(2).map(() => 'tanh' as const), out as 'sigmoid'],
    });
    expect(dataViewKind(run([2, 8, 1], 'classification'))).toBe('plane');
    expect(dataViewKind(run([2, 8, 3], 'classification', 'softmax'))).toBe('plane');
    expect(dataViewKind(run([4, 8, 3], 'classification', 'softmax'))).toBe('classes');
    expect(dataViewKind(run([1, 16, 1], 'regression', 'linear'))).toBe('curve');
    expect(dataViewKind(run([2, 16, 1], 'regression', 'linear'))).toBe('surface');
    expect(dataViewKind(run([5, 16, 1], 'regression', 'linear'))).toBe('none');
  });

  it('labels points by class: a threshold for one output, argmax for one-hot targets', () => {
    const one = snapshot(2, 1, [0, 1, 2, 3, 4, 5], [0.9, 0.1, 1]);
    const sigmoid = {
      sizes: [2, 4, 1],
      task: 'classification' as const,
      activations: ['tanh', 'sigmoid'] as const,
    };
    const rule = { kind: 'threshold', low: 0, high: 1, target: 0.5 } as const;
    expect(planePoints(one, one.train, rule)).toEqual([
      { x: 0, y: 1, label: 1 },
      { x: 2, y: 3, label: 0 },
      { x: 4, y: 5, label: 1 },
    ]);
    const hot = snapshot(2, 3, [0, 0, 1, 1], [0, 0, 1, 0, 1, 0]);
    expect(planePoints(hot, hot.train, { kind: 'argmax' }).map((p) => p.label)).toEqual([2, 1]);
    expect(planePoints(one, one.train, null).map((p) => p.label)).toEqual([0.9, 0.1, 1]);
    expect(outputDomain(sigmoid, one)).toEqual([0, 1]);
    expect(outputDomain({ ...sigmoid, activations: ['tanh', 'tanh'] }, one)).toEqual([-1, 1]);
    expect(outputDomain({ ...sigmoid, task: 'regression' }, one)).toEqual([0.1, 1]);
  });

  it('spreads curve inputs evenly over the data range with a margin', () => {
    const data = snapshot(1, 1, [2, -2, 0], [0, 0, 0]);
    const xs = curveInputs(data, 11);
    expect(xs).toHaveLength(11);
    expect(xs[0]).toBeCloseTo(-2.2);
    expect(xs[10]).toBeCloseTo(2.2);
    expect(xs[5]).toBeCloseTo(0);
    expect(targetRange(snapshot(1, 1, [1, 2], [3, 3]))).toEqual([2, 4]);
  });

  it('scores each split: matrices sum to the split size and accuracy is the diagonal share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 })), {
          minLength: 2,
          maxLength: 40,
        }),
        (pairs) => {
          const n = pairs.length;
          const targets = pairs.flatMap(([t]) => [0, 1, 2].map((k) => (k === t ? 1 : 0)));
          const outputs = Float64Array.from(
            pairs.flatMap(([, p]) => [0, 1, 2].map((k) => (k === p ? 0.8 : 0.1))),
          );
          const test = Array.from({ length: Math.floor(n / 2) }, (_, k) => 2 * k);
          const data = snapshot(
            1,
            3,
            Array.from({ length: n }, (_, r) => r),
            targets,
            test,
          );
          const run = {
            sizes: [1, 3],
            task: 'classification' as const,
            activations: ['softmax'] as const,
          };
          const { train, test: held } = classOutcome(run, data, outputs);
          const sum = (m: Uint32Array) => m.reduce((a, b) => a + b, 0);
          expect(sum(train.matrix)).toBe(data.train.length);
          expect(sum(held!.matrix)).toBe(test.length);
          const right = [...data.train].filter((r) => pairs[r][0] === pairs[r][1]).length;
          expect(train.accuracy).toBeCloseTo(right / data.train.length);
        },
      ),
    );
  });

  it('names classes from the data or by number', () => {
    const run = {
      sizes: [2, 1],
      task: 'classification' as const,
      activations: ['sigmoid'] as const,
    };
    expect(classNamesOf(null, run)).toEqual(['class 0', 'class 1']);
    expect(classNamesOf(['a', 'b', 'c'], { ...run, sizes: [2, 3] })).toEqual(['a', 'b', 'c']);
  });
});

describe('inline points', () => {
  it('adds a point with its class target and removes one by data-set row', () => {
    const data = snapshot(2, 1, [0, 0, 1, 1, 2, 2], [0, 1, 0]);
    const added = inlineData(data, { add: { x: 5, y: 6, label: 1 } });
    expect(added.inputs).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
      [5, 6],
    ]);
    expect(added.targets).toEqual([[0], [1], [0], [1]]);
    const removed = inlineData(data, { remove: 1 });
    expect(removed.inputs).toEqual([
      [0, 0],
      [2, 2],
    ]);
    const hot = snapshot(2, 3, [0, 0], [0, 0, 1]);
    expect(inlineData(hot, { add: { x: 1, y: 1, label: 1 } }).targets.at(-1)).toEqual([0, 1, 0]);
  });
});

describe('the hidden neuron a selection is about', () => {
  const sizes = [2, 8, 5, 1];
  it('is the neuron itself, or the one a weight or bias feeds', () => {
    expect(hiddenNeuronOf(sizes, { kind: 'neuron', layer: 2, j: 4 })).toEqual({ layer: 2, j: 4 });
    // a weight or bias of engine layer 0 feeds graph layer 1
    expect(hiddenNeuronOf(sizes, { kind: 'weight', layer: 0, j: 7, i: 1 })).toEqual({
      layer: 1,
      j: 7,
    });
    expect(hiddenNeuronOf(sizes, { kind: 'bias', layer: 1, j: 0 })).toEqual({ layer: 2, j: 0 });
  });
  it('is null for inputs, outputs, what feeds them, and no selection', () => {
    expect(hiddenNeuronOf(sizes, null)).toBeNull();
    expect(hiddenNeuronOf(sizes, { kind: 'neuron', layer: 0, j: 1 })).toBeNull();
    expect(hiddenNeuronOf(sizes, { kind: 'neuron', layer: 3, j: 0 })).toBeNull();
    expect(hiddenNeuronOf(sizes, { kind: 'weight', layer: 2, j: 0, i: 3 })).toBeNull();
    expect(hiddenNeuronOf(sizes, { kind: 'neuron', layer: 1, j: 8 })).toBeNull();
  });
  it('always names a neuron that exists in a hidden layer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 2, maxLength: 5 }),
        fc.constantFrom('neuron', 'weight', 'bias'),
        fc.integer({ min: -1, max: 6 }),
        fc.integer({ min: -1, max: 10 }),
        (sz, kind, layer, j) => {
          const ref =
            kind === 'weight'
              ? { kind, layer, j, i: 0 }
              : ({ kind, layer, j } as { kind: 'neuron' | 'bias'; layer: number; j: number });
          const got = hiddenNeuronOf(sz, ref);
          if (got) {
            expect(got.layer).toBeGreaterThanOrEqual(1);
            expect(got.layer).toBeLessThan(sz.length - 1);
            expect(got.j).toBeLessThan(sz[got.layer]);
            expect(got.j).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });
});
