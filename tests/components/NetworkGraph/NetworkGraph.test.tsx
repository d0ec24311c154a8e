// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NetworkGraph } from '../../../src/components/NetworkGraph/NetworkGraph';
import type { NetworkGraphProps } from '../../../src/components/NetworkGraph/types';

afterEach(cleanup);
// jsdom has no 2-D canvas; the graph must cope with getContext returning null.
vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);

// The 2-2-1 worked example (Mazur's hidden layer with one output): W0 = [[.15,.2],[.25,.3]],
// b0 = [.35,.35], W1 = [[.4,-.45]] (one weight negative for the dash rule), b1 = [.6].
const params = new Float64Array([0.15, 0.2, 0.25, 0.3, 0.35, 0.35, 0.4, -0.45, 0.6]);
const x = new Float64Array([0.05, 0.1]);
// σ(0.15·0.05 + 0.2·0.1 + 0.35) = σ(0.3775) and σ(0.3925), as printed by Mazur.
const h = new Float64Array([0.593269992, 0.596884378]);
const y = new Float64Array([0.7]);
const props: NetworkGraphProps = {
  sizes: [2, 2, 1],
  params,
  activations: [x, h, y],
  deltas: [new Float64Array([0.0123, -0.0456]), new Float64Array([0.1385])],
  gradients: new Float64Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.0821, -0.0827, 0.1385]),
  mode: 'forward',
  reducedMotion: true,
  width: 800,
  height: 360,
};

const edges = () => document.querySelectorAll('.bl-edge');
const nodes = () => document.querySelectorAll('.bl-node');

describe('NetworkGraph', () => {
  it('pins a badge beside each neuron the caller asks for, and nowhere else', () => {
    render(
      <NetworkGraph
        {...props}
        nodeBadge={(layer, j) => (layer === 1 ? <span data-testid={`badge-${j}`}>map</span> : null)}
      />,
    );
    expect(screen.getAllByTestId(/^badge-/)).toHaveLength(2);
    const a = screen.getByTestId('badge-0').parentElement!;
    const b = screen.getByTestId('badge-1').parentElement!;
    expect(a.style.left).toBe(b.style.left); // one column …
    expect(parseFloat(a.style.top)).toBeLessThan(parseFloat(b.style.top)); // … top to bottom
    // the node itself stays a button
    expect(nodes()).toHaveLength(5);
  });

  it('renders the 2-2-1 net as 5 nodes, 6 edges and 3 biases in a region named Network graph', () => {
    render(<NetworkGraph {...props} />);
    expect(screen.getByRole('region', { name: 'Network graph' })).toBeTruthy();
    expect(nodes()).toHaveLength(5);
    expect(edges()).toHaveLength(6);
    expect(document.querySelectorAll('.bl-bias')).toHaveLength(3);
    expect(screen.getByText('Input')).toBeTruthy();
    expect(screen.getByText('Hidden 1')).toBeTruthy();
    expect(screen.getByText('Output')).toBeTruthy();
  });

  it('gives each edge an accessible name with its ends and weight', () => {
    render(<NetworkGraph {...props} />);
    const names = [...edges()].map((e) => e.getAttribute('aria-label'));
    expect(names).toEqual(
      expect.arrayContaining([
        'Weight w from x1 to h1: 0.150000',
        'Weight w from x2 to h1: 0.200000',
        'Weight w from x1 to h2: 0.250000',
        'Weight w from x2 to h2: 0.300000',
        'Weight w from h1 to y1: 0.400000',
        'Weight w from h2 to y1: -0.450000',
      ]),
    );
    expect(screen.getByRole('button', { name: 'Neuron h1, activation 0.593270' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Input x2: 0.100000' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Bias b of y1: 0.600000' })).toBeTruthy();
  });

  it('dashes negative weights and only negative weights', () => {
    render(<NetworkGraph {...props} />);
    const lines = [...document.querySelectorAll('.bl-edge-line')];
    const dashed = lines.filter((l) => l.getAttribute('stroke-dasharray'));
    expect(dashed).toHaveLength(1);
    expect(dashed[0].closest('.bl-edge')?.getAttribute('aria-label')).toBe(
      'Weight w from h2 to y1: -0.450000',
    );
    expect(dashed[0].getAttribute('stroke')).not.toBe(lines[0].getAttribute('stroke'));
  });

  it('shows δ values and gradient-scaled edges in the backward phase', () => {
    render(<NetworkGraph {...props} mode="backward" />);
    expect(screen.getByRole('button', { name: 'Neuron h2, δ -0.045600' })).toBeTruthy();
    expect(screen.getByText('δ 0.138500')).toBeTruthy();
    expect(
      screen.getByRole('button', { name: 'Weight w from h2 to y1: -0.450000, gradient -0.082700' }),
    ).toBeTruthy();
    // The widest edge is the largest gradient (x2→h2, 0.4), not the largest weight.
    const widest = [...document.querySelectorAll('.bl-edge-line')].reduce((a, b) =>
      Number(b.getAttribute('stroke-width')) > Number(a.getAttribute('stroke-width')) ? b : a,
    );
    expect(widest.closest('.bl-edge')?.getAttribute('aria-label')).toContain('from x2 to h2');
  });

  it('prints activations with six decimals under the nodes in the forward phase', () => {
    render(<NetworkGraph {...props} />);
    expect(screen.getByText('0.593270')).toBeTruthy();
    expect(screen.getByText('0.596884')).toBeTruthy();
  });

  it('calls onSelect with the ref of a clicked edge, node and bias', () => {
    const onSelect = vi.fn();
    render(<NetworkGraph {...props} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'Weight w from x2 to h1: 0.200000' }));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'weight', layer: 0, j: 0, i: 1 });
    fireEvent.click(screen.getByRole('button', { name: /^Neuron h2/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'neuron', layer: 1, j: 1 });
    fireEvent.click(screen.getByRole('button', { name: /^Bias b of y1/ }));
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'bias', layer: 1, j: 0 });
  });

  it('selects with Enter and Space from the keyboard, and the whole graph is one tab stop', () => {
    const onSelect = vi.fn();
    render(<NetworkGraph {...props} onSelect={onSelect} />);
    const edge = screen.getByRole('button', { name: /from h1 to y1/ });
    // every item stays a named button, reachable with the arrow keys (tabindex -1)
    expect(edge.getAttribute('tabindex')).toBe('-1');
    fireEvent.keyDown(edge, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'weight', layer: 1, j: 0, i: 0 });
    fireEvent.keyDown(screen.getByRole('button', { name: /^Input x1/ }), { key: ' ' });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'neuron', layer: 0, j: 0 });
    fireEvent.keyDown(edge, { key: 'a' });
    expect(onSelect).toHaveBeenCalledTimes(2);
    const stops = document.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0].getAttribute('data-ref')).toBe('n:1:0');
    expect(document.querySelectorAll('[tabindex="-1"]')).toHaveLength(5 + 6 + 3 - 1);
  });

  it('moves focus with the arrow keys, I/O/B and Escape, and the tab stop follows', () => {
    render(<NetworkGraph {...props} />);
    const focused = () => document.activeElement?.getAttribute('data-ref');
    const press = (key: string) => {
      const event = fireEvent.keyDown(document.activeElement!, { key });
      return event; // false when the graph used the key (default prevented)
    };
    (document.querySelector('[tabindex="0"]') as SVGGElement).focus();
    expect(focused()).toBe('n:1:0');
    expect(press('ArrowDown')).toBe(false);
    expect(focused()).toBe('n:1:1');
    // the arrow at the end of a layer stays in the graph (it does not step the app)
    expect(press('ArrowDown')).toBe(false);
    expect(focused()).toBe('n:1:1');
    press('ArrowRight');
    expect(focused()).toBe('n:2:0');
    press('ArrowLeft');
    press('ArrowLeft');
    expect(focused()).toBe('n:0:0');
    press('End');
    expect(focused()).toBe('n:0:1');
    press('Home');
    expect(focused()).toBe('n:0:0');
    // from the output neuron: its incoming weights, walked with ↑/↓, Home/End
    press('ArrowRight');
    press('ArrowRight');
    press('i');
    expect(focused()).toBe('w:1:0:0');
    press('ArrowDown');
    expect(focused()).toBe('w:1:0:1');
    press('Home');
    expect(focused()).toBe('w:1:0:0');
    // ← goes to the weight's sending neuron, then O walks that neuron's outgoing weights
    press('ArrowLeft');
    expect(focused()).toBe('n:1:0');
    press('o');
    expect(focused()).toBe('w:1:0:0');
    press('Escape');
    expect(focused()).toBe('n:1:0');
    press('b');
    expect(focused()).toBe('b:0:0');
    press('ArrowDown');
    expect(focused()).toBe('b:0:1');
    press('Escape');
    expect(focused()).toBe('n:1:1');
    // one tab stop, on the focused item; its tooltip shows as on a pointer
    const stops = document.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0].getAttribute('data-ref')).toBe('n:1:1');
    expect(screen.getByRole('tooltip').id).toBe(stops[0].getAttribute('aria-describedby'));
    // an input neuron has no incoming weights nor bias: I and B leave focus where it is
    press('ArrowLeft');
    expect(press('i')).toBe(true);
    expect(press('b')).toBe(true);
    expect(focused()).toBe('n:0:1');
    // Shift+arrows are the app's (next/previous update): the graph leaves them alone
    expect(fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', shiftKey: true })).toBe(
      true,
    );
    expect(focused()).toBe('n:0:1');
  });

  it('a clicked item becomes the tab stop, and clicks still select', () => {
    const onSelect = vi.fn();
    render(<NetworkGraph {...props} onSelect={onSelect} />);
    const bias = screen.getByRole('button', { name: /^Bias b of y1/ });
    fireEvent.click(bias);
    fireEvent.focus(bias);
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'bias', layer: 1, j: 0 });
    const stops = document.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0]).toBe(bias);
  });

  it('shows a tooltip with the exact values of a focused edge', () => {
    render(<NetworkGraph {...props} mode="backward" />);
    const edge = screen.getByRole('button', { name: /from h1 to y1/ });
    fireEvent.focus(edge);
    const tip = screen.getByRole('tooltip');
    expect(within(tip).getByText('0.400000')).toBeTruthy();
    expect(within(tip).getByText('0.082100')).toBeTruthy();
    expect(tip.textContent).toContain('0.0821');
    expect(edge.getAttribute('aria-describedby')).toBe(tip.id);
    fireEvent.blur(edge);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('says in a fixed bias’s tooltip and name that the example does not train it', () => {
    const { rerender } = render(<NetworkGraph {...props} fixedBiases />);
    const bias = screen.getByRole('button', {
      name: 'Bias b of y1: 0.600000, fixed in this example: not trained',
    });
    fireEvent.focus(bias);
    const tip = screen.getByRole('tooltip');
    expect(within(tip).getByText('fixed in this example')).toBeTruthy();
    expect(within(tip).getByText('not trained')).toBeTruthy();
    rerender(<NetworkGraph {...props} />);
    expect(screen.getByRole('tooltip').textContent).not.toContain('not trained');
  });

  it('draws rings around the selection and the highlight', () => {
    const { rerender } = render(<NetworkGraph {...props} />);
    const ringsBefore = document.querySelectorAll('circle[stroke="#e69f00"]').length;
    rerender(
      <NetworkGraph
        {...props}
        selection={{ kind: 'neuron', layer: 1, j: 0 }}
        highlight={{ kind: 'neuron', layer: 2, j: 0 }}
      />,
    );
    expect(ringsBefore).toBe(0);
    const out = screen.getByRole('button', { name: /^Neuron y1/ });
    expect(out.querySelector('circle[stroke="#e69f00"]')).not.toBeNull();
    const h1 = screen.getByRole('button', { name: /^Neuron h1/ });
    expect(h1.querySelector('circle[stroke="#111"][fill="none"]:not(.bl-focus)')).not.toBeNull();
  });

  it('renders no animation under reduced motion and a pulse into the active layer otherwise', () => {
    const { rerender } = render(<NetworkGraph {...props} activeLayer={0} reducedMotion />);
    expect(screen.queryByTestId('graph-pulses')).toBeNull();
    expect(
      document.querySelectorAll('.bl-pulse, .bl-pulse-band, animate, animateMotion'),
    ).toHaveLength(0);
    expect(document.querySelector('.bl-motion')).toBeNull();
    rerender(<NetworkGraph {...props} activeLayer={0} reducedMotion={false} />);
    // Forward into hidden layer 1: one pulse per edge of W0.
    expect(document.querySelectorAll('.bl-pulse-edge')).toHaveLength(4);
  });

  it('marks values the forward pass has not reached as not computed', () => {
    render(<NetworkGraph {...props} activeLayer={0} />);
    expect(screen.getByRole('button', { name: 'Neuron y1: not computed yet' })).toBeTruthy();
  });

  it('takes its region name from the aria-label prop', () => {
    render(<NetworkGraph {...props} aria-label="Digits network" />);
    expect(screen.getByRole('region', { name: 'Digits network' })).toBeTruthy();
  });
});

describe('NetworkGraph with a big net', () => {
  const sizes = [64, 32, 10];
  const n = 64 * 32 + 32 + 32 * 10 + 10;
  const big = new Float64Array(n).map((_, k) => ((k * 7919) % 13) / 13 - 0.5);
  const acts = [new Float64Array(64).fill(3), new Float64Array(32).fill(0.5), new Float64Array(10)];

  it('draws edges on a canvas and makes one tab stop that arrows move between nodes', () => {
    const onSelect = vi.fn();
    render(
      <NetworkGraph
        sizes={sizes}
        params={big}
        activations={acts}
        mode="forward"
        reducedMotion
        width={1000}
        height={700}
        onSelect={onSelect}
      />,
    );
    expect(screen.getByTestId('edge-canvas')).toBeTruthy();
    expect(edges()).toHaveLength(0);
    expect(nodes()).toHaveLength(106);
    const stops = document.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const first = stops[0] as SVGGElement;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const now = document.querySelector('[tabindex="0"]');
    expect(now?.getAttribute('data-ref')).toBe('n:1:1');
    fireEvent.keyDown(now!, { key: 'Enter' });
    expect(onSelect).toHaveBeenLastCalledWith({ kind: 'neuron', layer: 1, j: 1 });
    // The focused unit's edges come forward in SVG: 64 in, 10 out.
    expect(document.querySelectorAll('.bl-edges .bl-edge-line')).toHaveLength(74);
  });

  it('draws a 64-input layer as an 8×8 image of square cells', () => {
    render(
      <NetworkGraph
        sizes={sizes}
        params={big}
        activations={acts}
        mode="forward"
        reducedMotion
        width={1000}
        height={700}
        inputImage={{ rows: 8, cols: 8 }}
      />,
    );
    const cells = document.querySelectorAll('[data-ref^="n:0:"] rect.bl-node-fill');
    expect(cells).toHaveLength(64);
    expect(cells[0].getAttribute('width')).toBe(cells[0].getAttribute('height'));
    expect(document.querySelector('.bl-image-hint')).toBeNull();
  });

  it('says what the empty image frame will hold before a sample is traced', () => {
    render(
      <NetworkGraph
        sizes={sizes}
        params={big}
        mode="idle"
        reducedMotion
        width={1000}
        height={700}
        inputImage={{ rows: 8, cols: 8 }}
      />,
    );
    expect(document.querySelector('.bl-image-hint')?.textContent).toBe(
      'Step forward totrace a sample',
    );
  });
});

describe('NetworkGraph side labels', () => {
  const small = [3, 2, 3];
  const n = small.slice(1).reduce((a, s, l) => a + s * small[l] + s, 0);
  const p = new Float64Array(n).fill(0.1);
  const draw = (props: Partial<NetworkGraphProps>) =>
    render(
      <NetworkGraph
        sizes={small}
        params={p}
        mode="idle"
        reducedMotion
        width={800}
        height={400}
        {...props}
      />,
    );
  it('writes feature names left of the inputs and class names right of the outputs', () => {
    draw({
      inputNames: ['sepal length', 'sepal width', 'a very long feature name'],
      outputNames: ['setosa', 'versicolor', 'virginica'],
    });
    const labels = [...document.querySelectorAll('.bl-side-label')].map((t) => t.textContent);
    expect(labels).toEqual([
      'sepal length',
      'sepal width',
      'a very long f…',
      'setosa',
      'versicolor',
      'virginica',
    ]);
    // the names reach assistive technology too, in full
    expect(
      screen.getByRole('button', { name: 'Input x3 (a very long feature name)' }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /^Neuron y2 \(versicolor\): not computed yet$/ }),
    ).toBeTruthy();
    // inputs sit right of their labels, outputs left of theirs
    const input = document.querySelector('[data-ref="n:0:0"] circle.bl-node-fill')!;
    const label = document.querySelector('.bl-side-label')!;
    expect(Number(label.getAttribute('x'))).toBeLessThan(Number(input.getAttribute('cx')));
    // outside the neuron's own button, whose box (and centre, where a click lands) is its circle
    expect(label.closest('[role="button"]')).toBeNull();
    expect(Number(input.getAttribute('cx'))).toBeGreaterThan(44 + 40);
  });

  it('keeps the names out of sight, yet in the neurons’ names, on a narrow screen', () => {
    draw({
      width: 358,
      inputNames: ['sepal length', 'sepal width', 'petal length'],
      outputNames: ['setosa', 'versicolor', 'virginica'],
    });
    expect(document.querySelectorAll('.bl-side-label')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Input x1 (sepal length)' })).toBeTruthy();
  });

  it('writes nothing when the names only repeat x1, x2', () => {
    draw({ inputNames: ['x₁', 'x₂', 'x₃'] });
    expect(document.querySelectorAll('.bl-side-label')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Input x1' })).toBeTruthy();
  });
});

describe('NetworkGraph after an architecture change', () => {
  it('keeps one tab stop when the remembered node no longer exists', () => {
    const mk = (sizes: number[]) => {
      const n = sizes.slice(1).reduce((a, s, l) => a + s * sizes[l] + s, 0);
      return new Float64Array(n).fill(0.1);
    };
    const { rerender } = render(
      <NetworkGraph
        sizes={[30, 20, 10]}
        params={mk([30, 20, 10])}
        mode="idle"
        reducedMotion
        width={900}
        height={600}
      />,
    );
    const first = document.querySelector('[tabindex="0"]') as SVGGElement;
    fireEvent.focus(document.querySelector('[data-ref="n:2:9"]')!);
    expect(document.querySelector('[tabindex="0"]')?.getAttribute('data-ref')).toBe('n:2:9');
    expect(first.getAttribute('data-ref')).toBe('n:1:0');
    rerender(
      <NetworkGraph
        sizes={[40, 16, 4]}
        params={mk([40, 16, 4])}
        mode="idle"
        reducedMotion
        width={900}
        height={600}
      />,
    );
    const stops = document.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    expect(stops[0].getAttribute('data-ref')).toBe('n:1:0');
  });
});

describe('NetworkGraph with stale data', () => {
  it('renders without throwing when params and activations lag behind new sizes', () => {
    render(
      <NetworkGraph
        sizes={[2, 3, 1]}
        params={new Float64Array(9).fill(0.5)}
        activations={[new Float64Array([1, 2]), new Float64Array(2), new Float64Array(1)]}
        mode="forward"
        reducedMotion
        width={600}
        height={300}
      />,
    );
    expect(edges()).toHaveLength(9);
    expect(screen.getByRole('button', { name: 'Neuron h3: not computed yet' })).toBeTruthy();
  });
});
