// Data sets: seeded generators, the real sets' shapes, and CSV errors that name the place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  generateRegression,
  generateToy,
  parseCsv,
  parseDigits,
  parseIris,
  formatCsvIssue,
} from '../../src/data';

const text = (name: string): string =>
  readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');

describe('toy sets', () => {
  it.each(['xor', 'circle', 'gauss', 'spiral', 'moons'] as const)(
    '%s is the same for a seed, different for another, balanced',
    (kind) => {
      const a = generateToy(kind, 200, 0.2, 5).dataset;
      const b = generateToy(kind, 200, 0.2, 5).dataset;
      const c = generateToy(kind, 200, 0.2, 6).dataset;
      expect(b.inputs).toEqual(a.inputs);
      expect(c.inputs).not.toEqual(a.inputs);
      expect(a.nIn).toBe(2);
      const ones = a.targets.reduce((s, t) => s + t, 0);
      expect(ones).toBeGreaterThan(60);
      expect(ones).toBeLessThan(140);
      for (const v of a.inputs) expect(Math.abs(v)).toBeLessThan(3);
    },
  );

  it('circle puts class 1 inside and class 0 outside when there is no noise', () => {
    const { inputs, targets, n } = generateToy('circle', 100, 0, 1).dataset;
    for (let r = 0; r < n; r += 1) {
      const radius = Math.hypot(inputs[2 * r], inputs[2 * r + 1]);
      if (targets[r] === 1) expect(radius).toBeLessThanOrEqual(0.5 + 1e-12);
      else expect(radius).toBeGreaterThanOrEqual(0.7 - 1e-12);
    }
  });

  it('sine follows sin(πx) when there is no noise', () => {
    const { inputs, targets } = generateRegression('sine', 50, 0, 2).dataset;
    inputs.forEach((x, r) => expect(targets[r]).toBeCloseTo(Math.sin(Math.PI * x), 12));
  });
});

describe('the real sets', () => {
  it('parses iris: 150 flowers, 4 standardised features, 3 one-hot classes', () => {
    const { dataset, classNames } = parseIris(text('iris.csv'));
    expect([dataset.n, dataset.nIn, dataset.nOut]).toEqual([150, 4, 3]);
    expect(classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    const mean =
      Array.from({ length: 150 }, (_, r) => dataset.inputs[r * 4]).reduce((a, b) => a + b) / 150;
    expect(mean).toBeCloseTo(0, 12);
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

describe('CSV', () => {
  it('uses a header, picks targets by name, and makes 0/1 classes of two labels', () => {
    const result = parseCsv('\uFEFFx,y,label\r\n1,2,3\r\n4,5,7\r\n', ['label']);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.header).toEqual(['x', 'y', 'label']);
    expect(Array.from(result.data.dataset.inputs)).toEqual([1, 2, 4, 5]);
    expect(Array.from(result.data.dataset.targets)).toEqual([0, 1]);
    expect(result.data.dataset.task).toBe('classification');
  });

  it('treats real-valued targets as regression and takes columns by index without a header', () => {
    const result = parseCsv('1,0.5\n2,1.5\n3,2.25\n', [1]);
    if (!result.ok) throw new Error('parse failed');
    expect(result.data.dataset.task).toBe('regression');
    expect(Array.from(result.data.dataset.targets)).toEqual([0.5, 1.5, 2.25]);
  });

  it('one-hot encodes more than two classes in ascending label order', () => {
    const result = parseCsv('a,c\n1,2\n2,0\n3,1\n', ['c']);
    if (!result.ok) throw new Error('parse failed');
    expect(Array.from(result.data.dataset.targets)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0]);
  });

  it.each([
    ['', [2], 'the CSV text is empty'],
    ['a,b\n', ['b'], 'the CSV has a header but no data rows'],
    ['a,b,t\n1,2,0\n1,2\n', ['t'], 'row 3: has 2 columns; expected 3 (as in row 1)'],
    ['a,b,t\n1,x,0\n', ['t'], 'row 2, column 2: column ("b") "x" is not a number'],
    ['a,b,t\n1,,0\n', ['t'], 'row 2, column 2: column ("b") is empty'],
    ['a,b,t\n1,2,0\n', ['label'], 'row 1: there is no target column "label" (columns: a, b, t)'],
    ['1,2,3\n', ['label'], 'row 1: target column "label" is named, but the CSV has no header row'],
    [
      'a,b\n1\uFFFD,2\n',
      ['b'],
      'the file is not UTF-8 text (it holds bytes that are not characters)',
    ],
  ] as const)('rejects %j (targets %j) with "%s"', (csv, targets, message) => {
    const result = parseCsv(csv, targets);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map(formatCsvIssue)).toContain(message);
  });

  it('reports every bad row, not just the first', () => {
    const result = parseCsv('a,t\n1,0\nx,1\n2,0\ny,1\n', ['t']);
    if (result.ok) throw new Error('should fail');
    expect(result.issues.map((i) => i.row)).toEqual([3, 5]);
  });
});
