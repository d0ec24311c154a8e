// Data sets: seeded generators, the real sets' shapes, and CSV errors that name the place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DataError,
  generateRegression,
  generateToy,
  inlineOutputCount,
  loadData,
  parseCsv,
  parseDigits,
  parseIris,
  formatCsvIssue,
  type DataFileName,
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

  it('xor labels a point 1 exactly where x·y > 0 when there is no noise', () => {
    const { inputs, targets, n } = generateToy('xor', 200, 0, 4).dataset;
    for (let r = 0; r < n; r += 1) {
      const [x, y] = [inputs[2 * r], inputs[2 * r + 1]];
      expect(targets[r]).toBe(x * y > 0 ? 1 : 0);
      expect(Math.max(Math.abs(x), Math.abs(y))).toBeLessThanOrEqual(1.05);
    }
  });

  it('plane follows 0.6·x₁ − 0.4·x₂ + 0.1 when there is no noise, and noise spreads it', () => {
    const residual = (noise: number): number => {
      const { inputs, targets, n } = generateRegression('plane', 400, noise, 3).dataset;
      let sum = 0;
      for (let r = 0; r < n; r += 1)
        sum += (targets[r] - (0.6 * inputs[2 * r] - 0.4 * inputs[2 * r + 1] + 0.1)) ** 2;
      return Math.sqrt(sum / n);
    };
    expect(residual(0)).toBeLessThan(1e-12);
    // noise 1 → standard deviation 0.3 (documented); 400 draws land well within ±0.05.
    expect(residual(1)).toBeGreaterThan(0.25);
    expect(residual(1)).toBeLessThan(0.35);
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

  it.each([
    ['labels 0..19 are classes', '0,19', 'classification'],
    ['a whole number of 20 is a quantity', '0,20', 'regression'],
    ['a fraction is a quantity', '0,0.5', 'regression'],
    ['a negative number is a quantity', '-1,1', 'regression'],
    ['one distinct value is a quantity', '3,3', 'regression'],
  ])('decides the task: %s', (_rule, labels, task) => {
    const [a, b] = labels.split(',');
    const result = parseCsv(`x,t\n1,${a}\n2,${b}\n`, ['t']);
    if (!result.ok) throw new Error('parse failed');
    expect(result.data.dataset.task).toBe(task);
  });

  it('makes regression of several target columns, one output each', () => {
    const result = parseCsv('x,t,u\n1,0,1\n2,1,0\n', ['t', 'u']);
    if (!result.ok) throw new Error('parse failed');
    expect([result.data.dataset.task, result.data.dataset.nOut]).toEqual(['regression', 2]);
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

  it.each([
    ['0x10', '"0x10" is not a number'],
    ['Infinity', '"Infinity" is not a number'],
    ['1e400', '1e400 is too large for a number'],
    ['1,5', 'has 4 columns; expected 3 (as in row 1)'],
  ])('refuses the cell %s as a number', (cell, message) => {
    const result = parseCsv(`a,b,t\n1,${cell},0\n`, ['t']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatCsvIssue(result.issues[0])).toMatch(message);
  });

  it('reads quoted numbers, signs, leading dots and exponents', () => {
    const result = parseCsv('a,b,t\n"-1.5",.5,0.25\n+2,3e-2,1e1\n', [2]);
    if (!result.ok) throw new Error('parse failed');
    expect(Array.from(result.data.dataset.inputs)).toEqual([-1.5, 0.5, 2, 0.03]);
    expect(Array.from(result.data.dataset.targets)).toEqual([0.25, 10]);
  });

  it('takes a target by index even when the CSV has a header', () => {
    const result = parseCsv('t,a,b\n1,2,3\n0,5,6\n', [0]);
    if (!result.ok) throw new Error('parse failed');
    expect(result.data.featureNames).toEqual(['a', 'b']);
    expect(Array.from(result.data.dataset.targets)).toEqual([1, 0]);
  });

  it('reports every bad row, not just the first', () => {
    const result = parseCsv('a,t\n1,0\nx,1\n2,0\ny,1\n', ['t']);
    if (result.ok) throw new Error('should fail');
    expect(result.issues.map((i) => i.row)).toEqual([3, 5]);
  });
});

describe('loading a data spec', () => {
  const readText = (name: DataFileName): Promise<string> => Promise.resolve(text(name));

  it('infers the output count of inline targets when the network does not give it', async () => {
    expect(inlineOutputCount([[0.5, 1]])).toBe(2);
    expect(inlineOutputCount([0, 2, 1])).toBe(3);
    expect(inlineOutputCount([0, 1])).toBe(1);
    const loaded = await loadData(
      { kind: 'inline', inputs: [[0], [1], [2]], targets: [0, 2, 1] },
      { readText, seed: 1 },
    );
    expect(Array.from(loaded.dataset.targets)).toEqual([1, 0, 0, 0, 0, 1, 0, 1, 0]);
    expect(loaded.dataset.task).toBe('classification');
  });

  it('refuses ragged inline rows with their path even without the validator', async () => {
    const load = loadData(
      { kind: 'inline', inputs: [[0, 1], [1]], targets: [[0], [1]] },
      { readText, seed: 1 },
    );
    await expect(load).rejects.toBeInstanceOf(DataError);
    await expect(load).rejects.toMatchObject({ path: 'data.inputs[1]' });
  });

  it('reads iris and digits through readText', async () => {
    const names: string[] = [];
    const spy = (name: DataFileName): Promise<string> => {
      names.push(name);
      return readText(name);
    };
    const iris = await loadData({ kind: 'iris' }, { readText: spy, seed: 1 });
    const digits = await loadData({ kind: 'digits' }, { readText: spy, seed: 1 });
    expect(names).toEqual(['iris.csv', 'digits.csv']);
    expect([iris.dataset.nOut, digits.dataset.nOut]).toEqual([3, 10]);
  });

  it('draws the same toy set from the same seed and another from another seed', async () => {
    const spec = { kind: 'spiral', samples: 50, noise: 0.3 } as const;
    const a = await loadData(spec, { readText, seed: 9 });
    const b = await loadData(spec, { readText, seed: 9 });
    const c = await loadData(spec, { readText, seed: 10 });
    expect(b.dataset.inputs).toEqual(a.dataset.inputs);
    expect(c.dataset.inputs).not.toEqual(a.dataset.inputs);
  });
});
