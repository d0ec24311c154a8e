// @vitest-environment jsdom
// The worked-example table against a real session (the worker's code, run in-process): the
// published 2-2-1 numbers appear, and editing an input, a target, a starting weight or the
// learning rate in place recomputes the update.
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderLive } from '../liveStore';
import { mlpOnly } from '../../helpers/traced';
import { WorkedExampleTable } from '../../../src/components/WorkedExample/WorkedExampleTable';
import { parseTyped } from '../../../src/components/WorkedExample/EditableCell';
import { formatNumber } from '../../../src/explain';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

async function setup(preset = 'two-two-one') {
  const live = renderLive(<WorkedExampleTable />);
  await act(async () => void (await live.actions().loadPreset(preset)));
  await live.settle();
  live.actions().stepForward('update');
  await live.settle();
  return live;
}

const region = () => screen.getByRole('region', { name: 'Worked example' });
const after = (name: string) => {
  const update = within(region()).getByRole('table', { name: /update \(sgd/ });
  const row = within(update).getByRole('rowheader', { name }).closest('tr')!;
  return row.querySelectorAll('td')[3].textContent; // before, gradient, change, after
};

async function edit(name: string | RegExp, text: string, settle: () => Promise<void>) {
  const input = within(region()).getByRole('textbox', { name });
  fireEvent.focus(input);
  fireEvent.change(input, { target: { value: text } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await settle();
}

describe('WorkedExampleTable', () => {
  it('shows the 2-2-1 update with the published output after it', async () => {
    await setup();
    // the preset's description: the output for the same input falls from 0.665074 …
    expect(within(region()).getAllByText('0.665074').length).toBeGreaterThan(0);
    expect(within(region()).getByRole('table', { name: /forward pass/ })).toBeTruthy();
  });

  it('copies the table as Markdown and LaTeX, in the formats the CLI prints', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() => expect(screen.getByText('Copied as Markdown.')).toBeTruthy(), {
      timeout: 10_000,
    });
    expect((writeText.mock.calls[0] as unknown as [string])[0]).toMatch(/\| 0\.665074 \|/);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as LaTeX' }));
    await waitFor(() => expect(screen.getByText('Copied as LaTeX.')).toBeTruthy());
    expect((writeText.mock.calls[1] as unknown as [string])[0]).toContain('\\begin{tabular}');
  });

  it('marks the 2-2-1 biases as fixed (not trained) and says why', async () => {
    await setup();
    expect(after('w(h1→y1)')).not.toBe('fixed: not trained');
    const update = within(region()).getByRole('table', { name: /update \(sgd/ });
    const row = within(update).getByRole('rowheader', { name: 'b(y1)' }).closest('tr')!;
    expect(row.querySelectorAll('td')[2].textContent).toBe('fixed: not trained');
    expect(
      within(region()).getByText(/^The biases are fixed in this example: not trained/),
    ).toBeTruthy();
  });

  it('editing a starting weight recomputes the update with it', async () => {
    const { store, settle } = await setup();
    const w = store.getState().traces[0].before;
    const first = within(region()).getAllByRole('textbox', { name: /before this update$/ })[0];
    await edit(first.getAttribute('aria-label')!, '0.5', settle);
    const revised = store.getState().traces[0];
    expect(revised.update).toBe(1);
    expect(revised.before[0]).toBe(0.5);
    expect(revised.before.slice(1)).toEqual(w.slice(1));
    // the table shows the new trace's numbers
    expect((within(region()).getAllByRole('textbox')[0] as HTMLInputElement).value).not.toBe('');
    expect((first as HTMLInputElement).value).toBe(formatNumber(0.5));
    expect(after('w(x1→h1)')).toBe(formatNumber(revised.after[0]));
    expect(store.getState().traces).toHaveLength(1);
  });

  it('editing an input and a target changes the forward pass and the loss', async () => {
    const { store, settle } = await setup();
    const loss = mlpOnly(store.getState().traces[0]).samples[0].loss;
    await edit('Input x1 of sample 1', '1', settle);
    expect(mlpOnly(store.getState().traces[0]).samples[0].input[0]).toBe(1);
    await edit('Target for y1 of sample 1', '0', settle);
    expect(mlpOnly(store.getState().traces[0]).samples[0].target[0]).toBe(0);
    expect(mlpOnly(store.getState().traces[0]).samples[0].loss).not.toBe(loss);
  });

  it('editing the learning rate redoes the update with it', async () => {
    const { store, settle } = await setup();
    const input = within(region()).getByRole('spinbutton', {
      name: 'η used by this update',
    });
    fireEvent.change(input, { target: { value: '0.5' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();
    expect(store.getState().traces[0].optimizer.config.learningRate).toBe(0.5);
    expect(store.getState().summary?.optimizer.learningRate).toBe(0.5);
  });

  it('refuses text that is not a number and keeps the value', async () => {
    const { store, sent, settle } = await setup();
    const input = within(region()).getAllByRole('textbox', {
      name: /before this update$/,
    })[0] as HTMLInputElement;
    const before = sent.length;
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: '1..2' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.blur(input);
    await settle();
    expect(sent.length).toBe(before);
    expect(input.value).toBe(formatNumber(store.getState().traces[0].before[0]));
  });

  it('offers no editing once training has moved past the shown update', async () => {
    const { send, settle } = await setup();
    send({ type: 'step', unit: 'update', count: 3 });
    await settle();
    expect(within(region()).queryAllByRole('textbox')).toHaveLength(0);
    expect(within(region()).getByText(/edited on the latest update/)).toBeTruthy();
  });

  it('reads numbers the way people type them', () => {
    expect(parseTyped(' −0.5 ')).toBe(-0.5);
    expect(parseTyped('.25')).toBe(0.25);
    expect(parseTyped('1e-3')).toBe(0.001);
    for (const bad of ['', '1..2', 'abc', '1e999', '0x10', '1,5'])
      expect(parseTyped(bad)).toBeNull();
  });
});
