// A real store wired to a real training session run in-process (the worker's code), for the
// chain-rule tests: render a panel inside it, load a preset and trace updates.
import type { ReactNode } from 'react';
import { act } from '@testing-library/react';
import { mlpOnly } from '../../helpers/traced';
import { renderLive as renderStore } from '../liveStore';

/** Renders `ui` over a fresh store and session; nothing is loaded yet. */
export function renderLive(ui: ReactNode) {
  const live = renderStore(ui);
  const { store, settle, actions } = live;
  /** Loads a preset and traces its first update (the cursor on its first phase). */
  const traced = async (preset: string) => {
    await act(async () => void (await actions().loadPreset(preset)));
    await settle();
    actions().stepForward('update');
    await settle();
    const trace = store.getState().traces.at(-1);
    if (!trace) throw new Error(`no trace for ${preset}`);
    return mlpOnly(trace);
  };
  return { ...live, traced };
}
