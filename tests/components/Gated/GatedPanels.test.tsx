// @vitest-environment jsdom
// The gated views from lstm-gomez's real trace: the cells across time open a cell through
// onSelect, the gate view shows the engine's gate values and deltas (and says what the cursor
// has not computed yet), the chain rule sums a gate weight's terms to the traced gradient, the
// worked example has every gate, and the compare view draws one strip per net.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GateView,
  GatedCellsGraph,
  GatedChainRule,
  GatedWorkedExample,
} from '../../../src/components/Gated';
import { CompareCells } from '../../../src/components/Gated/CompareCells';
import { formatFull } from '../../../src/viz/format';
import { gatedModelOf, gatedTraces } from './fixtures';

afterEach(cleanup);

describe('gated views', () => {
  it('a cell button selects its unit at its step', async () => {
    const onSelect = vi.fn();
    render(
      <GatedCellsGraph
        model={gatedModelOf((await gatedTraces('lstm-gomez'))[0])}
        selection={null}
        onSelect={onSelect}
      />,
    );
    fireEvent.click(screen.getByTestId('cell-2-1'));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'neuron', layer: 1, j: 0, t: 1 });
    expect(screen.getByTestId('highway-product-1').textContent).toBe('0.8703');
  });

  it('the gate view shows the traced gates and deltas of the selected cell', async () => {
    const trace = (await gatedTraces('lstm-gomez'))[0];
    const st = trace.samples[0].steps[1];
    render(
      <GateView
        model={gatedModelOf(trace)}
        selection={{ kind: 'neuron', layer: 1, j: 0, t: 1 }}
        onSelect={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Gate view' });
    expect(within(region).getByRole('heading', { level: 2 }).textContent).toBe(
      'The LSTM cell opened up: unit 1 at t = 2',
    );
    expect(screen.getByTestId('gate-f').textContent).toBe(formatFull(st.gates.f[0]));
    expect(screen.getByTestId('gate-c').textContent).toBe(formatFull(st.c![0]));
    expect(screen.getByTestId('delta-dLdc').textContent).toBe(formatFull(st.dLdc![0]));
    expect(screen.getByTestId('delta-f').textContent).toBe(formatFull(st.dGates.f[0]));
  });

  it('while the cursor is still going forward the deltas are not shown', async () => {
    const trace = (await gatedTraces('lstm-gomez'))[0];
    // phase 0: forward at t = 1
    render(
      <GateView
        model={gatedModelOf(trace, 0)}
        selection={{ kind: 'neuron', layer: 1, j: 0, t: 0 }}
        onSelect={() => {}}
      />,
    );
    expect(screen.queryByTestId('delta-dLdh')).toBeNull();
    expect(screen.getByText(/backward pass has not reached t = 1/)).toBeTruthy();
  });

  it('the chain rule of Whf sums δf·hₜ₋₁ to the traced gradient, and the update', async () => {
    const trace = (await gatedTraces('lstm-gomez'))[0];
    render(<GatedChainRule model={gatedModelOf(trace)} selection={null} onSelect={() => {}} />);
    const k = trace.layout.blocks.find((b) => b.name === 'Whf')!.offset;
    expect(screen.getByTestId('chain-sum').textContent).toBe(formatFull(trace.gradients[k]));
    expect(screen.getByTestId('chain-after').textContent).toBe(formatFull(trace.after[k]));
  });

  it('the worked example lists every gate forward and every δ back', async () => {
    render(
      <GatedWorkedExample
        model={gatedModelOf((await gatedTraces('lstm-gomez'))[0])}
        selection={null}
        onSelect={() => {}}
      />,
    );
    const region = screen.getByRole('region', { name: 'Worked example' });
    for (const head of ['i', 'f', 'g', 'o', 'c', 'δi', 'δf', '∂L/∂c'])
      expect(within(region).getAllByRole('columnheader', { name: head }).length).toBeGreaterThan(0);
  });

  it('compare cells draws a strip per net and starts on request', () => {
    const onStart = vi.fn();
    const net = (label: string, c: boolean) => ({
      label,
      update: 10,
      accuracy: [
        { x: 0, y: 0.5 },
        { x: 10, y: 0.75 },
      ],
      dLdh: [0.01, 0.1, 1],
      dLdc: c ? [0.2, 0.5, 1] : null,
    });
    const { rerender } = render(
      <CompareCells nets={null} running={false} error={null} onStart={onStart} onStop={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Compare RNN, LSTM and GRU' }));
    expect(onStart).toHaveBeenCalled();
    rerender(
      <CompareCells
        nets={[net('RNN', false), net('LSTM', true), net('GRU', false)]}
        running
        error={null}
        onStart={onStart}
        onStop={() => {}}
      />,
    );
    expect(screen.getByTestId('compare-LSTM').textContent).toContain('test accuracy 75.0%');
    expect(screen.getByTestId('compare-RNN').textContent).toContain('vanishing');
  });
});
