// The CSV import preview: table, problems naming row and column, and a shape that is exactly
// what loading the produced spec gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CSV_MAX_ROWS, formatCsvIssue, loadData, parseCsv } from '../../src/data';
import {
  CSV_MAX_LAYER_SIZE,
  CSV_PREVIEW_ROWS,
  CSV_TEXT_MAX_BYTES,
  previewCsv,
  readCsvText,
  type CsvPreview,
} from '../../src/data/csvPreview';
import { LIMITS, getPreset, validateScenario } from '../../src/scenario';

const IRIS_LIKE =
  'sepal length,sepal width,petal length,petal width,species\n' +
  Array.from({ length: 12 }, (_, r) => `5.${r},3.${r},1.${r},0.${r},${r % 3}`).join('\n');

function ok(preview: CsvPreview) {
  if (!preview.ok) throw new Error(preview.problems.map(formatCsvIssue).join('; '));
  return preview;
}
const problemsOf = (preview: CsvPreview): string[] =>
  preview.ok ? [] : preview.problems.map(formatCsvIssue);
const readText = () => Promise.reject(new Error('a CSV spec reads no shipped file'));

describe('csvPreview: the table', () => {
  it('reads a header, the first rows, the row count and the last column as default target', () => {
    const p = ok(previewCsv(IRIS_LIKE));
    expect(p.table.hasHeader).toBe(true);
    expect(p.table.columns).toEqual([
      'sepal length',
      'sepal width',
      'petal length',
      'petal width',
      'species',
    ]);
    expect(p.table.rows).toHaveLength(CSV_PREVIEW_ROWS);
    expect(p.table.rows[0]).toEqual(['5.0', '3.0', '1.0', '0.0', '0']);
    expect([p.table.rowCount, p.table.firstRow]).toEqual([12, 2]);
    expect(p.targets).toEqual([4]);
    expect(p.spec).toEqual({ kind: 'csv', text: IRIS_LIKE, targetColumns: ['species'] });
  });

  it('names columns "column 1…" and targets them by index when the first row is data', () => {
    const text = '1,2,0.5\n3,4,1.5\n';
    const p = ok(previewCsv(text));
    expect(p.table.hasHeader).toBe(false);
    expect(p.table.columns).toEqual(['column 1', 'column 2', 'column 3']);
    expect([p.table.rowCount, p.table.firstRow]).toEqual([2, 1]);
    expect(p.spec.targetColumns).toEqual([2]);
  });

  it('targets a duplicated header name by index, since a name would find the first', () => {
    const p = ok(previewCsv('x,x,y\n1,2,3\n4,5,6\n', [1]));
    expect(p.spec.targetColumns).toEqual([1]);
    expect(p.shape.inputNames).toEqual(['x', 'y']);
  });

  it('marks each column numeric or not, even in a file with problems', () => {
    const p = previewCsv('a,b,c\n1,x,2\n3,4,5\n');
    expect(p.table?.numeric).toEqual([true, false, true]);
  });

  it('reads a text once and previews it again for other targets with the same result', () => {
    const read = readCsvText(IRIS_LIKE);
    expect(previewCsv(read, [0, 1])).toEqual(previewCsv(IRIS_LIKE, [0, 1]));
  });
});

describe('csvPreview: the shape', () => {
  it('makes one-hot classes of whole-number labels, named as the loader names them', () => {
    const { shape } = ok(previewCsv(IRIS_LIKE));
    expect(shape).toMatchObject({ rows: 12, nIn: 4, nOut: 3, task: 'classification' });
    expect(shape.classNames).toEqual(['species 0', 'species 1', 'species 2']);
    expect(shape.classes).toEqual(shape.classNames);
  });

  it('makes one 0/1 output of two labels, still naming both classes', () => {
    const { shape } = ok(previewCsv('x,y,ok\n1,2,3\n2,1,7\n4,4,3\n'));
    expect(shape).toMatchObject({ nIn: 2, nOut: 1, task: 'classification', classNames: null });
    expect(shape.classes).toEqual(['ok 3', 'ok 7']);
  });

  it('makes regression of fractional targets and one output per target column', () => {
    const one = ok(previewCsv('x,y\n1,0.5\n2,1.5\n')).shape;
    expect([one.task, one.nOut, one.classes]).toEqual(['regression', 1, null]);
    const two = ok(previewCsv('a,b,c\n1,0,1\n2,1,0\n', [1, 2])).shape;
    expect([two.task, two.nIn, two.nOut, two.targetNames]).toEqual([
      'regression',
      1,
      2,
      ['b', 'c'],
    ]);
  });

  it.each([
    ['iris-like, default target', IRIS_LIKE, undefined],
    ['iris-like, two regression targets', IRIS_LIKE, [0, 3]],
    ['no header, binary', '1,2,0\n2,3,1\n3,1,0\n', undefined],
    ['no header, first column as target', '0.5,2,0\n1.5,3,1\n', [0]],
    ['blank header name', 'a,,c\n1,2,0\n2,3,1\n3,1,2\n', [1]],
    ['blank header name as class target', 'a,b,\n1,2,0\n2,3,1\n3,1,2\n', undefined],
  ])('predicts what the loader builds from its spec: %s', async (_case, text, targets) => {
    const p = ok(previewCsv(text, targets));
    const loaded = await loadData(p.spec, { readText, seed: 1 });
    const { dataset } = loaded;
    expect(p.shape).toMatchObject({
      rows: dataset.n,
      nIn: dataset.nIn,
      nOut: dataset.nOut,
      task: dataset.task,
      classNames: loaded.classNames,
      inputNames: loaded.featureNames,
    });
  });

  it('produces a spec the scenario validator accepts', () => {
    const p = ok(previewCsv(IRIS_LIKE));
    const scenario = {
      ...getPreset('two-two-one')?.scenario,
      network: {
        kind: 'mlp',
        layers: [p.shape.nIn, 5, p.shape.nOut],
        activations: ['tanh', 'softmax'],
      },
      loss: 'cross-entropy',
      data: p.spec,
    };
    expect(validateScenario(scenario)).toMatchObject({ ok: true });
  });

  it('uses the scenario validator’s limits', () => {
    expect(CSV_TEXT_MAX_BYTES).toBe(LIMITS.textBytes);
    expect(CSV_MAX_ROWS).toBe(LIMITS.samples);
    expect(CSV_MAX_LAYER_SIZE).toBe(LIMITS.layerSize);
  });
});

describe('csvPreview: problems name the row and column', () => {
  it.each([
    ['a short row', 'a,b,c\n1,2,3\n4,5\n', 'row 3, column 3: is missing'],
    ['a long row', 'a,b,c\n1,2,3\n4,5,6,7\n', 'row 3, column 4: is past the last column'],
    ['a word among inputs', 'a,b,c\n1,2,3\n4,five,6\n', 'row 3, column 2: column ("b") "five"'],
    ['an empty input cell', '1,2,3\n4,,6\n', 'row 2, column 2: column is empty'],
    [
      'names among numbers as target',
      'a,b\n1,cat\n2,3\n',
      'row 2, column 2: holds text such as "cat" among numbers',
    ],
    [
      'a replacement character',
      'a,b\n1,2\n3,\uFFFD4\n',
      'row 3, column 2: holds bytes that are not UTF-8',
    ],
    ['a NUL byte', 'a,b\n1,2\u0000\n', 'row 2, column 2: holds bytes that are not UTF-8'],
  ])('%s', (_case, text, message) => {
    const p = previewCsv(text);
    expect(p.ok).toBe(false);
    expect(problemsOf(p).join('\n')).toContain(message);
  });

  it('names a target column mixing names and numbers once, not on every row', () => {
    const p = previewCsv('a,b\n1,cat\n2,dog\n3,cat\n4,5\n');
    expect(problemsOf(p)).toHaveLength(1);
  });

  it('takes a target column of names as classes, named in the shape', () => {
    const p = previewCsv('a,b,kind\n1,2,dog\n3,4,cat\n5,6,emu\n7,8,cat\n');
    if (!p.ok) throw new Error(problemsOf(p).join('; '));
    expect(p.shape).toMatchObject({ task: 'classification', nIn: 2, nOut: 3 });
    expect(p.shape.classes).toEqual(['cat', 'dog', 'emu']);
    expect(p.spec.targetColumns).toEqual(['kind']);
  });

  it.each([
    ['an empty text', ' \n\n', 'the CSV text is empty'],
    ['a header alone', 'a,b\n', 'the CSV has a header but no data rows'],
    ['too many rows', `x,y\n${'1,2\n'.repeat(CSV_MAX_ROWS + 1)}`, 'at most 100000 are allowed'],
  ])('reports %s for the file as a whole', (_case, text, message) => {
    expect(problemsOf(previewCsv(text))).toEqual([expect.stringContaining(message)]);
  });

  it('refuses a text over 2 MB, counting UTF-8 bytes rather than characters', () => {
    const ascii = `x,y\n${'1,2\n'.repeat(CSV_TEXT_MAX_BYTES / 4)}`;
    expect(problemsOf(previewCsv(ascii))[0]).toMatch(/^the text is 2\.0 MB .*at most 2 MB/);
    // A header of 2-byte letters: about 1 M characters, but over 2 MB of UTF-8.
    const accented = `${'é'.repeat(CSV_TEXT_MAX_BYTES / 2)},y\n1,2\n`;
    expect(accented.length).toBeLessThanOrEqual(CSV_TEXT_MAX_BYTES);
    expect(problemsOf(previewCsv(accented))[0]).toMatch(/^the text is 2\.0 MB .*at most 2 MB/);
  });

  it('needs an input column and a target column', () => {
    expect(problemsOf(previewCsv('a,b\n1,2\n', [0, 1]))).toEqual([
      'every column is a target: at least one input column is needed',
    ]);
    expect(problemsOf(previewCsv('a,b\n1,2\n', []))).toEqual(['choose at least one target column']);
  });
});

describe('csvPreview: agreement with csv.ts', () => {
  const cell = fc.oneof(
    fc.integer({ min: -50, max: 50 }).map(String),
    fc.double({ min: -1e3, max: 1e3, noNaN: true }).map((v) => v.toFixed(3)),
    fc.constantFrom('x', 'label', 'a b', '', '1e999', '0x10', ' 7 ', 'NaN'),
  );

  it('finds a header exactly when parseCsv does', () => {
    let compared = 0;
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 5 }), (first) => {
        // One more numeric column as the target, so parseCsv reads every first row it can.
        const body = [...first.map(() => '1'), '0'].join(',');
        const text = `${[...first.map((c) => JSON.stringify(c)), '9'].join(',')}\n${body}\n${body}\n`;
        const parsed = parseCsv(text, [first.length]);
        // parseCsv names its header only on success (a first row like 1e999 fails as data).
        if (!parsed.ok) return;
        compared += 1;
        expect(readCsvText(text).table?.hasHeader).toBe(parsed.header !== null);
      }),
      { numRuns: 200 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it('turns a generated numeric table into the shape its values imply, as loading does', async () => {
    const table = fc
      .record({ width: fc.integer({ min: 2, max: 6 }), height: fc.integer({ min: 1, max: 25 }) })
      .chain(({ width, height }) =>
        fc.record({
          header: fc.boolean(),
          values: fc.array(
            fc.array(
              fc.oneof(fc.integer({ min: 0, max: 4 }), fc.double({ min: -9, max: 9, noNaN: true })),
              {
                minLength: width,
                maxLength: width,
              },
            ),
            { minLength: height, maxLength: height },
          ),
          targets: fc.subarray([...Array(width).keys()], { minLength: 1, maxLength: width - 1 }),
        }),
      );
    await fc.assert(
      fc.asyncProperty(table, async ({ header, values, targets }) => {
        const width = values[0].length;
        const names = Array.from({ length: width }, (_, c) => `f${c}`);
        const rows = values.map((r) => r.map((v) => String(v)).join(','));
        const text = (header ? [names.join(','), ...rows] : rows).join('\n');
        const p = ok(previewCsv(text, targets));
        const labels = targets.length === 1 ? values.map((r) => r[targets[0]]) : [];
        const distinct = new Set(labels);
        const isClass =
          distinct.size >= 2 && labels.every((v) => Number.isInteger(v) && v >= 0 && v <= 19);
        expect(p.shape.rows).toBe(values.length);
        expect(p.shape.nIn).toBe(width - targets.length);
        expect(p.shape.task).toBe(isClass ? 'classification' : 'regression');
        expect(p.shape.nOut).toBe(
          isClass ? (distinct.size === 2 ? 1 : distinct.size) : targets.length,
        );
        expect(p.shape.classes?.length ?? 0).toBe(isClass ? distinct.size : 0);
        const loaded = await loadData(p.spec, { readText, seed: 1 });
        expect([loaded.dataset.nIn, loaded.dataset.nOut, loaded.dataset.task]).toEqual([
          p.shape.nIn,
          p.shape.nOut,
          p.shape.task,
        ]);
        expect(loaded.classNames).toEqual(p.shape.classNames);
      }),
      { numRuns: 150 },
    );
  });
});
