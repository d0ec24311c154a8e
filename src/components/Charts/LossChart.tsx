// The loss chart: train/test (and per-update batch) loss over updates or epochs, a linear/log
// toggle, a crosshair readout, min/max bands for decimated histories, and a text summary and
// data table as alternatives. Driven by props; it never reads the store.
import { useState } from 'react';
import { CATEGORICAL, SERIES_DASHES } from '../../viz/colors';
import { summarizeSeries, type ChartPoint, type ScaleKind } from '../../viz/chartData';
import { useElementSize } from '../common/useElementSize';
import { ChartLegend } from './ChartLegend';
import { ChartTable } from './ChartTable';
import { LineChart, type LineSeries } from './LineChart';

export interface LossSeries {
  readonly key: string;
  /** e.g. "Batch loss", "Training loss", "Test loss". */
  readonly label: string;
  readonly points: readonly ChartPoint[];
  /** Overrides the palette colour. */
  readonly color?: string;
}

export interface LossChartProps {
  /** Loss per update (x = update number). */
  readonly series: readonly LossSeries[];
  /** Loss per epoch (x = epoch); when given, a toggle switches between the two. */
  readonly epochSeries?: readonly LossSeries[] | null;
  readonly defaultScale?: ScaleKind;
  /** Controlled scale; pair with onScaleChange. */
  readonly scale?: ScaleKind;
  readonly onScaleChange?: (scale: ScaleKind) => void;
  /** Fixed width; without it the chart fills its container. */
  readonly width?: number;
  readonly height?: number;
  readonly 'aria-label'?: string;
}

export function styleSeries(
  series: readonly { key: string; label: string; points: readonly ChartPoint[]; color?: string }[],
): LineSeries[] {
  return series.map((s, k) => ({
    key: s.key,
    label: s.label,
    points: s.points,
    color: s.color ?? CATEGORICAL[k % CATEGORICAL.length],
    dash: SERIES_DASHES[k % SERIES_DASHES.length],
  }));
}

const toggle = (on: boolean) => ({
  font: '12px system-ui, sans-serif',
  padding: '2px 8px',
  border: '1px solid #666',
  background: on ? '#1b3a5c' : '#fff',
  color: on ? '#fff' : '#111',
  cursor: 'pointer',
});

export function LossChart(props: LossChartProps) {
  const label = props['aria-label'] ?? 'Loss chart';
  const [ownScale, setOwnScale] = useState<ScaleKind>(props.defaultScale ?? 'linear');
  const scale = props.scale ?? ownScale;
  const setScale = (s: ScaleKind) => {
    setOwnScale(s);
    props.onScaleChange?.(s);
  };
  const [perEpoch, setPerEpoch] = useState(false);
  const byEpoch = perEpoch && props.epochSeries != null;
  const [box, size] = useElementSize<HTMLDivElement>(
    { width: props.width ?? 480, height: 0 },
    props.width === undefined,
  );
  const width = props.width ?? size.width;
  const height = props.height ?? 240;
  const series = styleSeries(byEpoch ? (props.epochSeries ?? []) : props.series);
  const xName = byEpoch ? 'epoch' : 'update';
  const xLabel = byEpoch ? 'Epoch' : 'Update';
  const summary = series.length
    ? `${label}, ${scale} scale. ${series.map((s) => summarizeSeries(s.label, s.points, xName)).join(' ')}`
    : `${label}: no data yet.`;
  return (
    <section
      ref={box}
      aria-label={label}
      className="loss-chart"
      style={{ width: props.width ?? '100%' }}
    >
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'center' }}>
        <div role="group" aria-label="Loss scale" style={{ display: 'flex' }}>
          {(['linear', 'log'] as const).map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={scale === s}
              onClick={() => setScale(s)}
              style={toggle(scale === s)}
            >
              {s === 'linear' ? 'Linear' : 'Log'}
            </button>
          ))}
        </div>
        {props.epochSeries != null && (
          <div role="group" aria-label="Loss per" style={{ display: 'flex' }}>
            {[false, true].map((e) => (
              <button
                key={String(e)}
                type="button"
                aria-pressed={perEpoch === e}
                onClick={() => setPerEpoch(e)}
                style={toggle(perEpoch === e)}
              >
                {e ? 'Per epoch' : 'Per update'}
              </button>
            ))}
          </div>
        )}
        <ChartLegend series={series} />
      </div>
      <LineChart
        series={series}
        scale={scale}
        xName={xName}
        xLabel={xLabel}
        yLabel="Loss"
        width={width}
        height={height}
        summary={summary}
      />
      <ChartTable series={series} xLabel={xLabel} caption={`${label}: loss by ${xName}`} />
    </section>
  );
}
