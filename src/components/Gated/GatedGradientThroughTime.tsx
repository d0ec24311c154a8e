// Gradient through time for an LSTM or GRU (region "Gradient through time"): ‖∂L/∂hₜ‖ and,
// for the LSTM, ‖∂L/∂cₜ‖ at every step of the shown sequence on a log axis, with the sentence
// on how the gradient fares going back; and each gate's gradient norm over the updates.
import { useMemo } from 'react';
import { dLdcNorms } from '../../explain/gatedHighway';
import { blockNormSeries, dLdhNorms } from '../../explain/gradientThroughTime';
import { reachedSteps, truncatedRatio } from '../../explain/truncationWindow';
import { formatShort } from '../../viz/format';
import { ChartLegend } from '../Charts/ChartLegend';
import { LineChart } from '../Charts/LineChart';
import { styleSeries } from '../Charts/LossChart';
import { useElementSize } from '../common/useElementSize';
import type { GatedViewProps } from './viewModel';

export function GatedGradientThroughTime({ model }: GatedViewProps) {
  const [box, size] = useElementSize<HTMLDivElement>({ width: 480, height: 0 });
  const width = Math.max(220, size.width);
  const { sample, sequence } = model;
  // under truncation the strip stops where no loss is carried back (those steps are cut, not 0)
  const reached = useMemo(() => (sample ? reachedSteps(sample.sweeps) : null), [sample]);
  const hNorms = useMemo(
    () => (sample ? dLdhNorms(sample).filter((n) => !reached || reached.has(n.t)) : []),
    [sample, reached],
  );
  const cNorms = useMemo(
    () => (sample ? dLdcNorms(sample).filter((n) => !reached || reached.has(n.t)) : []),
    [sample, reached],
  );
  const ratio = truncatedRatio(
    hNorms,
    sample?.sweeps ?? null,
    sequence.bptt,
    sequence.readout === 'every-step',
  );
  const stepSeries = useMemo(
    () =>
      styleSeries([
        { key: 'dLdh', label: '‖∂L/∂hₜ‖', points: hNorms.map((n) => ({ x: n.t, y: n.norm })) },
        ...(cNorms.length
          ? [{ key: 'dLdc', label: '‖∂L/∂cₜ‖', points: cNorms.map((n) => ({ x: n.t, y: n.norm })) }]
          : []),
      ]),
    [hNorms, cNorms],
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
  const list = (norms: typeof hNorms) =>
    norms.map((n) => `t=${n.t}: ${formatShort(n.norm)}`).join(', ');
  const stepSummary = hNorms.length
    ? `‖∂L/∂hₜ‖ by time step, log scale: ${list(hNorms)}.${cNorms.length ? ` ‖∂L/∂cₜ‖: ${list(cNorms)}.` : ''} ${ratio.sentence}`
    : 'No sequence shown yet.';
  const last = model.blockNorms[model.blockNorms.length - 1];
  const blockSummary = last
    ? `Gradient norm per gate by update, log scale; at update ${last.update}: ${Object.entries(
        last.norms,
      )
        .map(([b, v]) => `${b} ${formatShort(v)}`)
        .join(', ')}.`
    : 'Gradient norm per gate: no updates yet.';
  return (
    <section aria-label="Gradient through time" className="panel rnn-gtt">
      <h2>Gradient through time</h2>
      <div ref={box} style={{ width: '100%', height: 0 }} />
      <h3>‖∂L/∂hₜ‖{cNorms.length ? ' and ‖∂L/∂cₜ‖' : ''} at each step of the shown sequence</h3>
      <p className="rnn-caption" data-testid="gtt-ratio" data-trend={ratio.trend}>
        {ratio.sentence}
      </p>
      {hNorms.length > 0 && (
        <>
          {cNorms.length > 0 && <ChartLegend series={stepSeries} />}
          <LineChart
            series={stepSeries}
            scale="log"
            xName="step"
            xLabel="Time step t"
            yLabel="gradient norm"
            width={width}
            height={180}
            summary={stepSummary}
          />
        </>
      )}
      <h3>Gradient norm per gate, by update</h3>
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
