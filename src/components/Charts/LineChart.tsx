// The chart core shared by the loss and gradient-norm charts: d3 scales and shapes rendered
// by React as SVG, min/max bands for decimated points, a crosshair with a readout (pointer or
// arrow keys), and a text summary as the image's name. Presentational: data in, SVG out.
import { area, line } from 'd3';
import { useMemo } from 'react';
import {
  nearestIndex,
  prepareSeries,
  type ChartPoint,
  type PreparedSeries,
  type ScaleKind,
} from '../../viz/chartData';
import { CHART_MARGIN as M, chartGeometry } from '../../viz/chartScales';
import { ChartAxes } from './ChartAxes';
import { ChartReadout, type ReadoutRow } from './ChartReadout';
import { useChartCursor } from './useChartCursor';

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

export function LineChart(props: LineChartProps) {
  const { series, scale, width, height } = props;
  const prepared = useMemo(
    () => series.map((s) => ({ s, p: prepareSeries(s.points, scale) })),
    [series, scale],
  );
  const geometry = chartGeometry(
    prepared.map((d) => d.p),
    scale,
    width,
    height,
  );
  const { x, y, innerW, innerH } = geometry;
  const nonPositive = prepared.reduce((n, d) => n + d.p.nonPositive, 0);
  const empty = prepared.every((d) => d.p.points.length === 0);
  // The densest series sets the x positions the keyboard steps through.
  const stepper = prepared.reduce<PreparedSeries | null>(
    (best, d) => (!best || d.p.points.length > best.points.length ? d.p : best),
    null,
  );
  const { cursor, onPointer, onKey, clear } = useChartCursor(stepper, (px) => x.invert(px));

  const readout =
    cursor === null
      ? null
      : prepared
          .map(({ s, p }) => {
            const k = nearestIndex(p.points, cursor);
            return k < 0 ? null : { s, pt: p.points[k] };
          })
          .filter((r): r is ReadoutRow => r !== null);
  const cursorX = readout && readout.length > 0 ? readout[0].pt.x : null;
  const clamp = (v: number) => Math.max(geometry.yMin, v);

  return (
    <div
      className="line-chart"
      style={{ position: 'relative', width, outline: 'none' }}
      tabIndex={empty ? -1 : 0}
      aria-label={`${props.yLabel} by ${props.xName}: left and right arrows read the values`}
      onKeyDown={onKey}
      onBlur={clear}
    >
      <svg width={width} height={height} role="img" aria-label={props.summary}>
        <g transform={`translate(${M.left},${M.top})`}>
          <ChartAxes
            geometry={geometry}
            scale={scale}
            xLabel={props.xLabel}
            yLabel={props.yLabel}
          />
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
            onPointerLeave={clear}
          />
        </g>
      </svg>
      <ChartReadout
        rows={readout}
        cursorX={cursorX}
        onRight={cursorX !== null && x(cursorX) > innerW / 2}
        xLabel={props.xLabel}
      />
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
