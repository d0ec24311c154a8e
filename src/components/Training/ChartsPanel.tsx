// The training charts wired to the store's decimated histories: batch, train and test loss,
// and each layer's gradient norm (vanishing and exploding gradients become visible).
import { useMemo } from 'react';
import { GradientNormChart } from '../Charts/GradientNormChart';
import { LossChart } from '../Charts/LossChart';
import { useAppStore } from '../../store/context';

export function ChartsPanel() {
  const histories = useAppStore((s) => s.histories);
  const version = useAppStore((s) => s.historyVersion);
  const sizes = useAppStore((s) => s.summary?.sizes ?? null);
  const groups = useAppStore((s) => s.summary?.recurrent?.groups ?? null);
  // a CNN's series are its weight blocks (K1, W4, …), named as its views name them; a
  // fixed-point net's statistics groups are its blocks (W with b, V), not layers
  const cnnBlocks = useAppStore((s) => s.summary?.cnn?.groups ?? null);
  const fixedPointBlocks = useAppStore((s) => s.summary?.fixedPoint?.groups ?? null);
  const blocks = cnnBlocks ?? fixedPointBlocks;
  const series = useMemo(() => {
    void version; // the histories change in place; the version says when
    return [
      { key: 'batch', label: 'Batch loss (per update)', points: histories.batchLoss.points },
      { key: 'train', label: 'Train loss', points: histories.trainLoss.points },
      { key: 'test', label: 'Test loss', points: histories.testLoss.points },
    ].filter((s) => s.points.length > 0);
  }, [histories, version]);
  const epochSeries = useMemo(() => {
    void version;
    return [
      { key: 'train', label: 'Train loss', points: histories.epochTrainLoss.points },
      { key: 'test', label: 'Test loss', points: histories.epochTestLoss.points },
    ].filter((s) => s.points.length > 0);
  }, [histories, version]);
  const norms = useMemo(() => {
    void version;
    return histories.gradNorm.map((h) => h.points);
  }, [histories, version]);
  const labels = cnnBlocks
    ? cnnBlocks.map((name) => `block ${name}`)
    : fixedPointBlocks
      ? fixedPointBlocks.map((b) => `∇${b}`)
      : sizes
        ? sizes
            .slice(1)
            .map((_, l) => (l === sizes.length - 2 ? 'output layer' : `hidden layer ${l + 1}`))
        : [];
  return (
    <div className="panels charts">
      <section className="panel" aria-label="Loss chart">
        <h2>Loss</h2>
        <LossChart series={series} epochSeries={epochSeries} aria-label="Loss over updates" />
      </section>
      {/* a recurrent net's block norms are in its "Gradient through time" region */}
      {!groups && (
        <section className="panel" aria-label="Gradient norms">
          <h2>{blocks ? 'Gradient norm per block' : 'Gradient norm per layer'}</h2>
          <GradientNormChart
            layers={norms}
            labels={labels}
            aria-label={`Gradient norm of each ${blocks ? 'block' : 'layer'} over updates`}
          />
        </section>
      )}
    </div>
  );
}
