// @vitest-environment jsdom
// The selected hidden neuron's map beside the boundary: which neuron a selection shows, its
// activation's range in the legend, and the prompt when nothing hidden is selected.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SelectedNeuronMap } from '../../../src/components/Data/SelectedNeuronMap';
import type { RunSummary } from '../../../src/protocol/messages';
import { createAppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/context';

afterEach(cleanup);

const n = 4;
/** Two hidden layers over a 4×4 grid: layer 1 (3 tanh units), layer 2 (2 ReLU units). */
const layers = [
  Float64Array.from({ length: n * n * 3 }, (_, k) => Math.sin(k)),
  Float64Array.from({ length: n * n * 2 }, (_, k) => (k % 2 === 1 ? k / 4 : 0)),
];
const summary = {
  sizes: [2, 3, 2, 1],
  activations: ['tanh', 'relu', 'sigmoid'],
} as unknown as RunSummary;

function setup() {
  const store = createAppStore({ send: () => {} });
  render(
    <StoreProvider store={store}>
      <SelectedNeuronMap summary={summary} layers={layers} resolution={n} />
    </StoreProvider>,
  );
  return store.getState().actions;
}

describe('SelectedNeuronMap', () => {
  it('asks for a selection until a hidden neuron (or a weight into one) is chosen', () => {
    const actions = setup();
    expect(screen.getByText(/Select a hidden neuron/)).toBeTruthy();
    act(() => actions.select({ kind: 'neuron', layer: 3, j: 0 })); // the output
    expect(screen.queryByTestId('selected-neuron-map')).toBeNull();
    act(() => actions.select({ kind: 'weight', layer: 0, j: 2, i: 1 }));
    expect(
      screen.getByRole('img', { name: /^Map of neuron h1\.3: its tanh activation/ }),
    ).toBeTruthy();
    expect(screen.getByTestId('selected-neuron-map').textContent).toMatch(/^h₁,₃ over the plane-1/);
  });

  it('shows an unbounded activation over the largest value it takes on the grid', () => {
    const actions = setup();
    act(() => actions.select({ kind: 'neuron', layer: 2, j: 1 }));
    expect(
      screen.getByRole('img', { name: /^Map of neuron h2\.2: its relu activation/ }),
    ).toBeTruthy();
    // column 1 of layer 2 holds k/4 for odd k up to 31: the largest is 7.75
    const legend = screen.getByTestId('selected-neuron-map').querySelector('.pl-legend');
    expect(legend?.textContent?.replace(/\s+/g, ' ').trim()).toBe('-7.75 7.75');
  });
});
