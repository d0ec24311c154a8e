// Which shipped data file (public/data) a scenario's data spec reads, if any: the file an
// exported script can read from its own folder, and the Export menu offers as Data (CSV).
// Kept apart from the script builders so the menu can ask without loading them.
import type { DataFileName } from '../data/types';

/** A scenario's data spec, as far as telling a shipped set apart needs. */
export interface DataSpecLike {
  readonly kind: string;
  readonly window?: number;
}

/** The shipped CSV a data spec reads, or null for inline, generated and pasted data. */
export function bundledFileOf(data: DataSpecLike | null | undefined): DataFileName | null {
  switch (data?.kind) {
    case 'iris':
      return 'iris.csv';
    case 'digits':
      return 'digits.csv';
    case 'sunspots':
      return 'sunspots.csv';
    default:
      return null;
  }
}
