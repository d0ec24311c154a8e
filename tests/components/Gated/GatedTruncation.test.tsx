// @vitest-environment jsdom
// The gated views on a truncated LSTM/GRU (lstm-memory's last-step task with BPTT(3, 3)): the
// steps before the last sweep are cut, not vanished — the strip stops at the sweep's window and
// says so, the highway's product reads "cut" there, the cells graph shades the sweep's columns,
// and the chain rule's sum over the steps still equals the traced gradient.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  GatedCellsGraph,
  GatedChainRule,
  GatedGradientThroughTime,
} from '../../../src/components/Gated';
import type { GatedStepTrace } from '../../../src/engine/recurrent/gatedTypes';

import { gatedModelOf, gatedTraces } from './fixtures';

afterEach(cleanup);

const props = (trace: GatedStepTrace) => ({
  model: gatedModelOf(trace),
  selection: null,
  onSelect: () => {},
});

describe('gated views under truncated BPTT', () => {
  it.each(['lstm-memory', 'gru-memory'])('%s: the strip stops at the last sweep', async (id) => {
    const trace = (await gatedTraces(id, 1, { mode: 'truncated', k1: 3, k2: 3 }))[0];
    render(<GatedGradientThroughTime {...props(trace)} />);
    const sentence = screen.getByTestId('gtt-ratio').textContent ?? '';
    expect(sentence).toMatch(
      /^Truncated BPTT\(3, 3\): the loss at t = 9 is carried back over steps 7–9 only; steps 1–6 get none of it: cut by truncation, not vanished\. Within that sweep the gradient at t = 7 is/,
    );
    expect(sentence).not.toMatch(/vanished before reaching/);
    // the chart's summary lists the steps of the window only
    const summary =
      screen.getByRole('img', { name: /‖∂L\/∂hₜ‖ by time step/ }).getAttribute('aria-label') ?? '';
    expect(summary).toMatch(/t=7: .*t=8: .*t=9: /);
    expect(summary).not.toMatch(/t=6:/);
  });

  it('sunspots-gru (every step scored): the sweep’s ratio says it sums later losses', async () => {
    const trace = (await gatedTraces('sunspots-gru', 1, { mode: 'truncated', k1: 4, k2: 4 }))[0];
    render(<GatedGradientThroughTime {...props(trace)} />);
    expect(screen.getByTestId('gtt-ratio').textContent).toMatch(
      /^Truncated BPTT\(4, 4\): the loss at t = 24 is carried back over steps 21–24 only; steps 1–20 get only the gradients of their own sweeps\. Within that sweep .* Every step is scored here/,
    );
  });

  it('full BPTT keeps the whole strip and the untruncated sentence', async () => {
    const trace = (await gatedTraces('lstm-memory', 1, { mode: 'full' }))[0];
    render(<GatedGradientThroughTime {...props(trace)} />);
    expect(screen.getByTestId('gtt-ratio').textContent).toMatch(/^The gradient at t = 1 is/);
    const chart = screen.getByRole('img', { name: /‖∂L\/∂hₜ‖ by time step/ });
    expect(chart.getAttribute('aria-label')).toMatch(/t=1: /);
  });

  it('the cells graph shades the sweep and cuts the highway’s product before it', async () => {
    const trace = (await gatedTraces('lstm-memory', 1, { mode: 'truncated', k1: 3, k2: 3 }))[0];
    render(<GatedCellsGraph {...props(trace)} />);
    expect(screen.getAllByTestId('sweep-shade').map((th) => th.textContent)).toEqual([
      '7',
      '8',
      '9',
    ]);
    expect(screen.getByTestId('sweep-sentence').textContent).toBe(
      'Sweep at t = 9: injects the losses of 9, goes back over steps 7–9.',
    );
    expect(screen.getByTestId('highway-product-6').textContent).toBe('cut');
    expect(screen.getByTestId('highway-product-7').textContent).not.toBe('cut');
    expect(screen.getByTestId('highway-sentence').textContent).toMatch(
      /on reaching t = 7 .*truncation cuts it there: steps 1–6 get none of it\.$/,
    );
  });

  it('the chain rule sums a gate weight over the steps to the traced gradient', async () => {
    const trace = (await gatedTraces('gru-memory', 1, { mode: 'truncated', k1: 3, k2: 3 }))[0];
    render(<GatedChainRule {...props(trace)} />);
    expect(screen.getAllByText(/Sweep at t = 9 injects the losses of 9/).length).toBeGreaterThan(0);
  });
});
