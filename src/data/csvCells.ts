// The cell stages of the CSV parser: which row is a header, which columns are targets, and
// every cell read as a number (or a class name), each problem named by row and column.
import type { CsvIssue } from './csv';

/** A stage's answer: its value, or the problems that stop the parse. */
export type Stage<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly CsvIssue[] };

export const stageFail = (
  row: number | null,
  column: number | null,
  message: string,
): { readonly ok: false; readonly issues: readonly CsvIssue[] } => ({
  ok: false,
  issues: [{ row, column, message }],
});

/** Report at most this many problems; a badly broken file would otherwise flood the screen. */
const MAX_ISSUES = 20;

/** Decimal numbers only (`-1.5`, `.5`, `2e-3`): not hex, not `Infinity`, not `1,5`. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
export const isNumeric = (cell: string): boolean => NUMBER.test(cell.trim());

/** The first row is a header when one of its cells is not a number while the cell below it
 * is (a column of class names is text all the way down); a lone row, when any cell is text. */
export function isHeader(rows: readonly string[][]): boolean {
  const [top, next] = rows;
  if (!next) return top.some((cell) => !isNumeric(cell));
  return top.some((cell, c) => !isNumeric(cell) && c < next.length && isNumeric(next[c]));
}

/** The rows as read: the header (trimmed) when there is one, and the data rows after it. */
export interface CsvTable {
  readonly header: readonly string[] | null;
  readonly width: number;
  /** Data rows; `lineOf(r)` is data row r's 1-based line in the text. */
  readonly rows: readonly string[][];
  readonly lineOf: (r: number) => number;
}

/** Target columns by header name or 0-based index; every other column is an input. */
export function resolveColumns(
  table: CsvTable,
  targetColumns: readonly (string | number)[],
): Stage<{ targets: number[]; inputs: number[] }> {
  const { header, width } = table;
  const targets: number[] = [];
  for (const wanted of targetColumns) {
    let index: number;
    if (typeof wanted === 'number') index = wanted;
    else if (header) index = header.indexOf(wanted.trim());
    else
      return stageFail(
        1,
        null,
        `target column "${wanted}" is named, but the CSV has no header row`,
      );
    if (!Number.isInteger(index) || index < 0 || index >= width) {
      const known = header ? ` (columns: ${header.join(', ')})` : ` (it has ${width} columns)`;
      return stageFail(1, null, `there is no target column ${JSON.stringify(wanted)}${known}`);
    }
    if (targets.includes(index))
      return stageFail(1, null, `target column ${JSON.stringify(wanted)} is named twice`);
    targets.push(index);
  }
  if (targets.length === 0) return stageFail(null, null, 'choose at least one target column');
  const inputs = [...Array(width).keys()].filter((c) => !targets.includes(c));
  if (inputs.length === 0)
    return stageFail(null, null, 'every column is a target: at least one input column is needed');
  return { ok: true, value: { targets, inputs } };
}

/** A single target whose cells are all names (none a number) holds class names. */
export function holdsNames(table: CsvTable, targets: readonly number[]): boolean {
  const { rows, width } = table;
  return (
    targets.length === 1 &&
    rows.every((row) => row.length !== width || !isNumeric(row[targets[0]])) &&
    rows.some((row) => row.length === width && row[targets[0]].trim() !== '')
  );
}

/** Every cell as a number (row-major, [n, width]); the class-name column, when `named`, as names. */
export function readCells(
  table: CsvTable,
  namedColumn: number | null,
): Stage<{ values: Float64Array; names: string[] }> {
  const { rows, width, header, lineOf } = table;
  const issues: CsvIssue[] = [];
  const names: string[] = [];
  const values = new Float64Array(rows.length * width);
  const columnName = (c: number) => (header ? ` ("${header[c]}")` : '');
  for (let r = 0; r < rows.length && issues.length < MAX_ISSUES; r += 1) {
    const row = rows[r];
    const line = lineOf(r);
    if (row.length !== width) {
      issues.push({
        row: line,
        column: null,
        message: `has ${row.length} columns; expected ${width} (as in row 1)`,
      });
      continue;
    }
    for (let c = 0; c < width && issues.length < MAX_ISSUES; c += 1) {
      const cell = row[c].trim();
      if (c === namedColumn) {
        if (cell === '')
          issues.push({
            row: line,
            column: c + 1,
            message: `column${columnName(c)} has no class name`,
          });
        names[r] = cell;
        continue;
      }
      const value = Number(cell);
      if (!isNumeric(cell) || !Number.isFinite(value)) {
        const what =
          cell === ''
            ? 'is empty'
            : isNumeric(cell)
              ? `${cell} is too large for a number`
              : `${JSON.stringify(cell)} is not a number`;
        issues.push({ row: line, column: c + 1, message: `column${columnName(c)} ${what}` });
        continue;
      }
      values[r * width + c] = value;
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { values, names } };
}
