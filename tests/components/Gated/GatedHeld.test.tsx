// @vitest-environment jsdom
// While training plays, the gated views that would redraw heavily (the cells grid, the gate
// view with its formulas, the chain rule, the worked example) hold what they showed when it
// began and say so with the Elman views' hint; on Pause they follow the model again.
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GateView,
  GatedCellsGraph,
  GatedChainRule,
  GatedWorkedExample,
} from '../../../src/components/Gated';
import type { GatedViewProps } from '../../../src/components/Gated/viewModel';
import type { GatedViewModel } from '../../../src/store/gatedView';
import { formatFull, formatShort } from '../../../src/viz/format';
import type { GatedStepTrace } from '../../../src/engine/recurrent/gatedTypes';
import { gatedModelOf, gatedTraces } from './fixtures';

afterEach(cleanup);

const props = (model: GatedViewModel, live: boolean): GatedViewProps => ({
  model,
  selection: { kind: 'neuron', layer: 1, j: 0, t: 1 },
  onSelect: () => {},
  live,
});

describe('gated views while playing', () => {
  it('the chain rule says it holds its values while playing, and not when paused', async () => {
    const [a] = await gatedTraces('lstm-gomez', 2);
    const { rerender } = render(<GatedChainRule {...props(gatedModelOf(a), true)} />);
    const region = screen.getByRole('region', { name: 'Chain rule' });
    expect(within(region).getByTestId('held-hint').textContent).toMatch(/updates when you pause/);
    rerender(<GatedChainRule {...props(gatedModelOf(a), false)} />);
    expect(within(region).queryByTestId('held-hint')).toBeNull();
  });

  it('the worked example says so too', async () => {
    const [a] = await gatedTraces('lstm-gomez', 2);
    render(<GatedWorkedExample {...props(gatedModelOf(a), true)} />);
    const region = screen.getByRole('region', { name: 'Worked example' });
    expect(within(region).getByTestId('held-hint')).toBeTruthy();
  });

  it('the gate view holds the values from when play began and follows again on pause', async () => {
    const [a, b] = await gatedTraces('lstm-gomez', 2);
    const fOf = (t: GatedStepTrace) => formatFull(t.samples[0].steps[1].gates.f[0]);
    expect(fOf(a)).not.toBe(fOf(b));
    const { rerender } = render(<GateView {...props(gatedModelOf(a), false)} />);
    rerender(<GateView {...props(gatedModelOf(a), true)} />);
    rerender(<GateView {...props(gatedModelOf(b), true)} />);
    const region = screen.getByRole('region', { name: 'Gate view' });
    expect(within(region).getByTestId('held-hint')).toBeTruthy();
    expect(screen.getByTestId('gate-f').textContent).toBe(fOf(a));
    rerender(<GateView {...props(gatedModelOf(b), false)} />);
    expect(within(region).queryByTestId('held-hint')).toBeNull();
    expect(screen.getByTestId('gate-f').textContent).toBe(fOf(b));
  });

  it('the cells grid holds its numbers while playing; its buttons keep their names', async () => {
    const [a, b] = await gatedTraces('lstm-gomez', 2);
    const hOf = (t: GatedStepTrace) => formatShort(t.samples[0].steps[1].h[0]);
    expect(hOf(a)).not.toBe(hOf(b));
    const { rerender } = render(<GatedCellsGraph {...props(gatedModelOf(a), false)} />);
    rerender(<GatedCellsGraph {...props(gatedModelOf(b), true)} />);
    const region = screen.getByRole('region', { name: 'Network graph' });
    expect(within(region).getByTestId('held-hint')).toBeTruthy();
    const cell = screen.getByRole('button', {
      name: `Open the cell of unit 1 at t = 2: h = ${hOf(a)}`,
    });
    expect(cell.textContent).toBe(hOf(a));
    rerender(<GatedCellsGraph {...props(gatedModelOf(b), false)} />);
    expect(screen.getByTestId('cell-2-1').textContent).toBe(hOf(b));
  });
});
