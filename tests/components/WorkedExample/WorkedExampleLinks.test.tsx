// @vitest-environment jsdom
// The worked example linked to the graph: a row's name selects its neuron or parameter (the
// chain rule and the graph follow the store's selection), and a row under the pointer or focus
// is reported so the graph can light it up.
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderLive } from '../liveStore';
import { WorkedExampleTable } from '../../../src/components/WorkedExample/WorkedExampleTable';
import type { Selection } from '../../../src/store/types';

afterEach(cleanup);

async function setup(onHighlight: (ref: Selection | null) => void) {
  const { store, settle, actions } = renderLive(<WorkedExampleTable onHighlight={onHighlight} />);
  await act(async () => void (await actions().loadPreset('two-two-one')));
  await settle();
  actions().stepForward('update');
  await settle();
  return store;
}

const table = (name: RegExp) =>
  within(screen.getByRole('region', { name: 'Worked example' })).getByRole('table', { name });

describe('WorkedExampleTable linked to the graph', () => {
  it('selects a parameter or a neuron from its row', async () => {
    const store = await setup(() => {});
    const update = table(/update \(sgd/);
    fireEvent.click(within(update).getByRole('button', { name: 'w(h2→y1)' }));
    expect(store.getState().selection).toEqual({ kind: 'weight', layer: 1, j: 0, i: 1 });
    expect(
      within(update).getByRole('button', { name: 'w(h2→y1)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    fireEvent.click(within(table(/forward pass/)).getByRole('button', { name: 'h1' }));
    expect(store.getState().selection).toEqual({ kind: 'neuron', layer: 1, j: 0 });
    // the loss row is about no single part of the graph
    const loss = table(/loss \(/);
    expect(
      within(loss).getByRole('rowheader', { name: 'loss L' }).querySelector('button'),
    ).toBeNull();
  });

  it('reports the row under the pointer or focus, and nothing once it leaves', async () => {
    const onHighlight = vi.fn();
    await setup(onHighlight);
    const grads = table(/gradients/);
    const b = within(grads).getByRole('button', { name: 'b(h2)' });
    fireEvent.mouseEnter(b.closest('tr')!);
    expect(onHighlight).toHaveBeenLastCalledWith({ kind: 'bias', layer: 0, j: 1 });
    fireEvent.mouseLeave(b.closest('tr')!);
    expect(onHighlight).toHaveBeenLastCalledWith(null);
    fireEvent.focus(within(table(/backward pass/)).getByRole('button', { name: 'y1' }));
    expect(onHighlight).toHaveBeenLastCalledWith({ kind: 'neuron', layer: 2, j: 0 });
  });
});
