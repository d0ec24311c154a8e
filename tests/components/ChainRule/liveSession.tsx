// A real store wired to a real training session run in-process (the worker's code), for the
// chain-rule tests: render a panel inside it, load a preset and trace updates.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReactNode } from 'react';
import { act, render } from '@testing-library/react';
import type { Command } from '../../../src/protocol/messages';
import { createAppStore } from '../../../src/store/createAppStore';
import { StoreProvider } from '../../../src/store/context';
import { createSession } from '../../../src/worker/session';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../../public/data');
const readText = (name: string): Promise<string> => readFile(join(dataDir, name), 'utf8');

/** Renders `ui` over a fresh store and session; nothing is loaded yet. */
export function renderLive(ui: ReactNode) {
  const session = createSession({ readText, now: () => 0 });
  let pending = Promise.resolve();
  const send = (command: Command): void => {
    pending = pending.then(async () => {
      for (const m of await session.handle(command)) store.getState().actions.receive(m);
    });
  };
  const store = createAppStore({ send });
  /** Waits until every command sent so far has been answered and its answer received. */
  const settle = () => act(async () => void (await pending));
  const view = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  const actions = () => store.getState().actions;
  /** Loads a preset and traces its first update (the cursor on its first phase). */
  const traced = async (preset: string) => {
    actions().loadPreset(preset);
    await settle();
    actions().stepForward('update');
    await settle();
    const trace = store.getState().traces.at(-1);
    if (!trace) throw new Error(`no trace for ${preset}`);
    return trace;
  };
  return { store, send, settle, actions, traced, view };
}
