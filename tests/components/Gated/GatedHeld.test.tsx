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
import type { GatedStepTrace } from '../../../src/engine/recurrent/gatedTypes';
import { loadSequences } from '../../../src/data/sequences';
import { getGatedPreset } from '../../../src/scenario/gatedPresets';
import { createGatedRun } from '../../../src/scenario/gatedRun';
import { isGatedScenario, validateAppScenario } from '../../../src/scenario/validate';
import type { GatedViewModel } from '../../../src/store/gatedView';
import { formatFull, formatShort } from '../../../src/viz/format';

afterEach(cleanup);

/** lstm-gomez's first two updates (the second starts from the first's weights). */
async function twoUpdates(): Promise<[GatedStepTrace, GatedStepTrace]> {
  const result = validateAppScenario(getGatedPreset('lstm-gomez')!.scenario);
  if (!result.ok || !isGatedScenario(result.scenario)) throw new Error('invalid');
  const s = result.scenario;
  const data = await loadSequences(s.data, {
    readText: () => Promise.reject(new Error('no files')),
    seed: s.seed,
    nOut: 1,
    readout: s.sequence.readout,
  });
  const { trainer } = createGatedRun(s, data);
  const traces = [trainer.step(true), trainer.step(true)].map((r) => {
    if (!r.ok || !r.trace) throw new Error('step failed');
    return r.trace;
  });
  return [traces[0], traces[1]];
}

const modelOf = (trace: GatedStepTrace): GatedViewModel => ({
  spec: trace.spec,
  sequence: trace.sequence,
  layout: trace.layout,
  params: trace.before,
  trace,
  sample: trace.samples[0],
  sampleIndex: 0,
  phase: null,
  blockNorms: [],
  fixedBiases: false,
});

const props = (model: GatedViewModel, live: boolean): GatedViewProps => ({
  model,
  selection: { kind: 'neuron', layer: 1, j: 0, t: 1 },
  onSelect: () => {},
  live,
});

describe('gated views while playing', () => {
  it('the chain rule says it holds its values while playing, and not when paused', async () => {
    const [a] = await twoUpdates();
    const { rerender } = render(<GatedChainRule {...props(modelOf(a), true)} />);
    const region = screen.getByRole('region', { name: 'Chain rule' });
    expect(within(region).getByTestId('held-hint').textContent).toMatch(/updates when you pause/);
    rerender(<GatedChainRule {...props(modelOf(a), false)} />);
    expect(within(region).queryByTestId('held-hint')).toBeNull();
  });

  it('the worked example says so too', async () => {
    const [a] = await twoUpdates();
    render(<GatedWorkedExample {...props(modelOf(a), true)} />);
    const region = screen.getByRole('region', { name: 'Worked example' });
    expect(within(region).getByTestId('held-hint')).toBeTruthy();
  });

  it('the gate view holds the values from when play began and follows again on pause', async () => {
    const [a, b] = await twoUpdates();
    const fOf = (t: GatedStepTrace) => formatFull(t.samples[0].steps[1].gates.f[0]);
    expect(fOf(a)).not.toBe(fOf(b));
    const { rerender } = render(<GateView {...props(modelOf(a), false)} />);
    rerender(<GateView {...props(modelOf(a), true)} />);
    rerender(<GateView {...props(modelOf(b), true)} />);
    const region = screen.getByRole('region', { name: 'Gate view' });
    expect(within(region).getByTestId('held-hint')).toBeTruthy();
    expect(screen.getByTestId('gate-f').textContent).toBe(fOf(a));
    rerender(<GateView {...props(modelOf(b), false)} />);
    expect(within(region).queryByTestId('held-hint')).toBeNull();
    expect(screen.getByTestId('gate-f').textContent).toBe(fOf(b));
  });

  it('the cells grid holds its numbers while playing; its buttons keep their names', async () => {
    const [a, b] = await twoUpdates();
    const hOf = (t: GatedStepTrace) => formatShort(t.samples[0].steps[1].h[0]);
    expect(hOf(a)).not.toBe(hOf(b));
    const { rerender } = render(<GatedCellsGraph {...props(modelOf(a), false)} />);
    rerender(<GatedCellsGraph {...props(modelOf(b), true)} />);
    const region = screen.getByRole('region', { name: 'Network graph' });
    expect(within(region).getByTestId('held-hint')).toBeTruthy();
    const cell = screen.getByRole('button', {
      name: `Open the cell of unit 1 at t = 2: h = ${hOf(a)}`,
    });
    expect(cell.textContent).toBe(hOf(a));
    rerender(<GatedCellsGraph {...props(modelOf(b), false)} />);
    expect(screen.getByTestId('cell-2-1').textContent).toBe(hOf(b));
  });
});
