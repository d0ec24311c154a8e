// @vitest-environment jsdom
// The training toolbar against a real session: Play turns into Pause while playing, the step
// buttons send the command their granularity needs, Reset and the preset picker reload, and
// Share copies a link (or shows it when the clipboard is unavailable).
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Toolbar } from '../../../src/components/Controls/Toolbar';
import { CNN_PRESETS } from '../../../src/scenario/cnnPresets';
import { getPreset, PRESETS } from '../../../src/scenario/presets';
import { FIXED_POINT_PRESETS } from '../../../src/scenario/fixedPointPresets';
import { GATED_PRESETS } from '../../../src/scenario/gatedPresets';
import { RECURRENT_PRESETS } from '../../../src/scenario/recurrentPresets';
import { lastNotice, withFakeSend, withSession } from './harness';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

// Share loads the link codec on first use; its first transform can take seconds under load.
const CODEC_LOADED = { timeout: 15_000, interval: 20 };

const toolbar = () => screen.getByRole('toolbar', { name: 'Training controls' });
const button = (name: string) => within(toolbar()).getByRole('button', { name });
const select = (name: string) =>
  within(toolbar()).getByRole('combobox', { name }) as HTMLSelectElement;

describe('Toolbar', () => {
  it('names every control', async () => {
    await withSession(<Toolbar />);
    for (const name of ['Play', 'Step forward', 'Step back', 'Reset', 'Share']) {
      expect(button(name)).toBeTruthy();
    }
    expect(screen.getByLabelText('Preset')).toBe(select('Preset'));
    expect(screen.getByLabelText('Step by')).toBe(select('Step by'));
    const options = [...select('Step by').options].map((o) => o.textContent);
    expect(options).toEqual(['Phase', 'Sample', 'Update', 'Epoch']);
  });

  it('Play becomes Pause while playing, and Pause stops at once', async () => {
    const { store, settle, takeSent } = await withSession(<Toolbar />);
    fireEvent.click(button('Play'));
    expect(takeSent()).toEqual([{ type: 'play', speed: store.getState().speed }]);
    await settle();
    expect(store.getState().playing).toBe(true);
    expect(within(toolbar()).queryByRole('button', { name: 'Play' })).toBeNull();
    fireEvent.click(button('Pause'));
    // the page stops at once, before the worker confirms
    expect(button('Play')).toBeTruthy();
    expect(takeSent()).toEqual([{ type: 'pause' }]);
    await settle();
    expect(store.getState().playing).toBe(false);
    expect(button('Play')).toBeTruthy();
  });

  it('steps forward one phase at a time through a traced update, and back', async () => {
    const { store, settle, takeSent } = await withSession(<Toolbar />);
    fireEvent.click(button('Step forward'));
    expect(takeSent()).toEqual([{ type: 'traceStep' }]);
    expect(button('Step forward').getAttribute('aria-busy')).toBe('true');
    await settle();
    expect(button('Step forward').getAttribute('aria-busy')).toBe('false');
    expect(store.getState().traceIndex).toBe(0);
    expect(store.getState().cursor).toBe(0);
    // the next phases of the same update need no command
    fireEvent.click(button('Step forward'));
    fireEvent.click(button('Step forward'));
    expect(store.getState().cursor).toBe(2);
    fireEvent.click(button('Step back'));
    expect(store.getState().cursor).toBe(1);
    expect(takeSent()).toEqual([]);
  });

  it('"Step by" sets the granularity the step buttons use', async () => {
    const { store, settle, takeSent } = await withSession(<Toolbar />);
    fireEvent.change(select('Step by'), { target: { value: 'epoch' } });
    expect(store.getState().granularity).toBe('epoch');
    expect(select('Step by').value).toBe('epoch');
    fireEvent.click(button('Step forward'));
    expect(takeSent()).toEqual([{ type: 'step', unit: 'epoch', count: 1 }]);
    await settle();
    const done = store.getState().frame!.update;
    expect(done).toBeGreaterThan(0);
    fireEvent.click(button('Step back'));
    expect(takeSent()).toEqual([{ type: 'stepBack' }]);
    await settle();
    expect(store.getState().frame!.update).toBeLessThan(done);
  });

  it('Step back before anything was traced sends nothing', () => {
    const { sent } = withFakeSend(<Toolbar />);
    fireEvent.click(screen.getByRole('button', { name: 'Step back' }));
    expect(sent).toEqual([]);
  });

  it('Reset asks the worker to start the run again', async () => {
    const { store, settle, takeSent } = await withSession(<Toolbar />);
    fireEvent.change(select('Step by'), { target: { value: 'update' } });
    fireEvent.click(button('Step forward'));
    await settle();
    expect(store.getState().frame!.update).toBe(1);
    takeSent();
    fireEvent.click(button('Reset'));
    expect(takeSent()).toEqual([{ type: 'reset' }]);
    await settle();
    expect(store.getState().frame!.update).toBe(0);
    expect(store.getState().traces).toEqual([]);
  });

  it('the preset picker lists every preset and loads the one chosen', async () => {
    const { store, settle, takeSent } = await withSession(<Toolbar />);
    const picker = select('Preset');
    expect([...picker.options].map((o) => o.value)).toEqual([
      ...PRESETS.map((p) => p.id),
      ...RECURRENT_PRESETS.map((p) => p.id),
      ...GATED_PRESETS.map((p) => p.id),
      ...CNN_PRESETS.map((p) => p.id),
      ...FIXED_POINT_PRESETS.map((p) => p.id),
    ]);
    const groups = [...picker.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual([
      'Feed-forward',
      'Recurrent',
      'Convolution',
      'Fixed-point (Almeida–Pineda)',
    ]);
    expect([...groups[2].querySelectorAll('option')].map((o) => o.value)).toContain('conv-by-hand');
    expect([...groups[3].querySelectorAll('option')].map((o) => o.value)).toEqual([
      'fixed-point',
      'fixed-point-xor',
    ]);
    expect([...groups[1].querySelectorAll('option')].map((o) => o.value)).toEqual([
      'rnn-sine',
      'rnn-memory',
      'sunspots-rnn',
      ...GATED_PRESETS.map((p) => p.id),
    ]);
    expect(picker.value).toBe('two-two-one');
    fireEvent.change(picker, { target: { value: 'xor' } });
    // the presets other than the first screen's are a chunk of their own: loaded once it came
    await waitFor(() => expect(store.getState().presetId).toBe('xor'));
    const [load] = takeSent();
    expect(load.type).toBe('load');
    await settle();
    const xor = getPreset('xor')!.scenario;
    expect(store.getState().summary?.sizes).toEqual(xor.network.layers);
    expect(store.getState().summary?.optimizer.kind).toBe(xor.optimizer?.kind);
    expect(select('Preset').value).toBe('xor');
  });

  it('arrow keys on the preset picker load nothing until Enter; Escape goes back', async () => {
    const { store, settle, takeSent } = await withSession(<Toolbar />);
    const picker = select('Preset');
    const ids = PRESETS.map((p) => p.id);
    const at = ids.indexOf('two-two-one');
    // a closed select in Chromium: each arrow key changes the value and fires change
    const arrow = (key: string, to: string) => {
      fireEvent.keyDown(picker, { key });
      fireEvent.change(picker, { target: { value: to } });
    };
    arrow('ArrowDown', ids[at + 1]);
    arrow('ArrowDown', ids[at + 2]);
    expect(takeSent()).toEqual([]);
    expect(store.getState().presetId).toBe('two-two-one');
    expect(picker.value).toBe(ids[at + 2]);
    expect(screen.getByRole('status').textContent).toContain('Press Enter to load');
    fireEvent.keyDown(picker, { key: 'Escape' });
    expect(picker.value).toBe('two-two-one');
    expect(takeSent()).toEqual([]);
    arrow('ArrowDown', ids[at + 1]);
    fireEvent.keyDown(picker, { key: 'Enter' });
    const sent = takeSent();
    expect(sent.map((c) => c.type)).toEqual(['load']);
    expect(store.getState().presetId).toBe(ids[at + 1]);
    await settle();
    expect(select('Preset').value).toBe(ids[at + 1]);
  });

  it('a preset reached by keys loads when focus leaves the picker', async () => {
    const { store, takeSent } = await withSession(<Toolbar />);
    const picker = select('Preset');
    fireEvent.keyDown(picker, { key: 'End' });
    fireEvent.change(picker, { target: { value: PRESETS[PRESETS.length - 1].id } });
    expect(takeSent()).toEqual([]);
    fireEvent.blur(picker);
    expect(takeSent().map((c) => c.type)).toEqual(['load']);
    expect(store.getState().presetId).toBe(PRESETS[PRESETS.length - 1].id);
  });

  it('offers "Your scenario" while no preset is loaded', () => {
    withFakeSend(<Toolbar />);
    const picker = screen.getByRole('combobox', { name: 'Preset' }) as HTMLSelectElement;
    expect(picker.value).toBe('');
    expect(picker.selectedOptions[0].textContent).toBe('Your scenario');
  });

  it('Share copies a link to this exact state', async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { store } = await withSession(<Toolbar />);
    fireEvent.click(button('Share'));
    await vi.waitFor(() => expect(lastNotice(store, 'info')).toBeTruthy(), CODEC_LOADED);
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = writeText.mock.calls[0][0];
    expect(link.startsWith(`${window.location.origin}${window.location.pathname}#v=1&`)).toBe(true);
    expect(link).toBe(await store.getState().actions.shareLink(link.split('#')[0]));
    expect(lastNotice(store, 'info')).toMatch(/^A link to this exact state was copied/);
  });

  it('Share shows the link when it cannot be copied', async () => {
    const writeText = vi.fn((_text: string) => Promise.reject(new Error('denied')));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { store } = await withSession(<Toolbar />);
    fireEvent.click(button('Share'));
    await vi.waitFor(() => expect(lastNotice(store, 'info')).toBeTruthy(), CODEC_LOADED);
    expect(writeText).toHaveBeenCalledTimes(1);
    const link = writeText.mock.calls[0][0];
    expect(lastNotice(store, 'info')).toBe(`Copy this link to share this exact state: ${link}`);
  });

  it('Share does nothing before a run has a checkpoint', () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { store } = withFakeSend(<Toolbar />);
    fireEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).not.toHaveBeenCalled();
    expect(store.getState().notices).toEqual([]);
  });
});
