// CSV text → a data set. Every malformed row is reported with its row and column as a
// spreadsheet numbers them (1-based, header included); the input is never partly used.
import { csvParseRows } from 'd3';
import { stripBom } from './text';
import {
  holdsNames,
  isHeader,
  readCells,
  resolveColumns,
  stageFail,
  type CsvTable,
  type Stage,
} from './csvCells';
import { buildDataset } from './csvDataset';
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
export { CSV_MAX_CLASS_LABEL, CSV_MAX_CLASSES } from './csvDataset';

export function formatCsvIssue(issue: CsvIssue): string {
  const where =
    issue.row === null
      ? ''
      : issue.column === null
        ? `row ${issue.row}: `
        : `row ${issue.row}, column ${issue.column}: `;
  return where + issue.message;
}

/** CSV text → the table of rows: UTF-8 only, trailing blank rows dropped, header detected. */
function readTable(text: string): Stage<CsvTable> {
  if (text.includes('\uFFFD') || text.includes('\u0000')) {
    return stageFail(
      null,
      null,
      'the file is not UTF-8 text (it holds bytes that are not characters)',
    );
  }
  const rows = csvParseRows(stripBom(text));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  if (rows.length === 0) return stageFail(null, null, 'the CSV text is empty');
  const hasHeader = isHeader(rows);
  const first = hasHeader ? 1 : 0;
  const data = rows.slice(first);
  if (data.length === 0) return stageFail(null, null, 'the CSV has a header but no data rows');
  if (data.length > CSV_MAX_ROWS) {
    return stageFail(
      null,
      null,
      `the CSV has ${data.length} rows; at most ${CSV_MAX_ROWS} are allowed`,
    );
  }
  return {
    ok: true,
    value: {
      header: hasHeader ? rows[0].map((c) => c.trim()) : null,
      width: rows[0].length,
      rows: data,
      lineOf: (r) => first + r + 1,
    },
  };
}

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
 *
 * Four named stages, each stopping the parse with its problems: the table, the columns, the
 * cells, the data set.
 */
export function parseCsv(text: string, targetColumns: readonly (string | number)[]): CsvResult {
  const table = readTable(text);
  if (!table.ok) return table;
  const columns = resolveColumns(table.value, targetColumns);
  if (!columns.ok) return columns;
  const { targets, inputs } = columns.value;
  const named = holdsNames(table.value, targets);
  const cells = readCells(table.value, named ? targets[0] : null);
  if (!cells.ok) return cells;
  const built = buildDataset({
    table: table.value,
    targets,
    inputs,
    values: cells.value.values,
    names: named ? cells.value.names : null,
  });
  if (!built.ok) return built;
  return { ok: true, data: built.value, header: table.value.header };
}
