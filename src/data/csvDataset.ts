// The last stage of the CSV parser: the read cells → a data set, deciding classification
// (a column of class labels or class names) or regression (anything else).
import { stageFail, type CsvTable, type Stage } from './csvCells';
import type { LoadedData } from './types';

/** Class labels are whole numbers 0..19; a larger whole number is read as a quantity. */
export const CSV_MAX_CLASS_LABEL = 19;
/** At most this many classes in a column of class names (as with labels 0 to 19). */
export const CSV_MAX_CLASSES = CSV_MAX_CLASS_LABEL + 1;

/** Class names in a friendly order: "2" before "10", "a" before "B". */
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;

export interface ReadCells {
  readonly table: CsvTable;
  readonly targets: readonly number[];
  readonly inputs: readonly number[];
  /** Row-major [n, width]. */
  readonly values: Float64Array;
  /** Class names per row when the target column holds names, else null. */
  readonly names: readonly string[] | null;
}

export function buildDataset(cells: ReadCells): Stage<LoadedData> {
  const { table, targets, inputs, values, names } = cells;
  const { header, width } = table;
  const n = table.rows.length;
  const nIn = inputs.length;
  const inputArr = new Float64Array(n * nIn);
  for (let r = 0; r < n; r += 1) {
    inputs.forEach((c, k) => (inputArr[r * nIn + k] = values[r * width + c]));
  }
  const featureNames = inputs.map((c) => (header ? header[c] : `column ${c + 1}`));
  const columnName = (c: number) => (header ? header[c] : `column ${c + 1}`);

  /** A class column as targets: one 0/1 output for two classes, one-hot outputs for more. */
  const classified = <T>(
    labels: readonly T[],
    classes: readonly T[],
    classNames: readonly string[] | null,
  ): Stage<LoadedData> => {
    const nOut = classes.length === 2 ? 1 : classes.length;
    const targetArr = new Float64Array(n * nOut);
    labels.forEach((v, r) => {
      const k = classes.indexOf(v);
      if (nOut === 1) targetArr[r] = k;
      else targetArr[r * nOut + k] = 1;
    });
    const dataset = { n, nIn, nOut, inputs: inputArr, targets: targetArr };
    return {
      ok: true,
      value: {
        dataset: { ...dataset, task: 'classification' },
        featureNames,
        classNames,
        label: `CSV (${n} rows, ${classes.length} classes)`,
      },
    };
  };

  if (names) {
    const classes = [...new Set(names)].sort(byName);
    const name = header ? `"${header[targets[0]]}"` : `column ${targets[0] + 1}`;
    if (classes.length < 2 || classes.length > CSV_MAX_CLASSES)
      return stageFail(
        null,
        targets[0] + 1,
        `${name} holds ${classes.length} different class ${classes.length === 1 ? 'name' : 'names'}; a class column needs 2 to ${CSV_MAX_CLASSES}`,
      );
    return classified(names, classes, classes);
  }
  const labels =
    targets.length === 1
      ? Array.from({ length: n }, (_, r) => values[r * width + targets[0]])
      : null;
  const distinct = labels ? [...new Set(labels)].sort((a, b) => a - b) : [];
  const isClass =
    labels !== null &&
    distinct.length >= 2 &&
    distinct.every((v) => Number.isInteger(v) && v >= 0 && v <= CSV_MAX_CLASS_LABEL);
  if (labels && isClass) {
    // numbered classes are named after their column, and only when there are several outputs
    const classNames =
      distinct.length > 2 ? distinct.map((v) => `${columnName(targets[0])} ${v}`) : null;
    return classified(labels, distinct, classNames);
  }
  const nOut = targets.length;
  const targetArr = new Float64Array(n * nOut);
  for (let r = 0; r < n; r += 1)
    targets.forEach((c, k) => (targetArr[r * nOut + k] = values[r * width + c]));
  return {
    ok: true,
    value: {
      dataset: { n, nIn, nOut, inputs: inputArr, targets: targetArr, task: 'regression' },
      featureNames,
      classNames: null,
      label: `CSV (${n} rows)`,
    },
  };
}
