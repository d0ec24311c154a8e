// The crosshair's readout box: x, then each series' value (and its min–max band) at the
// cursor; announced politely to screen readers.
import type { ChartPoint } from '../../viz/chartData';
import { CHART_MARGIN as M } from '../../viz/chartScales';
import { formatShort } from '../../viz/format';
import type { LineSeries } from './LineChart';

export interface ReadoutRow {
  readonly s: LineSeries;
  readonly pt: ChartPoint;
}

export function ChartReadout({
  rows,
  cursorX,
  onRight,
  xLabel,
}: {
  rows: readonly ReadoutRow[] | null;
  cursorX: number | null;
  /** True when the cursor is in the right half (the box moves left). */
  onRight: boolean;
  xLabel: string;
}) {
  return (
    <div
      aria-live="polite"
      className="chart-readout"
      style={{
        position: 'absolute',
        top: M.top + 4,
        ...(onRight ? { left: M.left + 4 } : { right: M.right + 4 }),
        background: 'rgba(255,255,255,0.92)',
        border: rows ? '1px solid #999' : 'none',
        borderRadius: 4,
        padding: rows ? '3px 6px' : 0,
        font: '12px/1.35 system-ui, sans-serif',
        pointerEvents: 'none',
      }}
    >
      {rows && cursorX !== null && (
        <>
          <div>
            {xLabel} {cursorX}
          </div>
          {rows.map(({ s, pt }) => (
            <div key={s.key}>
              <span style={{ color: s.color }}>■</span> {s.label}: {formatShort(pt.y)}
              {pt.min !== undefined && pt.max !== undefined
                ? ` (${formatShort(pt.min)} to ${formatShort(pt.max)})`
                : ''}
            </div>
          ))}
        </>
      )}
    </div>
  );
}
