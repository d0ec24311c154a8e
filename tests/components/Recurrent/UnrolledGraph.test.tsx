// @vitest-environment jsdom
// The unrolled graph from a real trace: a region named "Network graph", a column per step with
// the shared weights in the same colour at every step, the cursor's column, δ arrows in the
// backward pass, sweep shading with truncation, a time window for long sequences, and keyboard
// selection that hands the right Ref to onSelect.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnrolledGraph } from '../../../src/components/Recurrent';
import { rnnTrace, threeSequences, viewModelOf } from '../../explain/recurrentFixtures';

afterEach(cleanup);

const item = (key: string) => document.querySelector<SVGGElement>(`[data-key="${key}"]`)!;
const stroke = (key: string) => item(key).querySelectorAll('line')[1].getAttribute('stroke');

describe('UnrolledGraph', () => {
  it('draws a column per step; a shared weight has the same colour at every step', async () => {
    const trace = await rnnTrace();
    render(<UnrolledGraph model={viewModelOf(trace)} selection={null} onSelect={() => {}} />);
    const region = screen.getByRole('region', { name: 'Network graph' });
    for (const t of [1, 2, 3, 4]) expect(within(region).getByText(`t = ${t}`)).toBeTruthy();
    expect(region.textContent).toContain('shared across time');
    expect(stroke('Whh:1:0,1')).toBe(stroke('Whh:3:0,1'));
    expect(stroke('Wxh:0:1,0')).toBe(stroke('Wxh:3:1,0'));
    expect(stroke('Whh:1:0,1')).not.toBe(stroke('Whh:1:1,0'));
    // no recurrent weight reaches step 1 (h₀ = 0)
    expect(document.querySelector('[data-key^="Whh:0:"]')).toBeNull();
  });

  it('keyboard: arrows walk, I enters the incoming weights, Enter selects with t', async () => {
    const trace = await rnnTrace();
    const onSelect = vi.fn();
    render(<UnrolledGraph model={viewModelOf(trace)} selection={null} onSelect={onSelect} />);
    const start = item('h:0:0');
    expect(start.getAttribute('tabindex')).toBe('0');
    start.focus();
    fireEvent.keyDown(start, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-key')).toBe('h:2:0');
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'neuron', layer: 1, j: 0, t: 2 });
    // the caption reads the unit's values from the trace
    const h = trace.samples[0].steps[2].h[0];
    expect(screen.getByTestId('graph-caption').textContent).toContain(
      `h = ${h.toPrecision(4).replace(/0+$/, '')}`,
    );
    fireEvent.keyDown(document.activeElement!, { key: 'i' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({
      kind: 'entry',
      block: 'Whh',
      position: [0, 1],
      t: 2,
    });
    expect(screen.getByTestId('graph-caption').textContent).toMatch(
      /Whh \(h1 ← h2\) at t = 3: w = -0\.2/,
    );
  });

  it('a click selects a weight; the selected weight is marked at every step', async () => {
    const trace = await rnnTrace();
    const onSelect = vi.fn();
    const model = viewModelOf(trace);
    const { rerender } = render(
      <UnrolledGraph model={model} selection={null} onSelect={onSelect} />,
    );
    fireEvent.click(item('Why:3:0,1'));
    expect(onSelect).toHaveBeenCalledWith({ kind: 'entry', block: 'Why', position: [0, 1], t: 3 });
    rerender(
      <UnrolledGraph
        model={model}
        selection={{ kind: 'entry', block: 'Why', position: [0, 1], t: 3 }}
        onSelect={onSelect}
      />,
    );
    expect(item('Why:0:0,1').getAttribute('aria-pressed')).toBe('true');
    expect(item('Why:0:0,0').getAttribute('aria-pressed')).toBe('false');
  });

  it('backward through time: the cursor column and δ arrows from t+1 back to t', async () => {
    const trace = await rnnTrace();
    const model = viewModelOf(trace, { phase: { kind: 'backward', sample: 0, layer: 0, t: 1 } });
    render(<UnrolledGraph model={model} selection={null} onSelect={() => {}} />);
    expect(screen.getAllByTestId('cursor-column')).toHaveLength(1);
    // at t = 2, δ has flowed 4→3 and 3→2 (the one arriving now drawn in full); not yet 2→1
    const arrows = screen.getAllByTestId('delta-arrow');
    expect(arrows).toHaveLength(2);
    expect(arrows.map((a) => a.getAttribute('opacity'))).toEqual(['1', '0.45']);
  });

  it('truncation shades the swept steps of the current sweep', async () => {
    const trace = await rnnTrace({
      ...threeSequences,
      sequence: { bptt: { mode: 'truncated', k1: 2, k2: 2 } },
    });
    const model = viewModelOf(trace, {
      sampleIndex: 1,
      phase: { kind: 'backward', sample: 1, layer: 0, t: 2 },
    });
    render(<UnrolledGraph model={model} selection={null} onSelect={() => {}} />);
    // step 3 is swept by the sweep at t = 4 (steps 3–4)
    expect(screen.getAllByTestId('sweep-shade')).toHaveLength(2);
    expect(screen.getByRole('region', { name: 'Network graph' }).textContent).toContain(
      'Sweep at t = 4',
    );
  });

  it('a long sequence shows a window with a time strip that moves it', async () => {
    const inputs = [Array.from({ length: 24 }, (_, t) => [Math.sin(t)])];
    const targets = [Array.from({ length: 24 }, (_, t) => [Math.cos(t)])];
    const trace = await rnnTrace({ data: { kind: 'sequences', inputs, targets } });
    const model = viewModelOf(trace, { phase: { kind: 'forward', sample: 0, layer: 0, t: 15 } });
    render(<UnrolledGraph model={model} selection={null} onSelect={() => {}} />);
    const slider = screen.getByRole('slider', { name: 'Time window' });
    // 640 px (jsdom's fallback width) fits 7 columns around t = 16
    expect(screen.getByText('t = 16')).toBeTruthy();
    expect(screen.queryByText('t = 1')).toBeNull();
    fireEvent.change(slider, { target: { value: '0' } });
    expect(screen.getByText('t = 1')).toBeTruthy();
    expect(screen.queryByText('t = 16')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Back to t = 16' }));
    expect(screen.getByText('t = 16')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'One step later' }));
    expect((slider as HTMLInputElement).value).not.toBe('0');
  });

  it('a big net paints its weight copies on a canvas, each still a named, selectable line', async () => {
    const trace = await rnnTrace({
      network: { kind: 'rnn', inputs: 1, hidden: 16, outputs: 1 },
      data: {
        kind: 'sequences',
        inputs: [Array.from({ length: 12 }, (_, t) => [t / 12])],
        targets: [Array.from({ length: 12 }, () => [0])],
      },
    });
    const onSelect = vi.fn();
    render(<UnrolledGraph model={viewModelOf(trace)} selection={null} onSelect={onSelect} />);
    const edge = item('Whh:3:15,2');
    expect(edge.tagName.toLowerCase()).toBe('line');
    // the colour is on the canvas; the line only takes focus, clicks and its name
    expect(screen.getByTestId('rnn-edge-canvas')).toBeTruthy();
    expect(edge.getAttribute('stroke')).toBe('none');
    expect(edge.getAttribute('aria-label')).toMatch(/^Whh/);
    fireEvent.click(edge);
    expect(onSelect).toHaveBeenCalledWith({ kind: 'entry', block: 'Whh', position: [15, 2], t: 3 });
  });
});
