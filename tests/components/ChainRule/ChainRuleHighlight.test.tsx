// @vitest-environment jsdom
// Hovering or focusing a factor (or a downstream term) of the chain-rule panel reports where
// it comes from, so the graph can highlight it; leaving or blurring reports null.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChainRulePanel } from '../../../src/components/ChainRule/ChainRulePanel';
import type { FactorSource } from '../../../src/explain';
import { renderLive } from './liveSession';
import { factorRows } from './readView';

afterEach(cleanup);

const region = () => screen.getByRole('region', { name: 'Chain rule' });
// Layers count the input as 0: in 2-2-1, x is layer 0, h layer 1 and y layer 2.
const neuron = (layer: number, j: number): FactorSource => ({ kind: 'neuron', layer, j });

async function setup() {
  const onHighlight = vi.fn<(source: FactorSource | null) => void>();
  const live = renderLive(<ChainRulePanel onHighlight={onHighlight} />);
  await live.traced('two-two-one');
  return { ...live, onHighlight };
}

describe('ChainRulePanel highlighting', () => {
  it('an output weight’s factors come from the loss, the output neuron and the input to it', async () => {
    const { actions, onHighlight } = await setup();
    act(() => actions().select({ kind: 'weight', layer: 1, j: 0, i: 1 })); // w(h2→y1)
    const expected = [{ kind: 'loss' }, neuron(2, 0), neuron(1, 1)];
    const rows = factorRows(region());
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, k) => {
      fireEvent.mouseEnter(row);
      expect(onHighlight).toHaveBeenLastCalledWith(expected[k]);
      fireEvent.mouseLeave(row);
      expect(onHighlight).toHaveBeenLastCalledWith(null);
    });
    expect(onHighlight).toHaveBeenCalledTimes(2 * expected.length);
  });

  it('focusing a factor with the keyboard reports it too, and blurring clears it', async () => {
    const { actions, onHighlight } = await setup();
    act(() => actions().select({ kind: 'weight', layer: 0, j: 0, i: 1 })); // w(x2→h1)
    const rows = factorRows(region());
    rows.forEach((row) => expect(row.tabIndex).toBe(0));
    const expected = [neuron(1, 0), neuron(1, 0), neuron(0, 1)];
    rows.forEach((row, k) => {
      act(() => row.focus());
      expect(onHighlight).toHaveBeenLastCalledWith(expected[k]);
    });
    act(() => rows[2].blur());
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it('a downstream term reports the next layer’s neuron; the product row reports nothing', async () => {
    const { actions, onHighlight } = await setup();
    act(() => actions().select({ kind: 'neuron', layer: 1, j: 1 })); // b(h2)
    const [term] = within(region()).getAllByRole('listitem');
    expect(term.textContent).toMatch(/^y1: /);
    fireEvent.mouseEnter(term);
    expect(onHighlight).toHaveBeenLastCalledWith(neuron(2, 0));
    fireEvent.mouseLeave(term);
    expect(onHighlight).toHaveBeenLastCalledWith(null);
    onHighlight.mockClear();
    const product = within(region()).getByRole('rowheader', { name: 'product (this sample)' });
    fireEvent.mouseEnter(product.closest('tr')!);
    expect(onHighlight).not.toHaveBeenCalled();
    // a bias's ∂z/∂b is 1, from the neuron itself
    fireEvent.mouseEnter(factorRows(region())[2]);
    expect(onHighlight).toHaveBeenLastCalledWith(neuron(1, 1));
  });

  it('works without a callback', async () => {
    const { actions, traced } = renderLive(<ChainRulePanel />);
    await traced('two-two-one');
    act(() => actions().select({ kind: 'weight', layer: 1, j: 0, i: 0 }));
    const [row] = factorRows(region());
    expect(() => {
      fireEvent.mouseEnter(row);
      fireEvent.focus(row);
      fireEvent.mouseLeave(row);
    }).not.toThrow();
    expect(factorRows(region())).toHaveLength(3);
  });
});
