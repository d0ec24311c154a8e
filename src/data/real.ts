// The real data sets shipped in public/data/, parsed from their text so Node and the
// browser share one parser: Fisher's iris and the UCI 8×8 handwritten digits.
import { parseCsv, formatCsvIssue } from './csv';
import { DataError, type LoadedData } from './types';

const IRIS_FEATURES = ['sepal length', 'sepal width', 'petal length', 'petal width'];

function parseOrThrow(path: string, text: string, target: number): LoadedData {
  const result = parseCsv(text, [target]);
  if (!result.ok) throw new DataError(path, result.issues.map(formatCsvIssue).join('; '));
  return result.data;
}

/**
 * iris.csv: a first line "150,4,setosa,versicolor,virginica" (rows, features, class names),
 * then 4 measurements in cm and a class index. Features are standardised (z-scores over all
 * 150 flowers) so that one learning rate suits all four.
 */
export function parseIris(text: string): LoadedData {
  const newline = text.indexOf('\n');
  const meta = text.slice(0, newline).trim().split(',');
  const classNames = meta.slice(2);
  const parsed = parseOrThrow('data (iris.csv)', text.slice(newline + 1), 4);
  const { dataset } = parsed;
  const { n, nIn } = dataset;
  const inputs = Float64Array.from(dataset.inputs);
  for (let c = 0; c < nIn; c += 1) {
    let mean = 0;
    for (let r = 0; r < n; r += 1) mean += inputs[r * nIn + c];
    mean /= n;
    let variance = 0;
    for (let r = 0; r < n; r += 1) variance += (inputs[r * nIn + c] - mean) ** 2;
    const sd = Math.sqrt(variance / n) || 1;
    for (let r = 0; r < n; r += 1) inputs[r * nIn + c] = (inputs[r * nIn + c] - mean) / sd;
  }
  return {
    dataset: { ...dataset, inputs },
    featureNames: IRIS_FEATURES,
    classNames:
      classNames.length === dataset.nOut ? classNames : ['setosa', 'versicolor', 'virginica'],
    label: `Iris (${n} flowers)`,
  };
}

/** digits.csv: 64 pixel intensities 0..16 and the digit 0..9; pixels are scaled to 0..1. */
export function parseDigits(text: string): LoadedData {
  const parsed = parseOrThrow('data (digits.csv)', text, 64);
  const inputs = parsed.dataset.inputs.map((v) => v / 16);
  return {
    dataset: { ...parsed.dataset, inputs },
    featureNames: Array.from(
      { length: 64 },
      (_, k) => `pixel ${Math.floor(k / 8) + 1},${(k % 8) + 1}`,
    ),
    classNames: Array.from({ length: 10 }, (_, k) => String(k)),
    label: `Handwritten digits (${parsed.dataset.n} images)`,
  };
}
