// "Compare cells" (region "Compare cells"): RNN, LSTM and GRU trained side by side on the same
// memory task — each net's gradient through time on one sequence (‖∂L/∂hₜ‖, and ‖∂L/∂cₜ‖ for
// the LSTM) as strips side by side, and their test accuracy as they train. Draws only.
import { useMemo } from 'react';
import { accuracySeries, compareStrips, type CompareInput } from '../../explain/compareCells';
import { formatPercent } from '../../viz/format';
import { ChartLegend } from '../Charts/ChartLegend';
import { LineChart } from '../Charts/LineChart';
import { styleSeries } from '../Charts/LossChart';
import { useElementSize } from '../common/useElementSize';
import { useStyleSheet } from '../common/useStyleSheet';
import { GATED_CSS } from './gatedStyles';

export interface CompareCellsProps {
  readonly nets: readonly CompareInput[] | null;
  readonly running: boolean;
  readonly error: string | null;
  readonly onStart: () => void;
  readonly onStop: () => void;
}

export function CompareCells({ nets, running, error, onStart, onStop }: CompareCellsProps) {
  useStyleSheet(GATED_CSS);
  const [box, size] = useElementSize<HTMLDivElement>({ width: 900, height: 0 });
  const stripWidth = Math.max(240, Math.min(420, (size.width - 24) / 3));
  const strips = useMemo(() => (nets ? compareStrips(nets) : []), [nets]);
  const accuracy = useMemo(() => styleSeries(nets ? accuracySeries(nets) : []), [nets]);
  const update = nets?.[0]?.update ?? 0;
  return (
    <section aria-label="Compare cells" className="panel compare-cells">
      <h2>Compare cells: RNN, LSTM and GRU on the same memory task</h2>
      <p className="rnn-legend">
        The first step shows +1 or −1, then 8 steps of noise; only the last step is scored. Each net
        trains from its own preset (rnn-memory, lstm-memory, gru-memory) in a worker of its own. The
        strips show how much gradient from the last step reaches each earlier step: the gates keep
        it alive where the RNN’s fades.
      </p>
      <div className="buttons">
        {running ? (
          <button type="button" onClick={onStop}>
            Stop comparing
          </button>
        ) : (
          <button type="button" onClick={onStart}>
            {nets ? 'Train them further' : 'Compare RNN, LSTM and GRU'}
          </button>
        )}
        <span role="status" aria-live="polite">
          {nets ? `Update ${update} of each net.` : ''}
        </span>
      </div>
      {error && <p className="fixed-note">The comparison stopped: {error}</p>}
      <div ref={box} style={{ width: '100%', height: 0 }} />
      {strips.length > 0 && (
        <>
          <div className="compare-grid">
            {strips.map((strip) => {
              const series = styleSeries(strip.series);
              return (
                <div key={strip.label} data-testid={`compare-${strip.label}`}>
                  <h3>
                    {strip.label}
                    {strip.accuracy !== null
                      ? `: test accuracy ${formatPercent(strip.accuracy)}`
                      : ''}
                  </h3>
                  {series.length > 1 && <ChartLegend series={series} />}
                  <LineChart
                    series={series}
                    scale="log"
                    xName="step"
                    xLabel="Time step t"
                    yLabel="gradient norm"
                    width={stripWidth}
                    height={160}
                    summary={`${strip.label}: ${strip.ratio.sentence}`}
                  />
                  <p className="rnn-caption" data-trend={strip.ratio.trend}>
                    {strip.ratio.sentence}
                  </p>
                </div>
              );
            })}
          </div>
          <h3>Test accuracy as they train</h3>
          <ChartLegend series={accuracy} showLast />
          <LineChart
            series={accuracy}
            scale="linear"
            xName="update"
            xLabel="Update"
            yLabel="Test accuracy"
            width={Math.max(240, size.width)}
            height={180}
            summary={`Test accuracy by update: ${strips
              .map((s) => `${s.label} ${s.accuracy === null ? '—' : formatPercent(s.accuracy)}`)
              .join(', ')}.`}
          />
        </>
      )}
    </section>
  );
}
