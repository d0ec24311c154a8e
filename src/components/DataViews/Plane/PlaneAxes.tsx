// Axes of the plane: a few ticks from the d3 scales along the bottom and left edges, and the
// feature names. Decorative for screen readers (the summary names the ranges).
import type { ScaleLinear } from 'd3';
import { formatTick } from '../../../viz/format';

export interface PlaneAxesProps {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number>;
  /** Width and height of the plotting area. */
  readonly width: number;
  readonly height: number;
  readonly xLabel: string;
  readonly yLabel: string;
}

export function PlaneAxes({ x, y, width, height, xLabel, yLabel }: PlaneAxesProps) {
  const xt = x.ticks(Math.max(2, Math.floor(width / 70)));
  const yt = y.ticks(Math.max(2, Math.floor(height / 50)));
  return (
    <g aria-hidden="true" fontSize={11} fill="#333">
      <line y1={height} x2={width} y2={height} stroke="#555" />
      <line y2={height} stroke="#555" />
      {xt.map((t) => (
        <g key={`x${t}`} className="pl-xtick" transform={`translate(${x(t)},${height})`}>
          <line y2={4} stroke="#555" />
          <text y={15} textAnchor="middle">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {yt.map((t) => (
        <g key={`y${t}`} className="pl-ytick" transform={`translate(0,${y(t)})`}>
          <line x2={-4} stroke="#555" />
          <text x={-6} dy="0.32em" textAnchor="end">
            {formatTick(t)}
          </text>
        </g>
      ))}
      <text x={width} y={height + 28} textAnchor="end" fontSize={12} fill="#222">
        {xLabel}
      </text>
      <text transform="rotate(-90)" x={0} y={-30} textAnchor="end" fontSize={12} fill="#222">
        {yLabel}
      </text>
    </g>
  );
}
