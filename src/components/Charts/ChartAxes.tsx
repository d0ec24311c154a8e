// The chart's grid lines, ticks and axis titles (inside the margin-translated group).
import { formatTick } from '../../viz/format';
import type { ChartGeometry } from '../../viz/chartScales';
import type { ScaleKind } from '../../viz/chartData';

export function ChartAxes({
  geometry,
  scale,
  xLabel,
  yLabel,
}: {
  geometry: ChartGeometry;
  scale: ScaleKind;
  xLabel: string;
  yLabel: string;
}) {
  const { x, y, innerW, innerH } = geometry;
  return (
    <>
      {geometry.yTicks.map((t) => (
        <g key={`y${t}`} transform={`translate(0,${y(t)})`}>
          <line x2={innerW} stroke="#e3e3e3" />
          <text x={-6} dy="0.32em" textAnchor="end" fontSize={11} fill="#333">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {geometry.xTicks.map((t) => (
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
        {xLabel}
      </text>
      <text
        transform={`translate(${-44},${innerH / 2}) rotate(-90)`}
        textAnchor="middle"
        fontSize={12}
        fill="#222"
      >
        {yLabel}
        {scale === 'log' ? ' (log)' : ''}
      </text>
    </>
  );
}
