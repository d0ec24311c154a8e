// Progress of a long load or fast-forward: the store shows it until the command ends, and
// Cancel asks the worker to stop where it is.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/protocol/messages';
import { createAppStore } from '../../src/store/createAppStore';
import { smallFrame as frame } from '../helpers/traced';

describe('progress', () => {
  it('is shown while a fast-forward runs, cleared by its frame, and Cancel is sent', () => {
    const sent: Command[] = [];
    const store = createAppStore({ send: (c) => sent.push(c) });
    const { actions } = store.getState();
    expect(store.getState().progress).toBeNull();
    actions.receive({ type: 'progress', task: 'step', done: 300, total: 1000 });
    expect(store.getState().progress).toEqual({ task: 'step', done: 300, total: 1000 });
    actions.cancel();
    expect(sent.at(-1)).toEqual({ type: 'cancel' });
    actions.receive({ type: 'frame', frame: frame(450) });
    expect(store.getState().progress).toBeNull();
  });

  it('is cleared when the command fails', () => {
    const store = createAppStore({ send: () => undefined });
    const { actions } = store.getState();
    actions.receive({ type: 'progress', task: 'load', done: 1, total: 2 });
    actions.receive({
      type: 'error',
      command: 'load',
      message: 'loading was cancelled',
      issues: [],
    });
    expect(store.getState().progress).toBeNull();
  });
});

describe('a stalled loss', () => {
  it('becomes a warning notice', () => {
    const store = createAppStore({ send: () => undefined });
    store
      .getState()
      .actions.receive({ type: 'plateau', update: 24_000, message: 'The loss has not improved…' });
    expect(store.getState().notices.at(-1)).toMatchObject({
      tone: 'warning',
      text: 'The loss has not improved…',
    });
  });
});
