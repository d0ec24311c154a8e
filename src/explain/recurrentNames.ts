// Names of an Elman RNN's parameters and units as the learner sees them, in text and TeX:
// `Whh (h1 ← h2)`, W^{hh}_{1,2}, h₂ at t = 3, δ^{(3)}_{1}. Pure strings; time t is 0-based
// in arguments and 1-based on screen.
import type { RecurrentBlockName } from './recurrentTerms';

/** The unit kind a block's rows (receiving) and columns (sending) belong to. */
export function blockUnits(block: RecurrentBlockName): { to: 'h' | 'y'; from: 'x' | 'h' | null } {
  switch (block) {
    case 'Wxh':
      return { to: 'h', from: 'x' };
    case 'Whh':
      return { to: 'h', from: 'h' };
    case 'bh':
      return { to: 'h', from: null };
    case 'Why':
      return { to: 'y', from: 'h' };
    case 'by':
      return { to: 'y', from: null };
  }
}

/** `Whh (h1 ← h2)`, `bh (h1)`: the worked example's labels (recurrentParamLabels). */
export function entryLabel(block: RecurrentBlockName, position: readonly number[]): string {
  const { to, from } = blockUnits(block);
  const [r, c = 0] = position;
  return from === null ? `${block} (${to}${r + 1})` : `${block} (${to}${r + 1} ← ${from}${c + 1})`;
}

/** W^{hh}_{1,2}, b^{h}_{1} */
export function entryTex(block: RecurrentBlockName, position: readonly number[]): string {
  const [r, c = 0] = position;
  switch (block) {
    case 'Wxh':
    case 'Whh':
    case 'Why':
      return `W^{${block.slice(1)}}_{${r + 1},${c + 1}}`;
    case 'bh':
    case 'by':
      return `b^{${block.slice(1)}}_{${r + 1}}`;
  }
}

/** h^{(3)}_{1} for unit j of kind u at 0-based step t. */
export function unitTex(
  u: 'x' | 'h' | 'y' | 'a' | '\\delta',
  t: number | string,
  j: number,
): string {
  return `${u}^{(${t})}_{${j + 1}}`;
}

/** "h1 at t = 3" */
export function unitText(u: 'x' | 'h' | 'y', j: number, t: number): string {
  return `${u}${j + 1} at t = ${t + 1}`;
}
