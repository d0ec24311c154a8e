// CSV text → a data set. Every malformed row is reported with its row and column as a
// spreadsheet numbers them (1-based, header included); the input is never partly used.
import { csvParseRows } from 'd3';
import { stripBom } from './text';
import type { LoadedData } from './types';

export interface CsvIssue {
  /** 1-based line of the text, as a spreadsheet shows it; null for the file as a whole. */
  readonly row: number | null;
  /** 1-based column; null for the row as a whole. */
  readonly column: number | null;
  readonly message: string;
}

export type CsvResult =
  | { readonly ok: true; readonly data: LoadedData; readonly header: readonly string[] | null }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

export const CSV_MAX_ROWS = 100_000;
/** Class labels are whole numbers 0..19; a larger whole number is read as a quantity. */
export const CSV_MAX_CLASS_LABEL = 19;
/** Report at most this many problems; a badly broken file would otherwise flood the screen. */
const MAX_ISSUES = 20;

export function formatCsvIssue(issue: CsvIssue): string {
  const where =
    issue.row === null
      ? ''
      : issue.column === null
        ? `row ${issue.row}: `
        : `row ${issue.row}, column ${issue.column}: `;
  return where + issue.message;
}

/** Decimal numbers only (`-1.5`, `.5`, `2e-3`): not hex, not `Infinity`, not `1,5`. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const isNumeric = (cell: string): boolean => NUMBER.test(cell.trim());

/** At most this many classes in a column of class names (as with labels 0 to 19). */
export const CSV_MAX_CLASSES = CSV_MAX_CLASS_LABEL + 1;

/** The first row is a header when one of its cells is not a number while the cell below it
 * is (a column of class names is text all the way down); a lone row, when any cell is text. */
function isHeader(rows: readonly string[][]): boolean {
  const [top, next] = rows;
  if (!next) return top.some((cell) => !isNumeric(cell));
  return top.some((cell, c) => !isNumeric(cell) && c < next.length && isNumeric(next[c]));
}

/** Class names in a friendly order: "2" before "10", "a" before "B". */
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

/**
 * Parses CSV text (comma-separated, optional quotes, \n or \r\n, optional UTF-8 BOM). The
 * first row is a header when one of its cells is text above a number (see isHeader). Targets
 * are chosen by header name or 0-based column index; every other column is an input.
 *
 * Classification or regression: a single target column whose values are all whole numbers
 * from 0 to 19, at least two of them distinct, is a class label — two classes give one 0/1 output
 * (the smaller label is 0), more give one-hot outputs in ascending label order. A single target
 * column of names (no cell a number: "setosa", "versicolor", …) is a class label too, its
 * classes in name order, 2 to 20 of them. Anything else is regression, with one output per
 * target column.
 */
export function parseCsv(text: string, targetColumns: readonly (string | number)[]): CsvResult {
  const issues: CsvIssue[] = [];
  const fail = (row: number | null, column: number | null, message: string): CsvResult => ({
    ok: false,
    issues: [{ row, column, message }],
  });
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    return fail(null, null, 'the file is not UTF-8 text (it holds bytes that are not characters)');
  }
  const rows = csvParseRows(stripBom(text));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  if (rows.length === 0) return fail(null, null, 'the CSV text is empty');

  const hasHeader = isHeader(rows);
  const header = hasHeader ? rows[0].map((c) => c.trim()) : null;
  const width = rows[0].length;
  const first = hasHeader ? 1 : 0;
  const nRows = rows.length - first;
  if (nRows === 0) return fail(null, null, 'the CSV has a header but no data rows');
  if (nRows > CSV_MAX_ROWS) {
    return fail(null, null, `the CSV has ${nRows} rows; at most ${CSV_MAX_ROWS} are allowed`);
  }

  const targets: number[] = [];
  for (const wanted of targetColumns) {
    let index: number;
    if (typeof wanted === 'number') index = wanted;
    else if (header) index = header.indexOf(wanted.trim());
    else return fail(1, null, `target column "${wanted}" is named, but the CSV has no header row`);
    if (!Number.isInteger(index) || index < 0 || index >= width) {
      const known = header ? ` (columns: ${header.join(', ')})` : ` (it has ${width} columns)`;
      return fail(1, null, `there is no target column ${JSON.stringify(wanted)}${known}`);
    }
    if (targets.includes(index))
      return fail(1, null, `target column ${JSON.stringify(wanted)} is named twice`);
    targets.push(index);
  }
  if (targets.length === 0) return fail(null, null, 'choose at least one target column');
  const inputs = [...Array(width).keys()].filter((c) => !targets.includes(c));
  if (inputs.length === 0)
    return fail(null, null, 'every column is a target: at least one input column is needed');

  // a single target whose cells are all names (none a number) holds class names
  const named =
    targets.length === 1 &&
    rows.slice(first).every((row) => row.length !== width || !isNumeric(row[targets[0]])) &&
    rows.slice(first).some((row) => row.length === width && row[targets[0]].trim() !== '');
  const names: string[] = [];
  const values = new Float64Array(nRows * width);
  for (let r = 0; r < nRows && issues.length < MAX_ISSUES; r += 1) {
    const row = rows[first + r];
    const line = first + r + 1;
    if (row.length !== width) {
      issues.push({
        row: line,
        column: null,
        message: `has ${row.length} columns; expected ${width} (as in row 1)`,
      });
      continue;
    }
    for (let c = 0; c < width; c += 1) {
      const cell = row[c].trim();
      if (named && c === targets[0]) {
        if (cell === '') {
          const name = header ? ` ("${header[c]}")` : '';
          issues.push({ row: line, column: c + 1, message: `column${name} has no class name` });
          if (issues.length >= MAX_ISSUES) break;
        }
        names[r] = cell;
        continue;
      }
      const value = Number(cell);
      if (!isNumeric(cell) || !Number.isFinite(value)) {
        const name = header ? ` ("${header[c]}")` : '';
        const what =
          cell === ''
            ? 'is empty'
            : isNumeric(cell)
              ? `${cell} is too large for a number`
              : `${JSON.stringify(cell)} is not a number`;
        issues.push({ row: line, column: c + 1, message: `column${name} ${what}` });
        if (issues.length >= MAX_ISSUES) break;
        continue;
      }
      values[r * width + c] = value;
    }
  }
  if (issues.length > 0) return { ok: false, issues };

  const column = (c: number): number[] =>
    Array.from({ length: nRows }, (_, r) => values[r * width + c]);
  const nIn = inputs.length;
  const inputArr = new Float64Array(nRows * nIn);
  for (let r = 0; r < nRows; r += 1) {
    inputs.forEach((c, k) => (inputArr[r * nIn + k] = values[r * width + c]));
  }
  const featureNames = inputs.map((c) => (header ? header[c] : `column ${c + 1}`));
  /** A class column as targets: one 0/1 output for two classes, one-hot outputs for more. */
  const classified = <T>(
    labels: readonly T[],
    classes: readonly T[],
    classNames: readonly string[] | null,
  ): CsvResult => {
    const nOut = classes.length === 2 ? 1 : classes.length;
    const targetArr = new Float64Array(nRows * nOut);
    labels.forEach((v, r) => {
      const k = classes.indexOf(v);
      if (nOut === 1) targetArr[r] = k;
      else targetArr[r * nOut + k] = 1;
    });
    return {
      ok: true,
      header,
      data: {
        dataset: {
          n: nRows,
          nIn,
          nOut,
          inputs: inputArr,
          targets: targetArr,
          task: 'classification',
        },
        featureNames,
        classNames,
        label: `CSV (${nRows} rows, ${classes.length} classes)`,
      },
    };
  };

  if (named) {
    const classes = [...new Set(names)].sort(byName);
    const name = header ? `"${header[targets[0]]}"` : `column ${targets[0] + 1}`;
    if (classes.length < 2 || classes.length > CSV_MAX_CLASSES)
      return fail(
        null,
        targets[0] + 1,
        `${name} holds ${classes.length} different class ${classes.length === 1 ? 'name' : 'names'}; a class column needs 2 to ${CSV_MAX_CLASSES}`,
      );
    return classified(names, classes, classes);
  }
  const labels = targets.length === 1 ? column(targets[0]) : null;
  const distinct = labels ? [...new Set(labels)].sort((a, b) => a - b) : [];
  const isClass =
    labels !== null &&
    distinct.length >= 2 &&
    distinct.every((v) => Number.isInteger(v) && v >= 0 && v <= CSV_MAX_CLASS_LABEL);
  if (labels && isClass) {
    const name = header ? header[targets[0]] : `column ${targets[0] + 1}`;
    // numbered classes are named after their column, and only when there are several outputs
    const classNames = distinct.length > 2 ? distinct.map((v) => `${name} ${v}`) : null;
    return classified(labels, distinct, classNames);
  }
  const nOut = targets.length;
  const targetArr = new Float64Array(nRows * nOut);
  for (let r = 0; r < nRows; r += 1)
    targets.forEach((c, k) => (targetArr[r * nOut + k] = values[r * width + c]));
  return {
    ok: true,
    header,
    data: {
      dataset: { n: nRows, nIn, nOut, inputs: inputArr, targets: targetArr, task: 'regression' },
      featureNames,
      classNames: null,
      label: `CSV (${nRows} rows)`,
    },
  };
}
