// The component tests' shared set-up: a real store wired to a real training session run
// in-process (the worker's own code), every command recorded, `ui` rendered inside it.
import type { ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import type { Command } from '../../src/protocol/messages';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';
import { StoreProvider } from '../../src/store/context';
import type { AppActions } from '../../src/store/types';
import { createSession } from '../../src/worker/session';
import { readText } from '../helpers/files';

export interface LiveStore {
  readonly store: AppStore;
  /** Every command the store sent, oldest first. */
  readonly sent: Command[];
  /** Sends a command as the page would (recorded like the others). */
  readonly send: (command: Command) => void;
  /** Waits until the session has answered everything, including what its answers asked. */
  readonly settle: () => Promise<void>;
  readonly actions: () => AppActions;
  readonly unmount: () => void;
}

/** Renders `ui` over a fresh store and session; nothing is loaded yet. `now` is the store's
 * clock (its views' rate limit), real time by default. */
export function renderLive(ui: ReactNode, options: { now?: () => number } = {}): LiveStore {
  const session = createSession({ readText, now: () => 0 });
  let pending = Promise.resolve();
  const sent: Command[] = [];
  const send = (command: Command): void => {
    sent.push(command);
    pending = pending.then(async () => {
      for (const m of await session.handle(command)) store.getState().actions.receive(m);
    });
  };
  const store = createAppStore(options.now ? { send, now: options.now } : { send });
  const settle = async (): Promise<void> => {
    // answers make React render, and renders may ask for more: wait until nothing new is queued
    for (let round = 0; round < 20; round += 1) {
      const waited = pending;
      await act(async () => void (await waited));
      if (waited === pending) return;
    }
    throw new Error('the session never settled');
  };
  const { unmount } = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { store, sent, send, settle, actions: () => store.getState().actions, unmount };
}
