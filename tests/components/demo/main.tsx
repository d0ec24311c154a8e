// Demo page (not shipped): the graph and charts in the states the screenshots need.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { NetworkGraph } from '../../../src/components/NetworkGraph/NetworkGraph';
import type { GraphRef } from '../../../src/viz/refs';
import { digitsNet, twoTwoOne } from './demoData';

const params = new URLSearchParams(location.search);
const view = params.get('view') ?? 'small-forward';
const reduced = params.has('reduced');

function Demo() {
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
