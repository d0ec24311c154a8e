// The chart core shared by the loss and gradient-norm charts: d3 scales and shapes rendered
// by React as SVG, min/max bands for decimated points, a crosshair with a readout (pointer or
// arrow keys), and a text summary as the image's name. Presentational: data in, SVG out.
import { area, line, scaleLinear, scaleLog } from 'd3';
import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import {
  chartExtent,
  nearestIndex,
  prepareSeries,
  type ChartPoint,
  type PreparedSeries,
  type ScaleKind,
} from '../../viz/chartData';
import { formatShort, formatTick } from '../../viz/format';

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** SVG dash pattern, or null for solid. */
  readonly dash: string | null;
  readonly points: readonly ChartPoint[];
}

export interface LineChartProps {
  readonly series: readonly LineSeries[];
  readonly scale: ScaleKind;
  /** Lower-case name of x in sentences ("update"); `xLabel` titles the axis ("Update"). */
  readonly xName: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly width: number;
  readonly height: number;
  /** The chart's text alternative. */
  readonly summary: string;
}

const M = { top: 10, right: 14, bottom: 38, left: 56 };

/** Log axes: powers of ten over three or more decades, else 1-2-5 steps. */
function yTicks(scale: ScaleKind, y: { ticks(n?: number): number[] }): number[] {
  const ticks = y.ticks(5);
  if (scale !== 'log') return ticks;
  const mantissa = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  const decades = ticks.filter((t) => mantissa(t) === 1);
  if (decades.length >= 3) return decades;
  return ticks.filter((t) => [1, 2, 5].includes(mantissa(t)));
}

export function LineChart(props: LineChartProps) {
  const { series, scale, width, height } = props;
  const prepared = useMemo(
    () => series.map((s) => ({ s, p: prepareSeries(s.points, scale) })),
    [series, scale],
  );
  const ext = chartExtent(
    prepared.map((d) => d.p),
    scale,
  );
  const innerW = Math.max(10, width - M.left - M.right);
  const innerH = Math.max(10, height - M.top - M.bottom);
  const x = scaleLinear().domain(ext.x).range([0, innerW]);
  const y = (scale === 'log' ? scaleLog() : scaleLinear()).domain(ext.y).range([innerH, 0]);
  y.nice(scale === 'linear' ? 5 : undefined);
  const xt = x.ticks(Math.max(2, Math.floor(innerW / 90)));
  const yt = yTicks(scale, y);
  const nonPositive = prepared.reduce((n, d) => n + d.p.nonPositive, 0);
  const empty = prepared.every((d) => d.p.points.length === 0);

  const [cursor, setCursor] = useState<number | null>(null);
  // The densest series sets the x positions the keyboard steps through.
  const stepper = prepared.reduce<PreparedSeries | null>(
    (best, d) => (!best || d.p.points.length > best.points.length ? d.p : best),
    null,
  );
  const onPointer = (e: PointerEvent<SVGRectElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    setCursor(x.invert(e.clientX - box.left));
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const pts = stepper?.points ?? [];
    if (pts.length === 0) return;
    const at = cursor === null ? -1 : nearestIndex(pts, cursor);
    if (e.key === 'Escape') {
      setCursor(null);
      return;
    }
    const next =
      e.key === 'ArrowRight'
        ? Math.min(pts.length - 1, at + 1)
        : e.key === 'ArrowLeft'
          ? at < 0
            ? pts.length - 1
            : Math.max(0, at - 1)
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? pts.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    setCursor(pts[next].x);
  };

  const readout =
    cursor === null
      ? null
      : prepared
          .map(({ s, p }) => {
            const k = nearestIndex(p.points, cursor);
            return k < 0 ? null : { s, pt: p.points[k] };
          })
          .filter((r): r is { s: LineSeries; pt: ChartPoint } => r !== null);
  const cursorX = readout && readout.length > 0 ? readout[0].pt.x : null;
  const clamp = (v: number) => Math.max(ext.y[0], v);

  return (
    <div
      className="line-chart"
      style={{ position: 'relative', width, outline: 'none' }}
      tabIndex={empty ? -1 : 0}
      aria-label={`${props.yLabel} by ${props.xName}: left and right arrows read the values`}
      onKeyDown={onKey}
      onBlur={() => setCursor(null)}
    >
      <svg width={width} height={height} role="img" aria-label={props.summary}>
        <g transform={`translate(${M.left},${M.top})`}>
          {yt.map((t) => (
            <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
              <line x2={innerW} stroke="#e3e3e3" />
              <text x={-6} dy="0.32em" textAnchor="end" fontSize={11} fill="#333">
                {formatTick(t)}
              </text>
            </g>
          ))}
          {xt.map((t) => (
            <g key={`x${t}`} transform={`translate(${x(t)},${innerH})`}>
              <line y2={5} stroke="#555" />
              <text y={17} textAnchor="middle" fontSize={11} fill="#333">
                {formatTick(t)}
              </text>
            </g>
          ))}
          <line y1={innerH} x2={innerW} y2={innerH} stroke="#555" />
          <line y2={innerH} stroke="#555" />
          <text x={innerW / 2} y={innerH + 33} textAnchor="middle" fontSize={12} fill="#222">
            {props.xLabel}
          </text>
          <text
            transform={`translate(${-44},${innerH / 2}) rotate(-90)`}
            textAnchor="middle"
            fontSize={12}
            fill="#222"
          >
            {props.yLabel}
            {scale === 'log' ? ' (log)' : ''}
          </text>
          {prepared.map(({ s, p }) =>
            p.banded ? (
              <path
                key={`band-${s.key}`}
                className="chart-band"
                data-series={s.key}
                d={
                  area<ChartPoint>()
                    .x((d) => x(d.x))
                    .y0((d) => y(clamp(d.min ?? d.y)))
                    .y1((d) => y(d.max ?? d.y))(p.points) ?? ''
                }
                fill={s.color}
                fillOpacity={0.16}
              />
            ) : null,
          )}
          {prepared.map(({ s, p }) =>
            p.points.length > 0 ? (
              <path
                key={`line-${s.key}`}
                className="chart-line"
                data-series={s.key}
                data-points={p.points.length}
                d={
                  line<ChartPoint>()
                    .x((d) => x(d.x))
                    .y((d) => y(d.y))(p.points) ?? ''
                }
                fill="none"
                stroke={s.color}
                strokeWidth={2}
                strokeDasharray={s.dash ?? undefined}
                strokeLinejoin="round"
              />
            ) : null,
          )}
          {prepared.map(({ s, p }) =>
            p.points.length === 1 ? (
              <circle
                key={`dot-${s.key}`}
                cx={x(p.points[0].x)}
                cy={y(p.points[0].y)}
                r={3}
                fill={s.color}
              />
            ) : null,
          )}
          {cursorX !== null && readout && (
            <g className="chart-crosshair" pointerEvents="none">
              <line
                x1={x(cursorX)}
                x2={x(cursorX)}
                y2={innerH}
                stroke="#333"
                strokeDasharray="3 3"
              />
              {readout.map(({ s, pt }) => (
                <circle
                  key={s.key}
                  cx={x(pt.x)}
                  cy={y(pt.y)}
                  r={4}
                  fill="#fff"
                  stroke={s.color}
                  strokeWidth={2}
                />
              ))}
            </g>
          )}
          {empty && (
            <text x={innerW / 2} y={innerH / 2} textAnchor="middle" fontSize={12} fill="#555">
              {nonPositive > 0 ? 'No positive values to show on a log scale' : 'No data yet'}
            </text>
          )}
          <rect
            width={innerW}
            height={innerH}
            fill="transparent"
            onPointerMove={onPointer}
            onPointerLeave={() => setCursor(null)}
          />
        </g>
      </svg>
      <div
        aria-live="polite"
        className="chart-readout"
        style={{
          position: 'absolute',
          top: M.top + 4,
          ...(cursorX !== null && x(cursorX) > innerW / 2
            ? { left: M.left + 4 }
            : { right: M.right + 4 }),
          background: 'rgba(255,255,255,0.92)',
          border: readout ? '1px solid #999' : 'none',
          borderRadius: 4,
          padding: readout ? '3px 6px' : 0,
          font: '12px/1.35 system-ui, sans-serif',
          pointerEvents: 'none',
        }}
      >
        {readout && cursorX !== null && (
          <>
            <div>
              {props.xLabel} {cursorX}
            </div>
            {readout.map(({ s, pt }) => (
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
      {nonPositive > 0 && !empty && (
        <p
          role="note"
          className="chart-note"
          style={{ margin: '2px 0 0', fontSize: 12, color: '#444' }}
        >
          {nonPositive === 1 ? '1 value' : `${nonPositive} values`} ≤ 0 not shown on the log scale.
        </p>
      )}
    </div>
  );
}
