// @vitest-environment jsdom
// The chain-rule panel against a real session: its prompts before a trace and before a
// selection, choosing a parameter with its own select (which selects it in the store), a
// selected neuron showing its bias, and no select for a network too large to list.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChainRulePanel } from '../../../src/components/ChainRule/ChainRulePanel';
import { allParams, chainRule, paramIndex, paramName } from '../../../src/explain';
import { renderLive } from './liveSession';
import { number, texSources } from './readView';

afterEach(cleanup);

const region = () => screen.getByRole('region', { name: 'Chain rule' });
const picker = () => within(region()).getByRole('combobox', { name: 'Parameter' });
const shownName = () => (picker() as HTMLSelectElement).selectedOptions[0]?.textContent;

describe('ChainRulePanel', () => {
  it('asks to step forward until an update is traced, and lists the parameters once loaded', async () => {
    const { actions, settle, store } = renderLive(<ChainRulePanel />);
    expect(within(region()).getByText(/^Step forward to compute an update/)).toBeTruthy();
    expect(within(region()).queryByRole('combobox')).toBeNull(); // no network yet
    await act(async () => void (await actions().loadPreset('two-two-one')));
    await settle();
    expect(within(region()).getByText(/^Step forward to compute an update/)).toBeTruthy();
    expect(within(region()).queryByRole('table')).toBeNull();
    const sizes = store.getState().summary!.sizes;
    const options = within(picker())
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Choose a weight or bias',
      ...allParams(sizes).map((r) => paramName(sizes, r)),
    ]);
  });

  it('after a trace, asks for a selection; an input neuron has no gradient to show', async () => {
    const { actions, traced } = renderLive(<ChainRulePanel />);
    await traced('two-two-one');
    const prompt = /^Select a weight \(an edge\) or a neuron in the graph/;
    expect(within(region()).getByText(prompt)).toBeTruthy();
    act(() => actions().select({ kind: 'neuron', layer: 0, j: 1 }));
    expect(within(region()).getByText(prompt)).toBeTruthy();
    expect(within(region()).queryByRole('table')).toBeNull();
    expect((picker() as HTMLSelectElement).value).toBe('');
  });

  it('choosing a parameter in its select selects it and shows its gradient', async () => {
    const { store, traced } = renderLive(<ChainRulePanel />);
    const trace = await traced('two-two-one');
    const ref = { kind: 'weight', layer: 1, j: 0, i: 1 } as const;
    const name = paramName(trace.sizes, ref);
    const option = within(picker()).getByRole('option', { name }) as HTMLOptionElement;
    fireEvent.change(picker(), { target: { value: option.value } });
    expect(store.getState().selection).toEqual(ref);
    expect(shownName()).toBe(name);
    expect(within(region()).getByRole('heading', { name: `Gradient of ${name}` })).toBeTruthy();
    expect(
      within(region()).getByRole('table', { name: `Factors of the gradient of ${name}` }),
    ).toBeTruthy();
    const shown = number(within(region()).getByTestId('chain-gradient').textContent);
    expect(shown).toBeCloseTo(trace.gradients[paramIndex(trace, ref)], 6);
  });

  it('writes the gradient as chainRule’s TeX, rendered by KaTeX once it has loaded', async () => {
    const { actions, traced } = renderLive(<ChainRulePanel />);
    const trace = await traced('two-two-one');
    const ref = { kind: 'weight', layer: 0, j: 1, i: 0 } as const;
    act(() => actions().select(ref));
    const rule = chainRule(trace, ref, 0);
    await waitFor(() => expect(region().querySelector('code.tex-fallback')).toBeNull());
    const formula = region().querySelector('.chain-rule > .tex-display');
    expect(formula?.querySelector('.katex math')).not.toBeNull();
    expect(texSources(formula as HTMLElement)).toEqual([rule.tex]);
    // every factor's formula too, in the order of the factors
    const factorTex = texSources(within(region()).getByRole('table'));
    expect(factorTex).toEqual(rule.factors.map((f) => f.tex));
  });

  it('a selected neuron shows its bias, and the select follows the store', async () => {
    const { actions, traced } = renderLive(<ChainRulePanel />);
    const trace = await traced('two-two-one');
    act(() => actions().select({ kind: 'neuron', layer: 1, j: 1 }));
    const bias = paramName(trace.sizes, { kind: 'bias', layer: 0, j: 1 });
    expect(bias).toBe('b(h2)');
    expect(shownName()).toBe(bias);
    expect(within(region()).getByRole('heading', { name: `Gradient of ${bias}` })).toBeTruthy();
    act(() => actions().select({ kind: 'weight', layer: 0, j: 0, i: 0 }));
    expect(shownName()).toBe('w(x1→h1)');
  });

  it('loading another scenario clears the selection and its gradient', async () => {
    const { actions, settle, traced } = renderLive(<ChainRulePanel />);
    await traced('two-two-one');
    act(() => actions().select({ kind: 'weight', layer: 0, j: 0, i: 0 }));
    expect(within(region()).getByRole('table')).toBeTruthy();
    await act(async () => void (await actions().loadPreset('xor')));
    await settle();
    expect(within(region()).queryByRole('table')).toBeNull();
    expect(within(region()).getByText(/^Step forward to compute an update/)).toBeTruthy();
  });

  it('offers no select for a network with more than 400 parameters, yet shows a selection', async () => {
    const { actions, traced } = renderLive(<ChainRulePanel />);
    const trace = await traced('spiral');
    expect(allParams(trace.sizes).length).toBeGreaterThan(400);
    expect(within(region()).queryByRole('combobox')).toBeNull();
    const ref = { kind: 'weight', layer: 2, j: 3, i: 5 } as const;
    act(() => actions().select(ref));
    const name = paramName(trace.sizes, ref);
    const heading = within(region()).getByRole('heading', { level: 3 });
    expect(heading.textContent?.endsWith(`, sample 1 of ${trace.samples.length}`)).toBe(true);
    expect(heading.textContent?.startsWith(`Gradient of ${name}`)).toBe(true);
    const shown = number(within(region()).getByTestId('chain-gradient').textContent);
    expect(shown).toBeCloseTo(trace.gradients[paramIndex(trace, ref)], 6);
  });
});
