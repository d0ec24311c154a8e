// @vitest-environment jsdom
// The recurrent options against a real session: their labels, a refused truncation naming
// the setting (the run shown stays), a new sequence length and weight scale reloading the
// scenario, and clipping applied live.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecurrentOptions } from '../../../src/components/Controls/RecurrentOptions';
import { recurrentScaleOf } from '../../../src/scenario/recurrentShare';
import type { RecurrentScenario } from '../../../src/scenario/recurrentSchema';
import { renderLive } from '../liveStore';

afterEach(cleanup);

async function memory() {
  const live = renderLive(<RecurrentOptions />);
  await act(async () => void (await live.actions().loadPreset('rnn-memory')));
  await live.settle();
  return live;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const commit = (label: string, text: string) => {
  fireEvent.change(field(label), { target: { value: text } });
  fireEvent.keyDown(field(label), { key: 'Enter' });
};
const shown = (s: { shareable: { scenario: unknown } | null }) =>
  s.shareable?.scenario as RecurrentScenario;

describe('RecurrentOptions', () => {
  it('shows the five recurrent settings with their labels', async () => {
    await memory();
    expect(field('Sequence length').value).toBe('9');
    expect(field('Recurrent weight scale').value).toBe('1');
    fireEvent.change(field('Backpropagation through time'), { target: { value: 'truncated' } });
    await screen.findByLabelText('Truncation k1');
    expect(field('Truncation k2')).toBeTruthy();
    expect((field('Gradient clipping') as unknown as HTMLSelectElement).value).toBe('5');
  });

  it('refuses k2 below k1 naming the setting, and keeps the run', async () => {
    const { store, settle } = await memory();
    fireEvent.change(field('Backpropagation through time'), { target: { value: 'truncated' } });
    await settle();
    expect(shown(store.getState()).sequence.bptt).toEqual({ mode: 'truncated', k1: 4, k2: 4 });
    const loadsBefore = store.getState().shareable;
    commit('Truncation k2', '2');
    await settle();
    expect(store.getState().notices.at(-1)?.text).toMatch(/^Truncation k2 was not changed: .*k1/);
    expect(store.getState().shareable).toBe(loadsBefore);
    expect(field('Truncation k2').value).toBe('4');
  });

  it('reloads with a new sequence length and weight scale, and clips live', async () => {
    const { store, settle } = await memory();
    commit('Sequence length', '12');
    await settle();
    expect(store.getState().summary?.recurrent?.lengths[0]).toBe(12);
    commit('Recurrent weight scale', '2.5');
    await settle();
    expect(recurrentScaleOf(shown(store.getState()))).toBeCloseTo(2.5, 9);
    expect(field('Recurrent weight scale').value).toBe('2.5');
    fireEvent.change(field('Gradient clipping'), { target: { value: 'off' } });
    await settle();
    expect(store.getState().summary?.optimizer.clipNorm).toBeUndefined();
    commit('Sequence length', '0');
    await settle();
    expect(store.getState().notices.at(-1)?.text).toMatch(/^Sequence length was not changed/);
  });
});
