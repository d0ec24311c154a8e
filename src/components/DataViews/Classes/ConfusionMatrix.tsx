// A confusion matrix as a table: rows are the true class, columns the predicted class, each cell
// its count as text, shaded by its share of the row (sequential Blues). Props only; no store.
import { confusionCells, formatPercent } from '../../../viz/classes';

export interface ConfusionMatrixProps {
  /** [k, k] row-major counts: matrix[t*k + p] = samples of true class t predicted as p. */
  readonly matrix: ArrayLike<number>;
  /** k names, in class order. */
  readonly classNames: readonly string[];
  /** e.g. "Train" or "Test". */
  readonly title: string;
  /** Fraction correct, or null/NaN when unknown. */
  readonly accuracy: number | null;
}

const cellStyle = { padding: '3px 6px', textAlign: 'right', minWidth: '2.2em' } as const;

export function ConfusionMatrix({ matrix, classNames, title, accuracy }: ConfusionMatrixProps) {
  const k = classNames.length;
  const rows = confusionCells(matrix, k);
  const acc = accuracy === null || !Number.isFinite(accuracy) ? null : formatPercent(accuracy);
  return (
    <table
      className="bl-confusion"
      style={{ borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums', fontSize: 13 }}
    >
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: '4px 0' }}>
        {title}
        {acc === null ? '' : `: accuracy ${acc}`}
        <span style={{ display: 'block', fontWeight: 400, fontSize: 12 }}>
          Rows: true class. Columns: predicted class.
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col" style={{ ...cellStyle, textAlign: 'left', fontWeight: 400 }}>
            True \ predicted
          </th>
          {classNames.map((name, p) => (
            <th key={p} scope="col" style={cellStyle}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, t) => (
          <tr key={t}>
            <th scope="row" style={{ ...cellStyle, textAlign: 'left' }}>
              {classNames[t]}
            </th>
            {row.map((cell) => (
              <td
                key={cell.predicted}
                className={cell.truth === cell.predicted ? 'bl-confusion-hit' : 'bl-confusion-miss'}
                title={`${cell.count} of true ${classNames[t]} predicted ${classNames[cell.predicted]} (${formatPercent(cell.share)} of the row)`}
                style={{
                  ...cellStyle,
                  background: cell.fill,
                  color: cell.text,
                  fontWeight: cell.truth === cell.predicted ? 700 : 400,
                  border: '1px solid #fff',
                }}
              >
                {cell.count}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
