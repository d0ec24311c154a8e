// A data spec (from a scenario) → a loaded data set. The caller supplies readText, so the
// same code reads public/data/ with fs in Node and with fetch in the browser.
import { formatCsvIssue, parseCsv } from './csv';
import { parseDigits, parseIris } from './real';
import { generateRegression, generateToy } from './toy';
import { DataError, type DataSpec, type LoadedData, type ReadText } from './types';

/** Inline rows → a data set; a number target is a class index, one-hot over nOut outputs. */
export function inlineData(
  inputs: readonly (readonly number[])[],
  targets: readonly (readonly number[] | number)[],
  nOut: number,
): LoadedData {
  const n = inputs.length;
  const nIn = inputs[0]?.length ?? 0;
  inputs.forEach((row, r) => {
    if (row.length !== nIn)
      throw new DataError(`data.inputs[${r}]`, `must have ${nIn} values, not ${row.length}`);
  });
  targets.forEach((t, r) => {
    const bad =
      typeof t === 'number'
        ? !(Number.isInteger(t) && t >= 0 && (t < nOut || t <= 1))
        : t.length !== nOut;
    if (bad)
      throw new DataError(
        `data.targets[${r}]`,
        `does not fit ${nOut} output${nOut === 1 ? '' : 's'}`,
      );
  });
  const targetArr = new Float64Array(n * nOut);
  let classIndices = 0;
  targets.forEach((t, r) => {
    if (typeof t === 'number') {
      classIndices += 1;
      if (nOut === 1) targetArr[r] = t;
      else targetArr[r * nOut + t] = 1;
    } else {
      targetArr.set(t, r * nOut);
    }
  });
  // Classification when targets are class indices, one-hot rows, or 0/1 for one output.
  const rows = targets.map((t) => (typeof t === 'number' ? null : t));
  const isZeroOne = (v: number): boolean => v === 0 || v === 1;
  const isOneHot = (t: readonly number[]): boolean =>
    t.every(isZeroOne) && t.filter((v) => v === 1).length === 1;
  const classification =
    classIndices > 0 ||
    (nOut > 1 && rows.every((t) => t === null || isOneHot(t))) ||
    (nOut === 1 && n > 1 && rows.every((t) => t === null || isZeroOne(t[0])));
  const task = classification ? 'classification' : 'regression';
  return {
    dataset: { n, nIn, nOut, inputs: Float64Array.from(inputs.flat()), targets: targetArr, task },
    featureNames: Array.from({ length: nIn }, (_, k) => `x${k + 1}`),
    classNames: null,
    label: `${n} sample${n === 1 ? '' : 's'}`,
  };
}

/**
 * The output count inline targets imply when the network's is not given: the length of
 * the first target row, or, when every target is a class index, max + 1 (one 0/1 output
 * when the indices are only 0 and 1).
 */
export function inlineOutputCount(targets: readonly (readonly number[] | number)[]): number {
  const row = targets.find((t) => typeof t !== 'number');
  if (row !== undefined) return row.length;
  const top = Math.max(0, ...targets.map((t) => (typeof t === 'number' ? t : 0)));
  return top <= 1 ? 1 : top + 1;
}

export interface LoadOptions {
  /** Reads a shipped file: fs in Node, fetch in the browser. */
  readonly readText: ReadText;
  /** The scenario's seed; toy sets draw from its 'data' stream. */
  readonly seed: number;
  /** The network's output size, for inline class-index targets; inferred when absent. */
  readonly nOut?: number;
}

/**
 * The data a scenario carries itself (inline rows or CSV text), loaded at once; null for
 * generated and shipped data. Throws DataError naming row and column, as loadData does.
 */
export function loadCarriedData(spec: DataSpec, nOut?: number): LoadedData | null {
  switch (spec.kind) {
    case 'inline':
      return inlineData(spec.inputs, spec.targets, nOut ?? inlineOutputCount(spec.targets));
    case 'csv': {
      const result = parseCsv(spec.text, spec.targetColumns);
      if (!result.ok)
        throw new DataError('data.text', result.issues.map(formatCsvIssue).join('; '));
      return result.data;
    }
    default:
      return null;
  }
}

export async function loadData(spec: DataSpec, options: LoadOptions): Promise<LoadedData> {
  switch (spec.kind) {
    case 'inline':
    case 'csv':
      return loadCarriedData(spec, options.nOut)!;
    case 'xor':
    case 'circle':
    case 'gauss':
    case 'spiral':
    case 'moons':
      return generateToy(spec.kind, spec.samples, spec.noise, options.seed);
    case 'sine':
    case 'plane':
      return generateRegression(spec.kind, spec.samples, spec.noise, options.seed);
    case 'iris':
      return parseIris(await options.readText('iris.csv'));
    case 'digits':
      return parseDigits(await options.readText('digits.csv'));
  }
}
