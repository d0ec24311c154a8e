// Which cells of a worked-example table the learner may edit (inputs, inline targets,
// starting weights) and the accessible label of each. Pure: no React, no store.
import type { Cell, TableSection } from '../../explain';
import type { StepTrace } from '../../engine/types';
import type { RevisionEdit } from '../../protocol/messages';

/** The edit a cell stands for (its value still to fill in), or null for a computed value. */
export type EditOf = (section: TableSection, row: number, column: number) => RevisionEdit | null;

export const NO_EDITS: EditOf = () => null;

export function editsFor(trace: StepTrace, dataEditable: boolean): EditOf {
  return (section, row, column) => {
    const sample = section.sample === undefined ? null : trace.samples[section.sample];
    switch (section.kind) {
      case 'forward':
        return dataEditable && sample && column === 2 && row < sample.input.length
          ? { kind: 'input', sample: sample.index, column: row, value: NaN }
          : null;
      case 'loss':
        return dataEditable && sample && column === 2 && row < sample.target.length
          ? { kind: 'target', sample: sample.index, column: row, value: NaN }
          : null;
      case 'update':
        return column === 1 ? { kind: 'param', index: row, value: NaN } : null;
      default:
        return null;
    }
  };
}

export function cellLabel(section: TableSection, row: readonly Cell[]): string {
  const name = String(row[0]);
  const of = section.sample !== undefined ? ` of sample ${section.sample + 1}` : '';
  if (section.kind === 'forward') return `Input ${name}${of}`;
  if (section.kind === 'loss') return `Target for ${name}${of}`;
  return `${name} before this update`;
}
