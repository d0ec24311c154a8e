// The first rows of a CSV as read, each column marked input or target in words, with spreadsheet
// row numbers so a problem's "row 3, column 2" can be found. Props only.
import { useId } from 'react';
import type { CsvTable } from '../../data/csvPreview';

export interface CsvPreviewTableProps {
  readonly table: CsvTable;
  readonly targets: readonly number[];
  /** Cells named by a problem, as "row:column" (1-based, as a spreadsheet numbers them). */
  readonly badCells: ReadonlySet<string>;
}

export function CsvPreviewTable({ table, targets, badCells }: CsvPreviewTableProps) {
  const captionId = useId();
  const { columns, rows, rowCount, firstRow } = table;
  const kind = (c: number): string => (targets.includes(c) ? 'di-target' : '');
  return (
    <div className="di-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>
          Preview:{' '}
          {rowCount === 0
            ? 'no data rows'
            : rows.length === rowCount
              ? `all ${rowCount} data row${rowCount === 1 ? '' : 's'}`
              : `the first ${rows.length} of ${rowCount} data rows`}
          {table.hasHeader ? ', under a header row' : ' (no header row)'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            {columns.map((name, c) => (
              <th scope="col" key={c} className={kind(c)}>
                {name}
                <span className="di-col-info">
                  {table.hasHeader ? `column ${c + 1}, ` : ''}
                  {targets.includes(c) ? 'target' : 'input'}
                  {table.numeric[c] ? '' : ', not all numbers'}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r}>
              <th scope="row">{firstRow + r}</th>
              {columns.map((_, c) => {
                const bad = badCells.has(`${firstRow + r}:${c + 1}`);
                const cell = cells[c];
                return (
                  <td key={c} className={`${kind(c)}${bad ? ' di-bad' : ''}`}>
                    {cell === undefined ? '(missing)' : cell}
                    {bad ? (
                      <>
                        <span aria-hidden="true"> ⚠</span>
                        <span className="di-hidden"> (problem)</span>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
