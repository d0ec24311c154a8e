// The confusion matrix, accuracy and misclassified list of a set of outputs against targets:
// hand-worked cases for each class rule, then properties over random outputs (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARGMAX_RULE,
  SIGMOID_RULE,
  TANH_RULE,
  classRuleFor,
  confusion,
  datasetConfusion,
} from '../../src/engine/confusion';
import { predictedClass } from '../../src/engine/evaluate';
import type { Dataset } from '../../src/engine/types';

const oneHot = (classes: number[], k: number) => {
  const t = new Float64Array(classes.length * k);
  classes.forEach((c, r) => (t[r * k + c] = 1));
  return t;
};

describe('confusion with softmax outputs (argmax)', () => {
  // Four samples of 3 classes: rows 0 and 3 right, row 1 (class 1 → 2) and row 2 (class 2 → 0) wrong.
  const outputs = new Float64Array([0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.5, 0.2, 0.3, 0.2, 0.7, 0.1]);
  const targets = oneHot([0, 1, 2, 1], 3);

  it('counts true classes in rows and predicted classes in columns', () => {
    const c = confusion(outputs, targets, 3, ARGMAX_RULE);
    expect(c.classes).toBe(3);
    // prettier-ignore
    expect(Array.from(c.matrix)).toEqual([
      1, 0, 0,
      0, 1, 1,
      1, 0, 0,
    ]);
    expect(Array.from(c.predicted)).toEqual([0, 2, 0, 1]);
    expect(Array.from(c.truth)).toEqual([0, 1, 2, 1]);
    expect(c.correct).toBe(2);
    expect(c.accuracy).toBe(0.5);
  });

  it('lists each wrong sample with its true class, predicted class and that output', () => {
    const c = confusion(outputs, targets, 3, ARGMAX_RULE);
    expect(c.misclassified).toEqual([
      { index: 1, truth: 1, predicted: 2, confidence: 0.6 },
      { index: 2, truth: 2, predicted: 0, confidence: 0.5 },
    ]);
  });

  it('counts only the chosen rows and reports their own row numbers', () => {
    const c = confusion(outputs, targets, 3, ARGMAX_RULE, new Uint32Array([3, 2]));
    expect(c.count).toBe(2);
    expect(c.matrix.reduce((a, b) => a + b, 0)).toBe(2);
    expect(c.misclassified.map((m) => m.index)).toEqual([2]);
    expect(Array.from(c.predicted)).toEqual([1, 0]);
  });

  it('takes the first of tied outputs, as the engine’s predictedClass does', () => {
    const c = confusion(new Float64Array([0.4, 0.4, 0.2]), oneHot([1], 3), 3, ARGMAX_RULE);
    expect(c.predicted[0]).toBe(0);
    expect(c.misclassified).toHaveLength(1);
  });

  it('reads targets and outputs of a Dataset by data-set index', () => {
    const data: Dataset = {
      n: 4,
      nIn: 1,
      nOut: 3,
      inputs: new Float64Array(4),
      targets,
      task: 'classification',
    };
    const c = datasetConfusion(data, outputs, ARGMAX_RULE, [1, 3]);
    expect(c.accuracy).toBe(0.5);
    expect(c.misclassified[0].index).toBe(1);
  });

  it('gives NaN accuracy and an empty matrix for no samples', () => {
    const c = confusion(outputs, targets, 3, ARGMAX_RULE, []);
    expect(c.count).toBe(0);
    expect(Number.isNaN(c.accuracy)).toBe(true);
    expect(Array.from(c.matrix)).toEqual(new Array(9).fill(0));
  });

  it('refuses rows outside the outputs', () => {
    expect(() => confusion(outputs, targets, 3, ARGMAX_RULE, [4])).toThrow(RangeError);
    expect(() => confusion(outputs.subarray(0, 6), targets, 3, ARGMAX_RULE)).toThrow(RangeError);
  });
});

describe('confusion with one output (threshold)', () => {
  it('splits a sigmoid output at 0.5 into a 2×2 matrix with confidence y or 1 − y', () => {
    const y = new Float64Array([0.9, 0.5, 0.2, 0.4]);
    const t = new Float64Array([1, 0, 0, 1]);
    const c = confusion(y, t, 1, SIGMOID_RULE);
    expect(c.classes).toBe(2);
    // [[TN, FP], [FN, TP]] = [[1, 1], [1, 1]]
    expect(Array.from(c.matrix)).toEqual([1, 1, 1, 1]);
    expect(c.misclassified).toEqual([
      { index: 1, truth: 0, predicted: 1, confidence: 0.5 },
      { index: 3, truth: 1, predicted: 0, confidence: 0.6 },
    ]);
  });

  it('splits a tanh output at 0 and reads both 0/1 and −1/+1 targets', () => {
    const y = new Float64Array([0.6, -0.2, 0.1]);
    for (const t of [new Float64Array([1, 0, 0]), new Float64Array([1, -1, -1])]) {
      const c = confusion(y, t, 1, TANH_RULE);
      expect(Array.from(c.predicted)).toEqual([1, 0, 1]);
      expect(Array.from(c.truth)).toEqual([1, 0, 0]);
      expect(c.misclassified).toHaveLength(1);
      // (1 + 0.1) / 2
      expect(c.misclassified[0].confidence).toBeCloseTo(0.55, 12);
    }
  });

  it('agrees with the engine’s predictedClass for sigmoid outputs', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (v) => {
        const y = new Float64Array([v]);
        expect(confusion(y, new Float64Array([0]), 1, SIGMOID_RULE).predicted[0]).toBe(
          predictedClass(y, 1),
        );
      }),
    );
  });

  it('picks argmax for several outputs and the tanh rule only for one tanh output', () => {
    expect(classRuleFor(3, 'softmax')).toBe(ARGMAX_RULE);
    expect(classRuleFor(3, 'tanh')).toBe(ARGMAX_RULE);
    expect(classRuleFor(1, 'tanh')).toBe(TANH_RULE);
    expect(classRuleFor(1, 'sigmoid')).toBe(SIGMOID_RULE);
  });
});

describe('confusion properties', () => {
  const cases = fc.integer({ min: 2, max: 6 }).chain((k) =>
    fc.record({
      k: fc.constant(k),
      rows: fc.array(
        fc.record({
          y: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: k, maxLength: k }),
          t: fc.integer({ min: 0, max: k - 1 }),
        }),
        { minLength: 1, maxLength: 40 },
      ),
    }),
  );
  const run = ({ k, rows }: { k: number; rows: { y: number[]; t: number }[] }) =>
    confusion(
      Float64Array.from(rows.flatMap((r) => r.y)),
      oneHot(
        rows.map((r) => r.t),
        k,
      ),
      k,
      ARGMAX_RULE,
    );

  it('sums to n, with the diagonal / n equal to the accuracy', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { matrix, accuracy, classes } = run(c);
        const n = c.rows.length;
        expect(matrix.reduce((a, b) => a + b, 0)).toBe(n);
        let diagonal = 0;
        for (let t = 0; t < classes; t += 1) diagonal += matrix[t * classes + t];
        expect(accuracy).toBe(diagonal / n);
      }),
    );
  });

  it('lists n − diagonal misclassified samples, each off the diagonal, and row sums match the targets', () => {
    fc.assert(
      fc.property(cases, (c) => {
        const r = run(c);
        const n = c.rows.length;
        expect(r.misclassified).toHaveLength(n - r.correct);
        for (const m of r.misclassified) {
          expect(m.predicted).not.toBe(m.truth);
          expect(m.truth).toBe(c.rows[m.index].t);
          expect(m.confidence).toBe(Math.max(...c.rows[m.index].y));
        }
        for (let t = 0; t < c.k; t += 1) {
          let rowSum = 0;
          for (let p = 0; p < c.k; p += 1) rowSum += r.matrix[t * c.k + p];
          expect(rowSum).toBe(c.rows.filter((row) => row.t === t).length);
        }
      }),
    );
  });
});
