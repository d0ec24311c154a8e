// @vitest-environment jsdom
// The recurrent options on LSTM and GRU scenarios against a real session: the settings each
// shows; truncation and the loss over time applied live (the weights learned and the update
// count stay); a refused truncation naming the setting with the run kept; the GRU convention
// and the scored steps reloading the scenario from its starting weights.
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RecurrentOptions } from '../../../src/components/Controls/RecurrentOptions';
import type { GatedSpec } from '../../../src/engine/recurrent/gatedTypes';
import { renderLive } from '../liveStore';

afterEach(cleanup);

async function open(id: string) {
  const live = renderLive(<RecurrentOptions />);
  await act(async () => void (await live.actions().loadPreset(id)));
  await live.settle();
  return live;
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const choose = (label: string, value: string) =>
  fireEvent.change(field(label), { target: { value } });
const commit = (label: string, text: string) => {
  fireEvent.change(field(label), { target: { value: text } });
  fireEvent.keyDown(field(label), { key: 'Enter' });
};

describe('RecurrentOptions on gated nets', () => {
  it('lstm-memory: its settings (no weight scale, no scored steps, no convention)', async () => {
    await open('lstm-memory');
    expect(field('Sequence length').value).toBe('9');
    expect(field('Backpropagation through time').value).toBe('full');
    expect(field('Loss over time').value).toBe('sum');
    expect(field('Gradient clipping').value).toBe('5');
    expect(screen.queryByLabelText('Recurrent weight scale')).toBeNull();
    expect(screen.queryByLabelText('Scored steps')).toBeNull();
    expect(screen.queryByLabelText('GRU convention')).toBeNull();
    expect(screen.getByTestId('recurrent-options-note').textContent).toMatch(
      /Changing the sequence length restarts training/,
    );
  });

  it('lstm-memory: truncation applies live, keeping the weights learned', async () => {
    const { store, settle, actions, sent } = await open('lstm-memory');
    act(() => actions().stepForward('update'));
    await settle();
    act(() => actions().stepForward('update'));
    await settle();
    const before = store.getState().frame!;
    expect(before.update).toBeGreaterThan(0);
    choose('Backpropagation through time', 'truncated');
    await settle();
    expect(store.getState().summary?.recurrent?.sequence.bptt).toEqual({
      mode: 'truncated',
      k1: 4,
      k2: 4,
    });
    commit('Truncation k2', '6');
    await settle();
    const state = store.getState();
    expect(state.summary?.recurrent?.sequence.bptt).toEqual({ mode: 'truncated', k1: 4, k2: 6 });
    expect(field('Truncation k2').value).toBe('6');
    // live: no reload, the same update and weights
    expect(state.frame!.update).toBe(before.update);
    expect(Array.from(state.frame!.params)).toEqual(Array.from(before.params));
    expect(sent.filter((c) => c.type === 'load')).toHaveLength(1);
  });

  it('gru-memory: refuses k1 above k2 naming the setting, and keeps the run', async () => {
    const { store, settle } = await open('gru-memory');
    choose('Backpropagation through time', 'truncated');
    await settle();
    const summary = store.getState().summary;
    commit('Truncation k1', '7');
    await settle();
    expect(store.getState().notices.at(-1)?.text).toMatch(
      /^Truncation k1 was not changed: must be at least k1 \(7\).*sequence\.bptt\.k2/,
    );
    expect(store.getState().summary).toBe(summary);
    expect(field('Truncation k1').value).toBe('4');
    commit('Truncation k2', 'x');
    expect(store.getState().notices.at(-1)?.text).toBe(
      'Truncation k2: an empty field is not a whole number.',
    );
  });

  it('sunspots-gru: loss over time and clipping live, convention and scored steps reload', async () => {
    const { store, settle, sent } = await open('sunspots-gru');
    expect(field('Scored steps').value).toBe('every-step');
    expect(field('GRU convention').value).toBe('reset-after');
    choose('Loss over time', 'sum');
    choose('Gradient clipping', '1');
    await settle();
    expect(store.getState().summary?.recurrent?.sequence.lossOverTime).toBe('sum');
    expect(store.getState().summary?.optimizer.clipNorm).toBe(1);
    expect(sent.filter((c) => c.type === 'load')).toHaveLength(1);
    choose('GRU convention', 'reset-before');
    await settle();
    const spec = store.getState().summary?.recurrent?.spec as GatedSpec;
    expect(spec.gru).toBe('reset-before');
    expect(sent.filter((c) => c.type === 'load')).toHaveLength(2);
    // the reload keeps the live settings made before it
    expect(store.getState().summary?.recurrent?.sequence.lossOverTime).toBe('sum');
    expect(store.getState().summary?.optimizer.clipNorm).toBe(1);
    choose('Scored steps', 'last-step');
    await settle();
    expect(store.getState().summary?.recurrent?.sequence.readout).toBe('last-step');
    expect(field('Scored steps').value).toBe('last-step');
  });
});
