// The data-table alternative of a chart, folded under a disclosure: one row per x (evenly
// sampled when long), one column per series, min–max when a point covers several values.
import { useMemo, useState } from 'react';
import { sampleRows } from '../../viz/chartData';
import { formatShort } from '../../viz/format';
import type { LineSeries } from './LineChart';

const MAX_ROWS = 200;

export function ChartTable({
  series,
  xLabel,
  caption,
}: {
  readonly series: readonly LineSeries[];
  readonly xLabel: string;
  readonly caption: string;
}) {
  // Rows are built only while the table is open: closed, it costs nothing as values stream in.
  const [open, setOpen] = useState(false);
  const rows = useMemo(() => {
    if (!open) return { shown: [], total: 0 };
    const xs = new Set<number>();
    for (const s of series) for (const p of s.points) if (Number.isFinite(p.x)) xs.add(p.x);
    const byKey = series.map((s) => new Map(s.points.map((p) => [p.x, p])));
    const all = [...xs]
      .sort((a, b) => a - b)
      .map((x) => ({ x, cells: byKey.map((m) => m.get(x)) }));
    return { shown: sampleRows(all, MAX_ROWS), total: all.length };
  }, [series, open]);
  return (
    <details
      className="chart-table"
      style={{ font: '12px/1.4 system-ui, sans-serif' }}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>Data table</summary>
      {open && (
        <table style={{ borderCollapse: 'collapse', fontVariantNumeric: 'tabular-nums' }}>
          <caption style={{ textAlign: 'left' }}>
            {caption}
            {rows.shown.length < rows.total ? ` (${rows.shown.length} of ${rows.total} rows)` : ''}
          </caption>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col" style={{ paddingLeft: 12 }}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((r) => (
              <tr key={r.x}>
                <th scope="row" style={{ fontWeight: 400, textAlign: 'right' }}>
                  {r.x}
                </th>
                {r.cells.map((p, k) => (
                  <td key={series[k].key} style={{ paddingLeft: 12, textAlign: 'right' }}>
                    {p === undefined
                      ? '–'
                      : p.min !== undefined && p.max !== undefined && p.max > p.min
                        ? `${formatShort(p.y)} (${formatShort(p.min)} to ${formatShort(p.max)})`
                        : formatShort(p.y)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}
