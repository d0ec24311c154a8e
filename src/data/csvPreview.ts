// A CSV import's preview: the table as read, the problems (each naming row and column as a
// spreadsheet does) and the shape loading it would give. Pure, no DOM. It never re-decides what
// csv.ts decides (header, numbers, class or quantity): it asks parseCsv, so it cannot drift.
import { csvParseRows } from 'd3';
import { CSV_MAX_CLASS_LABEL, parseCsv, type CsvIssue } from './csv';
import { stripBom } from './text';
import type { DataSpec } from './types';

/** The scenario schema's limit on `data.text` (LIMITS.textBytes; a test holds them equal). */
export const CSV_TEXT_MAX_BYTES = 2 * 1024 * 1024;
/** The scenario schema's largest layer (LIMITS.layerSize): the most input columns. */
export const CSV_MAX_LAYER_SIZE = 1024;
export const CSV_PREVIEW_ROWS = 8;

export type CsvSpec = Extract<DataSpec, { kind: 'csv' }>;

export interface CsvTable {
  readonly hasHeader: boolean;
  /** One name per column: the header's, or "column 1", "column 2", … without a header. */
  readonly columns: readonly string[];
  /** The first CSV_PREVIEW_ROWS data rows, cells as written. */
  readonly rows: readonly (readonly string[])[];
  /** Data rows, the header excluded. */
  readonly rowCount: number;
  /** The spreadsheet row of the first data row: 2 after a header, else 1. */
  readonly firstRow: number;
  /** Per column: every data cell is a number the loader accepts. */
  readonly numeric: readonly boolean[];
}

export interface CsvShape {
  readonly rows: number;
  readonly nIn: number;
  readonly nOut: number;
  readonly task: 'classification' | 'regression';
  readonly inputNames: readonly string[];
  readonly targetNames: readonly string[];
  /** The loader's class names: one per output with 3+ classes, null for one 0/1 output. */
  readonly classNames: readonly string[] | null;
  /** Every class's name in label order (two classes included); null for regression. */
  readonly classes: readonly string[] | null;
}

export type CsvPreview =
  | {
      readonly ok: true;
      readonly table: CsvTable;
      readonly targets: readonly number[];
      readonly shape: CsvShape;
      readonly spec: CsvSpec;
    }
  | {
      readonly ok: false;
      readonly table: CsvTable | null;
      readonly targets: readonly number[];
      readonly problems: readonly CsvIssue[];
    };

const quote = (cell: string): string =>
  /["\r\n,]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/** Every cell is a number parseCsv accepts: asked of parseCsv, each cell beside a 0. */
export function isNumericColumn(cells: readonly string[]): boolean {
  if (cells.length === 0) return true;
  // A non-number in the first cell makes that line a header, so a header means "not numeric".
  const distinct = [...new Set(cells)];
  const result = parseCsv(distinct.map((c) => `${quote(c)},0`).join('\n'), [1]);
  return result.ok && result.header === null;
}

/** csv.ts's header rule, asked of parseCsv: this row over a row of zeros. */
function isHeaderRow(cells: readonly string[]): boolean {
  const zeros = cells.map(() => '0');
  const text = `${[...cells, '0'].map(quote).join(',')}\n${[...zeros, '0'].join(',')}`;
  const result = parseCsv(text, [cells.length]);
  return result.ok && result.header !== null;
}

/** The rows as csv.ts reads them: BOM dropped, trailing blank rows ignored. */
function readRows(text: string): string[][] {
  const rows = csvParseRows(stripBom(text));
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return rows;
}

function tableOf(text: string, rows: readonly (readonly string[])[]): CsvTable {
  const hasHeader = isHeaderRow(rows[0]);
  const first = hasHeader ? 1 : 0;
  const data = rows.slice(first);
  const columns = rows[0].map((cell, c) =>
    hasHeader && cell.trim() !== '' ? cell.trim() : `column ${c + 1}`,
  );
  // One parse settles a clean file; only a file with problems is checked column by column.
  const clean = columns.length > 1 && parseCsv(text, [0]).ok;
  const cellsOf = (c: number): string[] => data.filter((r) => c < r.length).map((r) => r[c]);
  return {
    hasHeader,
    columns,
    rows: data.slice(0, CSV_PREVIEW_ROWS),
    rowCount: data.length,
    firstRow: first + 1,
    numeric: columns.map((_, c) => clean || isNumericColumn(cellsOf(c))),
  };
}

/** The default target: the last column. */
export const defaultTargets = (table: CsvTable): number[] => [table.columns.length - 1];

/** The scenario's targetColumns: header names when unambiguous, else 0-based indices. */
function targetColumnsOf(table: CsvTable, targets: readonly number[]): (string | number)[] {
  const name = (c: number): string | number => {
    const n = table.columns[c];
    const unique = table.columns.indexOf(n) === c && table.columns.lastIndexOf(n) === c;
    return table.hasHeader && unique && n !== `column ${c + 1}` ? n : c;
  };
  return targets.map(name);
}

function utf8Bytes(text: string): number {
  // Each UTF-16 unit is at least one UTF-8 byte, so a long text needs no counting.
  return text.length > CSV_TEXT_MAX_BYTES ? text.length : new TextEncoder().encode(text).length;
}

const problem = (row: number | null, column: number | null, message: string): CsvIssue => ({
  row,
  column,
  message,
});
const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The first cell holding U+FFFD (what a decoder leaves of a byte that is not UTF-8) or NUL. */
function encodingProblem(rows: readonly (readonly string[])[]): CsvIssue | null {
  for (let r = 0; r < rows.length; r += 1) {
    const c = rows[r].findIndex((cell) => cell.includes('\uFFFD') || cell.includes('\u0000'));
    if (c >= 0)
      return problem(
        r + 1,
        c + 1,
        'holds bytes that are not UTF-8 text; save the file as "CSV UTF-8" and choose it again',
      );
  }
  return null;
}

/** Spreadsheet-style wording for parseCsv's issues: ragged rows get the column that is off,
 * and a target column mixing names and numbers gets one problem, not one per row. */
function explain(
  issues: readonly CsvIssue[],
  rows: readonly (readonly string[])[],
  targets: readonly number[],
): CsvIssue[] {
  const width = rows[0].length;
  const named = new Set<number>();
  const out: CsvIssue[] = [];
  for (const issue of issues) {
    const row = issue.row === null ? undefined : rows[issue.row - 1];
    if (row && issue.column === null && row.length !== width) {
      const n = row.length;
      out.push(
        n < width
          ? problem(
              issue.row,
              n + 1,
              `is missing: this row has ${n} of the ${width} columns of row 1`,
            )
          : problem(
              issue.row,
              width + 1,
              `is past the last column: this row has ${n}, row 1 has ${width}`,
            ),
      );
      continue;
    }
    const c = issue.column === null ? -1 : issue.column - 1;
    const cell = row && c >= 0 ? row[c].trim() : '';
    if (targets.includes(c) && cell !== '' && !isNumericColumn([cell])) {
      if (!named.has(c))
        out.push(
          problem(
            issue.row,
            issue.column,
            `holds text such as ${JSON.stringify(cell)} among numbers: a target column is all ` +
              `numbers, or all class names (or labels 0 to ${CSV_MAX_CLASS_LABEL})`,
          ),
        );
      named.add(c);
      continue;
    }
    out.push(issue);
  }
  return out;
}

/** The class names in label order, as the loader names them (it names none for two numbers). */
function classesOf(
  rows: readonly (readonly string[])[],
  table: CsvTable,
  target: number,
  classNames: readonly string[] | null,
): string[] {
  if (classNames) return [...classNames];
  const name = table.hasHeader ? rows[0][target].trim() : `column ${target + 1}`;
  const labels = rows.slice(table.firstRow - 1).map((r) => Number(r[target].trim()));
  return [...new Set(labels)].sort((a, b) => a - b).map((v) => `${name} ${v}`);
}

/** A CSV text read once: its table and any problem of the text as a whole. Read it once per
 * text and pass it to previewCsv as the learner changes the targets. */
export interface CsvText {
  readonly text: string;
  readonly rows: readonly (readonly string[])[];
  /** Null when the text is empty or too large to read. */
  readonly table: CsvTable | null;
  /** Too large, empty, or not UTF-8: no choice of targets can fix it. */
  readonly problem: CsvIssue | null;
}

export function readCsvText(text: string): CsvText {
  const bytes = utf8Bytes(text);
  if (bytes > CSV_TEXT_MAX_BYTES) {
    const message = `the text is ${megabytes(bytes)} (${bytes} bytes); at most 2 MB (${CSV_TEXT_MAX_BYTES} bytes) can be imported`;
    return { text, rows: [], table: null, problem: problem(null, null, message) };
  }
  const rows = readRows(text);
  if (rows.length === 0)
    return { text, rows, table: null, problem: problem(null, null, 'the CSV text is empty') };
  return { text, rows, table: tableOf(text, rows), problem: encodingProblem(rows) };
}

/**
 * What importing a CSV text with these target columns (0-based; default the last) would give:
 * the table, and either the network shape and the scenario's data spec, or the problems.
 */
export function previewCsv(input: string | CsvText, chosen?: readonly number[]): CsvPreview {
  const {
    text,
    rows,
    table,
    problem: whole,
  } = typeof input === 'string' ? readCsvText(input) : input;
  if (table === null) return { ok: false, table, targets: [], problems: whole ? [whole] : [] };
  const width = table.columns.length;
  const targets =
    chosen === undefined
      ? defaultTargets(table)
      : [...new Set(chosen)].filter((c) => Number.isInteger(c) && c >= 0 && c < width);
  const fail = (problems: CsvIssue[]): CsvPreview => ({ ok: false, table, targets, problems });
  if (whole) return fail([whole]);

  const result = parseCsv(text, targets);
  if (!result.ok) return fail(explain(result.issues, rows, targets));
  const { dataset, featureNames, classNames } = result.data;
  if (dataset.nIn > CSV_MAX_LAYER_SIZE || dataset.nOut > CSV_MAX_LAYER_SIZE) {
    const [n, what] =
      dataset.nIn > CSV_MAX_LAYER_SIZE ? [dataset.nIn, 'input'] : [dataset.nOut, 'output'];
    return fail([
      problem(1, null, `${n} ${what} columns; a layer holds at most ${CSV_MAX_LAYER_SIZE} neurons`),
    ]);
  }
  const classification = dataset.task === 'classification';
  return {
    ok: true,
    table,
    targets,
    shape: {
      rows: dataset.n,
      nIn: dataset.nIn,
      nOut: dataset.nOut,
      task: dataset.task,
      inputNames: featureNames,
      targetNames: targets.map((c) => table.columns[c]),
      classNames,
      classes: classification ? classesOf(rows, table, targets[0], classNames) : null,
    },
    spec: { kind: 'csv', text, targetColumns: targetColumnsOf(table, targets) },
  };
}
