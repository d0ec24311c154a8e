// Gradient through time (its own region): ‖∂L/∂hₜ‖ at every step of the shown sequence on a
// log axis with a sentence saying whether it vanishes or explodes on its way back, and each
// block's gradient norm over the updates. Under truncated BPTT the strip stops at the steps a
// loss is carried back to, and says those before are cut, not vanished. Live: it redraws whenever
// the model does.
import { useMemo } from 'react';
import { blockNormSeries, dLdhNorms } from '../../explain/gradientThroughTime';
import { reachedSteps, truncatedRatio } from '../../explain/truncationWindow';
import { ChartLegend } from '../Charts/ChartLegend';
import { LineChart } from '../Charts/LineChart';
import { styleSeries } from '../Charts/LossChart';
import { useElementSize } from '../common/useElementSize';
import { useStyleSheet } from '../common/useStyleSheet';
import { RECURRENT_CSS } from './recurrentStyles';
import type { RecurrentViewProps } from './viewModel';
import { formatShort } from '../../viz/format';

export function GradientThroughTime({ model }: RecurrentViewProps) {
  useStyleSheet(RECURRENT_CSS);
  const [box, size] = useElementSize<HTMLDivElement>({ width: 480, height: 0 });
  const width = Math.max(220, size.width);
  const { sample, sequence } = model;
  // under truncation the strip stops where no loss is carried back (those steps are cut, not 0)
  const norms = useMemo(() => {
    if (!sample) return [];
    const reached = reachedSteps(sample.sweeps);
    return dLdhNorms(sample).filter((n) => !reached || reached.has(n.t));
  }, [sample]);
  const ratio = truncatedRatio(
    norms,
    sample?.sweeps ?? null,
    sequence.bptt,
    sequence.readout === 'every-step',
  );
  const stepSeries = useMemo(
    () =>
      styleSeries([
        { key: 'dLdh', label: '‖∂L/∂hₜ‖', points: norms.map((n) => ({ x: n.t, y: n.norm })) },
      ]),
    [norms],
  );
  const blocks = useMemo(
    () =>
      styleSeries(
        blockNormSeries(model.blockNorms).map((b) => ({
          key: b.block,
          label: `‖∇${b.block}‖`,
          points: b.points,
        })),
      ),
    [model.blockNorms],
  );
  const stepSummary = norms.length
    ? `‖∂L/∂hₜ‖ by time step, log scale: ${norms.map((n) => `t=${n.t}: ${formatShort(n.norm)}`).join(', ')}. ${ratio.sentence}`
    : 'No sequence shown yet.';
  const last = model.blockNorms[model.blockNorms.length - 1];
  const blockSummary = last
    ? `Gradient norm per block by update, log scale; at update ${last.update}: ${Object.entries(
        last.norms,
      )
        .map(([b, v]) => `${b} ${formatShort(v)}`)
        .join(', ')}.`
    : 'Gradient norm per block: no updates yet.';
  return (
    <section aria-label="Gradient through time" className="panel rnn-gtt">
      <h2>Gradient through time</h2>
      <div ref={box} style={{ width: '100%', height: 0 }} />
      <h3>‖∂L/∂hₜ‖ at each step of the shown sequence</h3>
      <p className="rnn-caption" data-testid="gtt-ratio" data-trend={ratio.trend}>
        {ratio.sentence}
      </p>
      {norms.length > 0 && (
        <LineChart
          series={stepSeries}
          scale="log"
          xName="step"
          xLabel="Time step t"
          yLabel="‖∂L/∂hₜ‖"
          width={width}
          height={180}
          summary={stepSummary}
        />
      )}
      <h3>Gradient norm per block, by update</h3>
      {blocks.length === 0 ? (
        <p className="rnn-legend">No updates yet: the lines grow as the network trains.</p>
      ) : (
        <>
          <ChartLegend series={blocks} showLast />
          <LineChart
            series={blocks}
            scale="log"
            xName="update"
            xLabel="Update"
            yLabel="Gradient norm"
            width={width}
            height={180}
            summary={blockSummary}
          />
        </>
      )}
    </section>
  );
}
