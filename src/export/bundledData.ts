// The shipped data sets (public/data: iris, digits, sunspots) in an exported script: read from
// the CSV beside the script instead of written inline, then prepared exactly as the app's
// loader prepares them (data/real.ts, data/sequences.ts) — same rows in the same order, the
// same scaling in the same float64 operations — so the script's INPUTS/TARGETS or SEQUENCES
// equal the inline ones bit for bit. Standard library only (csv, math, pathlib).
import type { DataFileName } from '../data/types';
import { bundledFileOf, type DataSpecLike } from './dataFiles';

/** Python source replacing the inline data: the imports it needs and the block itself. */
export interface DataCode {
  /** The CSV the script reads from its own folder. */
  readonly file: DataFileName;
  /** The standard-library imports the block uses, as scriptHeader takes them. */
  readonly imports: readonly string[];
  readonly block: string;
}

function reader(file: DataFileName, rows: number, what: string, skip: number): string {
  return (
    `# The data are read from ${file} beside this script (the app's Export → Data (CSV)\n` +
    `# downloads it; it is public/data/${file} in Backprop Lens's repository), then prepared\n` +
    `# as the app prepares them: ${what}.\n` +
    `DATA_FILE = Path(__file__).with_name(${JSON.stringify(file)})\n\n\n` +
    'def read_rows():\n' +
    `    """The data rows of ${file}${skip ? ' (its first line is a header)' : ''}, as lists of strings."""\n` +
    '    if not DATA_FILE.exists():\n' +
    '        raise SystemExit(\n' +
    `            f"{DATA_FILE} was not found: save ${file} next to this script (the app's "\n` +
    `            "Export → Data (CSV), or public/data/${file} of Backprop Lens)"\n` +
    '        )\n' +
    '    with DATA_FILE.open(newline="", encoding="utf-8") as f:\n' +
    `        rows = [row for row in csv.reader(f) if row]${skip ? `[${skip}:]` : ''}\n` +
    `    if len(rows) != ${rows}:\n` +
    `        raise SystemExit(f"{DATA_FILE} has {len(rows)} data rows; the app's ${file} has ${rows}")\n` +
    '    return rows\n\n\n'
  );
}

/** One-hot rows over the sorted distinct labels, as the app's CSV loader makes them. */
const ONE_HOT =
  'CLASSES = sorted(set(LABELS))  # the class of output k is CLASSES[k]\n' +
  'TARGETS = [[1.0 if label == c else 0.0 for c in CLASSES] for label in LABELS]\n' +
  'INPUTS = torch.tensor(INPUTS)\nTARGETS = torch.tensor(TARGETS)\n';

function irisBlock(rows: number): string {
  return (
    reader('iris.csv', rows, `each flower’s four measurements standardized over all ${rows}`, 1) +
    'ROWS = read_rows()\n' +
    'INPUTS = [[float(v) for v in row[:4]] for row in ROWS]\n' +
    'LABELS = [float(row[4]) for row in ROWS]\n' +
    '# Each measurement as a z-score (mean and standard deviation over all flowers, summed in\n' +
    '# row order as the app sums them), so that one learning rate suits all four.\n' +
    'for c in range(4):\n' +
    '    mean = 0.0\n' +
    '    for row in INPUTS:\n' +
    '        mean += row[c]\n' +
    '    mean /= len(INPUTS)\n' +
    '    variance = 0.0\n' +
    '    for row in INPUTS:\n' +
    '        variance += (row[c] - mean) * (row[c] - mean)\n' +
    '    sd = math.sqrt(variance / len(INPUTS)) or 1.0\n' +
    '    for row in INPUTS:\n' +
    '        row[c] = (row[c] - mean) / sd\n' +
    ONE_HOT
  );
}

function digitsBlock(rows: number): string {
  return (
    reader('digits.csv', rows, 'each image’s 64 pixels (0..16) scaled to 0..1', 0) +
    'ROWS = read_rows()\n' +
    'INPUTS = [[float(v) / 16 for v in row[:64]] for row in ROWS]\n' +
    'LABELS = [float(row[64]) for row in ROWS]\n' +
    ONE_HOT
  );
}

function sunspotsBlock(rows: number, window: number, everyStep: boolean): string {
  return (
    reader(
      'sunspots.csv',
      rows,
      'the yearly numbers scaled to 0..1 by their minimum and maximum and cut into windows',
      1,
    ) +
    'VALUES = [float(row[1]) for row in read_rows()]\n' +
    'LOW, HIGH = min(VALUES), max(VALUES)\n' +
    'SCALED = [(v - LOW) / ((HIGH - LOW) or 1.0) for v in VALUES]\n' +
    `WINDOW = ${window}\n` +
    (everyStep
      ? '# Every window of WINDOW years, in time order; each step’s target is the next year.\n'
      : '# Every window of WINDOW years, in time order; its one target is the year after it.\n') +
    'SEQUENCES = [\n' +
    '    (\n' +
    '        torch.tensor([[v] for v in SCALED[k:k + WINDOW]]),\n' +
    (everyStep
      ? '        torch.tensor([[v] for v in SCALED[k + 1:k + WINDOW + 1]]),\n'
      : '        torch.tensor([[SCALED[k + WINDOW]]]),\n') +
    '    )\n' +
    '    for k in range(len(SCALED) - WINDOW)\n' +
    ']\n'
  );
}

/**
 * The block reading a shipped set from the CSV beside the script, or null when `data` is not
 * one (small data stay inline). `samples` is the number of samples the app loaded (sunspots:
 * windows), which the script checks the file against; `everyStep` is the sequences' readout.
 */
export function bundledDataCode(
  data: DataSpecLike,
  samples: number,
  everyStep = true,
): DataCode | null {
  const file = bundledFileOf(data);
  if (file === null) return null;
  const imports = ['csv', ...(file === 'iris.csv' ? ['math'] : [])];
  const block =
    file === 'iris.csv'
      ? irisBlock(samples)
      : file === 'digits.csv'
        ? digitsBlock(samples)
        : sunspotsBlock(samples + (data.window ?? 0), data.window ?? 0, everyStep);
  return { file, imports: [...imports, 'from pathlib import Path'], block };
}
