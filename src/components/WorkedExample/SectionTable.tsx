// One section of the worked example (forward, loss, backward, gradients or update) as a
// table that scrolls on its own: row names select their neuron or parameter, editable cells
// revise the update, other numbers are rounded with the full value in a tooltip.
import { formatNumber, type Cell, type TableSection } from '../../explain';
import type { RevisionEdit } from '../../protocol/messages';
import type { Selection } from '../../store/types';
import { cellWithheld, type Withheld } from '../../lessons/withheld';
import { WithheldValue } from '../common/WithheldValue';
import { refKey, sameRef } from '../../viz/refs';
import { EditableCell } from './EditableCell';
import { cellLabel, type EditOf } from './tableEdits';

/** Short names for the scrolling wrappers (the captions carry the full headings). */
const TABLE_NAMES: Record<TableSection['kind'], string> = {
  forward: 'Forward pass table',
  loss: 'Loss table',
  backward: 'Backward pass table',
  gradients: 'Gradients table',
  update: 'Update table',
};

export interface SectionTableProps {
  readonly section: TableSection;
  readonly current: boolean;
  readonly editOf: EditOf;
  readonly selection: Selection | null;
  readonly select: (ref: Selection) => void;
  readonly revise: (edit: RevisionEdit) => void;
  readonly onHighlight: ((ref: Selection | null) => void) | undefined;
  /** What an open lesson question keeps hidden: its cells show a placeholder. */
  readonly withheld?: Withheld | null;
}

export function SectionTable(props: SectionTableProps) {
  const { section, current, onHighlight } = props;
  const sample = section.sample === undefined ? '' : `, sample ${section.sample + 1}`;
  return (
    // a wide table scrolls on its own (focusable, so the keyboard can scroll it too)
    <div
      className="table-scroll"
      aria-current={current ? 'step' : undefined}
      tabIndex={0}
      role="group"
      aria-label={`${TABLE_NAMES[section.kind]}${sample}`}
    >
      <table>
        <caption>{section.heading}</caption>
        <thead>
          <tr>
            {section.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row, r) => (
            <tr
              key={r}
              // a lesson's `table.row.<name>` finds its row by this key ("loss" for L)
              data-ref={section.refs[r] ? refKey(section.refs[r]) : 'loss'}
              onMouseEnter={() => onHighlight?.(section.refs[r])}
              onMouseLeave={() => onHighlight?.(null)}
            >
              {row.map((cell, c) => (
                <SectionCell key={c} {...props} row={row} r={r} c={c} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {section.note && <p className="fixed-note">{section.note}</p>}
    </div>
  );
}

interface SectionCellProps extends SectionTableProps {
  readonly row: readonly Cell[];
  readonly r: number;
  readonly c: number;
  readonly cell: Cell;
}

function SectionCell({
  section,
  editOf,
  selection,
  select,
  revise,
  onHighlight,
  row,
  r,
  c,
  cell,
  withheld = null,
}: SectionCellProps) {
  const ref = section.refs[r];
  if (c === 0)
    return (
      <th scope="row">
        {ref ? (
          // the row's name selects it in the graph and the chain rule
          <button
            type="button"
            className="row-ref"
            aria-pressed={sameRef(selection, ref)}
            onClick={() => select(ref)}
            onFocus={() => onHighlight?.(ref)}
            onBlur={() => onHighlight?.(null)}
          >
            {cell}
          </button>
        ) : (
          cell
        )}
      </th>
    );
  if (typeof cell !== 'number') return <td className="num">{cell}</td>;
  if (cellWithheld(withheld, section, r, c))
    return (
      <td className="num">
        <WithheldValue />
      </td>
    );
  const edit = editOf(section, r, c);
  if (edit)
    return (
      <EditableCell
        value={cell}
        label={cellLabel(section, row)}
        onCommit={(value) => revise({ ...edit, value })}
      />
    );
  return (
    <td className="num" title={String(cell)}>
      {formatNumber(cell)}
    </td>
  );
}
