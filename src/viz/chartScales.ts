// The line chart's geometry: margins, x and y scales over the prepared series (linear or log)
// and the ticks each axis shows. Pure: series in, scales out.
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3';
import { chartExtent, type PreparedSeries, type ScaleKind } from './chartData';

export const CHART_MARGIN = { top: 10, right: 14, bottom: 38, left: 56 } as const;

export interface ChartGeometry {
  readonly innerW: number;
  readonly innerH: number;
  readonly x: ScaleContinuousNumeric<number, number>;
  readonly y: ScaleContinuousNumeric<number, number>;
  readonly xTicks: number[];
  readonly yTicks: number[];
  /** The lowest y shown (bands are clamped to it on a log axis). */
  readonly yMin: number;
}

/** Log axes: powers of ten over three or more decades, else 1-2-5 steps. */
export function yTicks(scale: ScaleKind, y: { ticks(n?: number): number[] }): number[] {
  const ticks = y.ticks(5);
  if (scale !== 'log') return ticks;
  const mantissa = (t: number) => Math.round(t / 10 ** Math.floor(Math.log10(t) + 1e-9));
  const decades = ticks.filter((t) => mantissa(t) === 1);
  if (decades.length >= 3) return decades;
  return ticks.filter((t) => [1, 2, 5].includes(mantissa(t)));
}

/** Scales and ticks for `series` drawn in a `width` × `height` box (margins included). */
export function chartGeometry(
  series: readonly PreparedSeries[],
  scale: ScaleKind,
  width: number,
  height: number,
): ChartGeometry {
  const M = CHART_MARGIN;
  const ext = chartExtent(series, scale);
  const innerW = Math.max(10, width - M.left - M.right);
  const innerH = Math.max(10, height - M.top - M.bottom);
  const x = scaleLinear().domain(ext.x).range([0, innerW]);
  const y = (scale === 'log' ? scaleLog() : scaleLinear()).domain(ext.y).range([innerH, 0]);
  y.nice(scale === 'linear' ? 5 : undefined);
  return {
    innerW,
    innerH,
    x,
    y,
    xTicks: x.ticks(Math.max(2, Math.floor(innerW / 90))),
    yTicks: yTicks(scale, y),
    yMin: ext.y[0],
  };
}
