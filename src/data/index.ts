// Data sets: toy generators, CSV, the real sets, and loading a scenario's data spec.
export * from './types';
export {
  parseCsv,
  formatCsvIssue,
  CSV_MAX_ROWS,
  CSV_MAX_CLASS_LABEL,
  type CsvIssue,
  type CsvResult,
} from './csv';
export { stripBom } from './text';
export { parseIris, parseDigits } from './real';
export { generateToy, generateRegression } from './toy';
export { loadData, inlineData, inlineOutputCount, type LoadOptions } from './load';
