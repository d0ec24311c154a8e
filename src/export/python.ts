// Python source text from numbers and lists: doubles written so that Python reads back the
// very same double (repr-style), lists wrapped to readable lines. Pure string building.

/**
 * A double as a Python float literal that round-trips: JavaScript's shortest round-trip
 * digits are Python's repr digits, so only the spelling differs (`1.0` for whole numbers,
 * `-0.0`, an exponent Python accepts as is).
 */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "-float('inf')";
  if (Object.is(x, -0)) return '-0.0';
  const text = String(x);
  return /[.eE]/.test(text) ? text : `${text}.0`;
}

/** A list of floats, as one line. */
export function pyFloats(values: ArrayLike<number>): string {
  return `[${Array.from(values, pyFloat).join(', ')}]`;
}

/** A list of ints, as one line. */
export function pyInts(values: ArrayLike<number>): string {
  return `[${Array.from(values, String).join(', ')}]`;
}

/** A Python string literal (double-quoted, escaped). */
export function pyString(text: string): string {
  return JSON.stringify(text);
}

/**
 * `name = [` then one item per line (each already Python source), indented, then `]`.
 * Items longer than `width` characters stay on their own line unbroken.
 */
export function pyListBlock(name: string, items: readonly string[], comment?: string): string {
  const head = comment ? `# ${comment}\n` : '';
  if (items.length === 0) return `${head}${name} = []\n`;
  return `${head}${name} = [\n${items.map((item) => `    ${item},\n`).join('')}]\n`;
}

/** Rows of a flat row-major array [rows, cols] as Python list lines. */
export function matrixRows(flat: ArrayLike<number>, rows: number, cols: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < rows; r += 1) {
    const row: number[] = [];
    for (let c = 0; c < cols; c += 1) row.push(flat[r * cols + c]);
    lines.push(pyFloats(row));
  }
  return lines;
}
