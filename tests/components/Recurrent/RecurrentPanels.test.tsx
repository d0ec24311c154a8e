// @vitest-environment jsdom
// The chain rule, worked example and gradient-through-time views from real traces: named
// regions, numbers equal to the trace's, selection through the parameter list, the cursor's
// step highlighted, copy as Markdown/LaTeX, and the vanishing-gradient sentence.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  GradientThroughTime,
  RecurrentChainRule,
  RecurrentWorkedExample,
} from '../../../src/components/Recurrent';
import { formatFull } from '../../../src/viz/format';
import { rnnTrace, rnnTraces, threeSequences, viewModelOf } from '../../explain/recurrentFixtures';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const text = (id: string) => screen.getByTestId(id).textContent;

describe('RecurrentChainRule', () => {
  it('defaults to Whh[1,1]: one term per step, their sum the trace gradient, and the update', async () => {
    const trace = await rnnTrace();
    render(<RecurrentChainRule model={viewModelOf(trace)} selection={null} onSelect={() => {}} />);
    const region = screen.getByRole('region', { name: 'Chain rule' });
    expect(within(region).getByText(/Gradient of Whh \(h1 ← h1\)/)).toBeTruthy();
    const whh = trace.layout.blocks.find((b) => b.name === 'Whh')!.offset;
    expect(text('chain-sum')).toBe(formatFull(trace.gradients[whh]));
    expect(text('chain-gradient')).toBe(formatFull(trace.gradients[whh]));
    expect(text('chain-after')).toBe(formatFull(trace.after[whh]));
    const s = trace.samples[0];
    expect(text('term-3')).toBe(formatFull(s.steps[2].delta[0] * s.steps[1].h[0]));
    expect(text('term-1')).toBe('0');
  });

  it('the parameter list selects any entry (biases too) through onSelect', async () => {
    const trace = await rnnTrace();
    const onSelect = vi.fn();
    render(<RecurrentChainRule model={viewModelOf(trace)} selection={null} onSelect={onSelect} />);
    const select = screen.getByRole('combobox', { name: 'Parameter' });
    const by = within(select).getByRole('option', { name: 'by (y1)' }) as HTMLOptionElement;
    fireEvent.change(select, { target: { value: by.value } });
    expect(onSelect).toHaveBeenCalledWith({ kind: 'entry', block: 'by', position: [0] });
  });

  it('a weight picked at step t highlights that step; batch mean and clipping are shown', async () => {
    const trace = await rnnTrace({
      ...threeSequences,
      optimizer: { kind: 'sgd', learningRate: 0.1, clipNorm: 0.05 },
    });
    const model = viewModelOf(trace, { sampleIndex: 1 });
    render(
      <RecurrentChainRule
        model={model}
        selection={{ kind: 'entry', block: 'Wxh', position: [2, 1], t: 3 }}
        onSelect={() => {}}
      />,
    );
    const current = document.querySelector('tr[aria-current="step"]')!;
    expect(current.querySelector('th')?.textContent).toBe('4');
    expect(screen.getByText(/mean over the batch of 3 sequences/)).toBeTruthy();
    const k = trace.layout.blocks[0].offset + 2 * 2 + 1;
    expect(text('chain-gradient')).toBe(formatFull(trace.gradients[k]));
    expect(text('chain-clipped')).toBe(formatFull(trace.gradients[k] * trace.clip!.factor));
  });

  it('a hidden state: own part + part from t+1 = ∂L/∂h, and δ, as in the trace', async () => {
    const trace = await rnnTrace();
    render(
      <RecurrentChainRule
        model={viewModelOf(trace)}
        selection={{ kind: 'neuron', layer: 1, j: 1, t: 1 }}
        onSelect={() => {}}
      />,
    );
    const st = trace.samples[0].steps[1];
    expect(screen.getByText('δ of h2 at t = 2 of 4')).toBeTruthy();
    expect(text('state-dLdh')).toBe(formatFull(st.dLdh[1]));
    expect(text('state-delta')).toBe(formatFull(st.delta[1]));
    const own = Number(text('state-own'));
    const back = Number(text('state-recurrent'));
    expect(own + back).toBeCloseTo(st.dLdh[1], 5);
  });

  it('truncation says what each sweep drops', async () => {
    const trace = await rnnTrace({ sequence: { bptt: { mode: 'truncated', k1: 2, k2: 2 } } });
    render(<RecurrentChainRule model={viewModelOf(trace)} selection={null} onSelect={() => {}} />);
    expect(
      screen.getByText(
        'Sweep at t = 4 injects the losses of 3, 4 and carries them back over steps 3–4; what they would send back to steps 1–2 is dropped.',
      ),
    ).toBeTruthy();
  });
});

describe('RecurrentWorkedExample', () => {
  it('a table per step, the cursor step highlighted, and copy as Markdown and LaTeX', async () => {
    const trace = await rnnTrace();
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const model = viewModelOf(trace, { phase: { kind: 'backward', sample: 0, layer: 0, t: 2 } });
    render(<RecurrentWorkedExample model={model} selection={null} onSelect={() => {}} />);
    const region = screen.getByRole('region', { name: 'Worked example' });
    for (const t of [1, 2, 3, 4])
      expect(within(region).getByRole('group', { name: `Step t = ${t} of 4` })).toBeTruthy();
    const current = region.querySelector('[data-current="true"]')!;
    expect(current.textContent).toContain('Step t = 3 of 4 (current step)');
    expect(current.textContent).toContain(formatFull(trace.samples[0].steps[2].delta[0]));
    expect(within(region).getByRole('group', { name: 'Update 1: Whh' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(screen.getByText('Copied as Markdown.')).toBeTruthy());
    const md = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(md).toContain('## Step t = 3 of 4');
    expect(md).toContain(`| h = f(a) | ${formatFull(trace.samples[0].steps[2].h[0])} |`);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as LaTeX' }));
    await waitFor(() => expect(screen.getByText('Copied as LaTeX.')).toBeTruthy());
    expect((writeText.mock.calls[1] as unknown as [string])[0]).toContain('\\begin{tabular}');
  });

  it('without a trace it shows the steps of the live sequence and no update', async () => {
    const trace = await rnnTrace();
    render(
      <RecurrentWorkedExample
        model={viewModelOf(trace, { trace: null })}
        selection={null}
        onSelect={() => {}}
      />,
    );
    expect(screen.queryByRole('group', { name: /Update/ })).toBeNull();
    expect(screen.getByRole('group', { name: 'Step t = 4 of 4' })).toBeTruthy();
    expect(screen.queryByTestId('held-hint')).toBeNull();
  });

  it('while training plays, it says its tables wait for a pause', async () => {
    const trace = await rnnTrace();
    const model = viewModelOf(trace, { trace: null });
    render(<RecurrentWorkedExample model={model} selection={null} onSelect={() => {}} live />);
    const region = screen.getByRole('region', { name: 'Worked example' });
    expect(within(region).getByTestId('held-hint').textContent).toMatch(/updates when you pause/);
  });
});

describe('GradientThroughTime', () => {
  it('‖∂L/∂hₜ‖ per step with the first/last sentence, and one line per block', async () => {
    const traces = await rnnTraces({}, 3);
    const blockNorms = traces.map((t) => ({
      update: t.update,
      norms: Object.fromEntries(
        t.layout.blocks.map((b) => [
          b.name,
          Math.hypot(...Array.from(t.gradients.subarray(b.offset, b.offset + b.size))),
        ]),
      ),
    }));
    const model = viewModelOf(traces[2], { blockNorms });
    render(<GradientThroughTime model={model} selection={null} onSelect={() => {}} />);
    const region = screen.getByRole('region', { name: 'Gradient through time' });
    const steps = traces[2].samples[0].steps;
    const norm = (k: number) => Math.hypot(...Array.from(steps[k].dLdh));
    const sentence = text('gtt-ratio')!;
    expect(sentence).toMatch(/^The gradient at t = 1 is .* of that at t = 4/);
    expect(sentence).toContain(String(Number((norm(0) / norm(3)).toPrecision(4))).slice(0, 4));
    expect(
      within(region).getByRole('img', { name: /‖∂L\/∂hₜ‖ by time step, log scale/ }),
    ).toBeTruthy();
    for (const b of ['Wxh', 'Whh', 'bh', 'Why', 'by'])
      expect(within(region).getByText(new RegExp(`^‖∇${b}‖: `))).toBeTruthy();
  });

  it('a long tanh sequence with small recurrent weights reads as vanishing', async () => {
    const T = 30;
    const trace = await rnnTrace({
      network: {
        kind: 'rnn',
        inputs: 1,
        hidden: 2,
        outputs: 1,
        weights: {
          Whh: [
            [0.1, 0],
            [0, 0.1],
          ],
        },
      },
      sequence: { readout: 'last-step' },
      data: {
        kind: 'sequences',
        inputs: [Array.from({ length: T }, (_, t) => [Math.sin(t)])],
        targets: [[1]],
      },
    });
    render(<GradientThroughTime model={viewModelOf(trace)} selection={null} onSelect={() => {}} />);
    expect(screen.getByTestId('gtt-ratio').getAttribute('data-trend')).toBe('vanishing');
    expect(text('gtt-ratio')).toMatch(/vanish/);
  });

  it('under truncated BPTT the strip stops at the last sweep and says the rest is cut, not vanished', async () => {
    const T = 12;
    const trace = await rnnTrace({
      sequence: { readout: 'last-step', bptt: { mode: 'truncated', k1: 4, k2: 4 } },
      data: {
        kind: 'sequences',
        inputs: [Array.from({ length: T }, (_, t) => [Math.sin(t)])],
        targets: [[1]],
      },
    });
    render(<GradientThroughTime model={viewModelOf(trace)} selection={null} onSelect={() => {}} />);
    expect(text('gtt-ratio')).toMatch(
      /^Truncated BPTT\(4, 4\): the loss at t = 12 is carried back over steps 9–12 only; steps 1–8 get none of it: cut by truncation, not vanished\./,
    );
    const chart = screen.getByRole('img', { name: /‖∂L\/∂hₜ‖ by time step, log scale/ });
    const summary = chart.getAttribute('aria-label') ?? chart.textContent ?? '';
    expect(summary).toContain('t=9:');
    expect(summary).not.toContain('t=8:');
  });
});
