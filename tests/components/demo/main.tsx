// Demo page (not shipped): the graph and charts in the states the screenshots need.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NetworkGraph } from '../../../src/components/NetworkGraph/NetworkGraph';
import type { GraphRef } from '../../../src/viz/refs';
import { GradientNormChart } from '../../../src/components/Charts/GradientNormChart';
import { LossChart } from '../../../src/components/Charts/LossChart';
import { digitsNet, lossHistory, twoTwoOne } from './demoData';

function Charts() {
  const batch = lossHistory(2000, 1, 8);
  const train = lossHistory(2000, 2, 50).map((p) => ({ x: p.x, y: p.y * 0.9 }));
  const test = lossHistory(2000, 3, 50).map((p) => ({ x: p.x, y: p.y * 1.1 + 0.01 }));
  const epochs = train.map((p, k) => ({ x: k + 1, y: p.y }));
  const norms = [3e-5, 2e-3, 0.4].map((s, l) =>
    lossHistory(2000, 10 + l, 20).map((p) => ({ x: p.x, y: p.y * s * (l === 2 ? 10 : 1) })),
  );
  norms[0][3] = { x: norms[0][3].x, y: 0 };
  return (
    <>
      <h2>Loss</h2>
      <LossChart
        series={[
          { key: 'batch', label: 'Batch loss', points: batch },
          { key: 'train', label: 'Training loss', points: train },
          { key: 'test', label: 'Test loss', points: test },
        ]}
        epochSeries={[{ key: 'train', label: 'Training loss', points: epochs }]}
        defaultScale={params.has('log') ? 'log' : 'linear'}
      />
      <h2>Gradient norms</h2>
      <GradientNormChart
        layers={norms}
        labels={['Layer 1 (64→32)', 'Layer 2 (32→10)', 'Layer 3']}
      />
    </>
  );
}

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'small-forward';
const reduced = params.has('reduced');

function Demo() {
  if (view === 'charts') return <Charts />;
  const [selection, setSelection] = useState<GraphRef | null>(
    view === 'small-backward'
      ? { kind: 'weight', layer: 1, j: 0, i: 0 }
      : { kind: 'neuron', layer: 1, j: 0 },
  );
  if (view.startsWith('small')) {
    const d = twoTwoOne();
    const backward = view === 'small-backward';
    return (
      <>
        <h2>2-2-1, {backward ? 'backward, output layer' : 'forward, hidden layer'}</h2>
        <NetworkGraph
          {...d}
          mode={backward ? 'backward' : 'forward'}
          activeLayer={backward ? 0 : 0}
          selection={selection}
          highlight={backward ? { kind: 'neuron', layer: 2, j: 0 } : null}
          onSelect={setSelection}
          reducedMotion={reduced}
        />
      </>
    );
  }
  const d = digitsNet();
  const backward = view === 'big-backward';
  return (
    <>
      <h2>64-32-10 digits</h2>
      <NetworkGraph
        {...d}
        mode={backward ? 'backward' : 'forward'}
        activeLayer={1}
        selection={{ kind: 'neuron', layer: 1, j: 5 }}
        onSelect={setSelection}
        inputImage={params.has('image') ? { rows: 8, cols: 8 } : null}
        reducedMotion={reduced}
      />
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Demo />
  </StrictMode>,
);
