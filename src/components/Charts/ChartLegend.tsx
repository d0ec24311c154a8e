// A chart legend: a swatch with the series' colour and dash, its label and, optionally, its
// latest value, so series differ by more than colour. Presentational.
import { formatShort } from '../../viz/format';
import type { LineSeries } from './LineChart';

export function ChartLegend({
  series,
  showLast = false,
}: {
  readonly series: readonly LineSeries[];
  readonly showLast?: boolean;
}) {
  return (
    <ul
      className="chart-legend"
      style={{
        display: 'flex',
        flexWrap: 'wrap',
        gap: '4px 14px',
        listStyle: 'none',
        margin: '4px 0',
        padding: 0,
        font: '12px/1.4 system-ui, sans-serif',
      }}
    >
      {series.map((s) => {
        const last = s.points.length > 0 ? s.points[s.points.length - 1].y : null;
        return (
          <li key={s.key} style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
            <svg width={26} height={10} aria-hidden="true">
              <line
                x1={1}
                x2={25}
                y1={5}
                y2={5}
                stroke={s.color}
                strokeWidth={2.5}
                strokeDasharray={s.dash ?? undefined}
              />
            </svg>
            <span>
              {s.label}
              {showLast && last !== null ? `: ${formatShort(last)}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
