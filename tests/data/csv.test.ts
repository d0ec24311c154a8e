// CSV: headers, target columns, the class-or-quantity rule, and errors that name the row
// and column as a spreadsheet shows them.
import { describe, expect, it } from 'vitest';
import { formatCsvIssue, parseCsv } from '../../src/data';

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

describe('a target column of class names', () => {
  const ok = (text: string, targets: (string | number)[]) => {
    const r = parseCsv(text, targets);
    if (!r.ok) throw new Error(r.issues.map(formatCsvIssue).join('; '));
    return r;
  };

  it('gives one-hot outputs in name order, the names as the classes', () => {
    const r = ok('x,y,species\n1,2,virginica\n3,4,setosa\n5,6,versicolor\n7,8,setosa\n', [
      'species',
    ]);
    const { dataset, classNames } = r.data;
    expect(classNames).toEqual(['setosa', 'versicolor', 'virginica']);
    expect(dataset.task).toBe('classification');
    expect(Array.from(dataset.targets)).toEqual([0, 0, 1, 1, 0, 0, 0, 1, 0, 1, 0, 0]);
    expect(r.data.label).toBe('CSV (4 rows, 3 classes)');
  });

  it('gives one 0/1 output for two names, keeping both names', () => {
    const r = ok('a,b,answer\n1,2,yes\n3,4,no\n5,6,yes\n', ['answer']);
    expect(r.data.dataset.nOut).toBe(1);
    expect(Array.from(r.data.dataset.targets)).toEqual([1, 0, 1]);
    expect(r.data.classNames).toEqual(['no', 'yes']);
  });

  it('orders names as a person would ("class 2" before "class 10") and reads them without a header', () => {
    const r = ok('1,2,class 10\n3,4,class 2\n5,6,class 10\n', [2]);
    expect(r.header).toBeNull();
    expect(r.data.dataset.n).toBe(3);
    expect(r.data.classNames).toEqual(['class 2', 'class 10']);
  });

  it.each([
    ['a,t\n1,cat\n2,cat\n', '"t" holds 1 different class name; a class column needs 2 to 20'],
    [
      `a,t\n${Array.from({ length: 21 }, (_, k) => `${k},c${k}`).join('\n')}\n`,
      '"t" holds 21 different class names; a class column needs 2 to 20',
    ],
    ['a,t\n1,cat\n2,\n3,dog\n', 'row 3, column 2: column ("t") has no class name'],
    ['a,b,t\n1,2,cat\n3,x,dog\n', 'row 3, column 2: column ("b") "x" is not a number'],
  ])('refuses %j with a message naming where', (text, message) => {
    const r = parseCsv(text, ['t']);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map(formatCsvIssue)).toContain(message);
  });

  it('is a class column only when it is the one target', () => {
    const r = parseCsv('a,t,u\n1,cat,2\n2,dog,3\n', ['t', 'u']);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues.map(formatCsvIssue)[0]).toBe(
        'row 2, column 2: column ("t") "cat" is not a number',
      );
  });
});
