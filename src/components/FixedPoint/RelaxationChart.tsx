// The relaxation drawn: max|Δx| per iteration of the forward relaxation and max|Δv| of the
// adjoint one on a log scale, falling to the tolerance; while stepping the lines grow with the
// cursor. The sentence under the title says how many iterations each took and ρ(D·W)'s rate.
import { useMemo } from 'react';
import { relaxationSeries } from '../../explain/relaxationSeries';
import { ChartLegend } from '../Charts/ChartLegend';
import { LineChart } from '../Charts/LineChart';
import { styleSeries } from '../Charts/LossChart';
import { useElementSize } from '../common/useElementSize';
import { formatShort } from '../../viz/format';
import type { FixedPointViewProps } from './types';

export function RelaxationChart({ model }: FixedPointViewProps) {
  const [box, size] = useElementSize<HTMLDivElement>({ width: 480, height: 0 });
  const width = Math.max(220, size.width);
  const { sample, stage, spec, radius } = model;
  const data = useMemo(
    () => (sample ? relaxationSeries(sample, stage, spec.relaxation.tolerance, radius) : null),
    [sample, stage, spec.relaxation.tolerance, radius],
  );
  const series = useMemo(() => {
    if (!data) return [];
    const last = Math.max(data.forward.length, data.adjoint.length, 1);
    return styleSeries([
      { key: 'forward', label: 'forward max|Δx|', points: data.forward },
      { key: 'adjoint', label: 'adjoint max|Δv|', points: data.adjoint },
      {
        key: 'tolerance',
        label: 'tolerance',
        points: [
          { x: 1, y: data.tolerance },
          { x: last, y: data.tolerance },
        ],
        color: '#666',
      },
    ]);
  }, [data]);
  const summary = data
    ? `Change size per iteration, log scale. Forward: ${data.forward.map((p) => formatShort(p.y)).join(', ') || 'none yet'}. Adjoint: ${data.adjoint.map((p) => formatShort(p.y)).join(', ') || 'none yet'}.`
    : 'No relaxation yet.';
  return (
    <section aria-label="Relaxation" className="panel fp-relaxation">
      <h2>Relaxation: change per iteration</h2>
      <div ref={box} style={{ width: '100%', height: 0 }} />
      <p className="rnn-caption" data-testid="fp-relaxation-sentence">
        {data ? data.sentence : 'No relaxation yet.'}
      </p>
      {data && (
        <>
          <ChartLegend series={series} />
          <LineChart
            series={series}
            scale="log"
            xName="iteration"
            xLabel="Iteration k"
            yLabel="max|Δ|"
            width={width}
            height={200}
            summary={summary}
          />
        </>
      )}
    </section>
  );
}
