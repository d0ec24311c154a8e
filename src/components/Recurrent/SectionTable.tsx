// One table of a worked example: caption, column heads, rows of numbers through the one
// formatter (exact value in the title), and its note. A wide table scrolls on its own and can
// be scrolled by keyboard. Presentational.
import type { TableSection } from '../../explain/workedExample';
import { formatNumber } from '../../viz/format';

export function SectionTable({
  section,
  current = false,
}: {
  readonly section: TableSection;
  readonly current?: boolean;
}) {
  return (
    <div className="table-scroll" tabIndex={0} role="group" aria-label={section.heading}>
      <table>
        <caption>
          {section.heading}
          {current ? ' (current step)' : ''}
        </caption>
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
            <tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td
                    key={c}
                    className="num"
                    title={typeof cell === 'number' ? String(cell) : undefined}
                  >
                    {typeof cell === 'number' ? formatNumber(cell) : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {section.note && <p className="fixed-note">{section.note}</p>}
    </div>
  );
}
