// Per-layer gradient norms over time on a log axis, one line (colour and dash) per layer with
// a legend of the latest values, so vanishing and exploding gradients show as lines drifting
// apart by decades. Driven by props; it never reads the store.
import { summarizeSeries, type ChartPoint } from '../../viz/chartData';
import { useElementSize } from '../common/useElementSize';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { LineChart } from './LineChart';
import { styleSeries } from './LossChart';

export interface GradientNormChartProps {
  /** One series per non-input layer: ‖∇W‖₂ by update. */
  readonly layers: readonly (readonly ChartPoint[])[];
  /** Names of the layers; default "Layer 1", "Layer 2", … */
  readonly labels?: readonly string[];
  readonly width?: number;
  readonly height?: number;
  readonly 'aria-label'?: string;
}

export function GradientNormChart(props: GradientNormChartProps) {
  const label = props['aria-label'] ?? 'Gradient norms';
  const [box, size] = useElementSize<HTMLDivElement>(
    { width: props.width ?? 480, height: 0 },
    props.width === undefined,
  );
  const width = props.width ?? size.width;
  const series = styleSeries(
    props.layers.map((points, l) => ({
      key: `layer${l + 1}`,
      label: props.labels?.[l] ?? `Layer ${l + 1}`,
      points,
    })),
  );
  const summary = series.length
    ? `${label} per layer, log scale. ${series.map((s) => summarizeSeries(s.label, s.points, 'update')).join(' ')}`
    : `${label}: no data yet.`;
  return (
    <section
      ref={box}
      aria-label={label}
      className="gradient-norm-chart"
      style={{ width: props.width ?? '100%' }}
    >
      <ChartLegend series={series} showLast />
      <LineChart
        series={series}
        scale="log"
        xName="update"
        xLabel="Update"
        yLabel="Gradient norm"
        width={width}
        height={props.height ?? 200}
        summary={summary}
      />
      <ChartTable series={series} xLabel="Update" caption={`${label}: ‖∇W‖₂ per layer by update`} />
    </section>
  );
}
