// A store wired to a real session (the worker's code, run in-process) for the data panel's
// component tests: the worker's `data`, `evaluated` and `grid` answers reach the store, and the
// store's clock (its view rate limit) is a number the test sets.
import type { ReactNode } from 'react';
import { act } from '@testing-library/react';
import type { Command, DataSnapshot, RunSummary } from '../../../src/protocol/messages';
import type { AppStore } from '../../../src/store/createAppStore';
import { useAppStore } from '../../../src/store/context';
import { renderLive } from '../liveStore';

/** Renders `view` once the store holds a run and its data (as the data panel does). */
function Loaded({
  view,
}: {
  readonly view: (summary: RunSummary, data: DataSnapshot) => ReactNode;
}) {
  const summary = useAppStore((s) => s.summary);
  const data = useAppStore((s) => s.data);
  return summary && data ? view(summary, data) : null;
}

export interface LiveSession {
  readonly store: AppStore;
  /** Every command the store sent, in order. */
  readonly sent: Command[];
  readonly send: (command: Command) => void;
  /** Waits until the session has answered everything, including what its answers asked. */
  readonly settle: () => Promise<void>;
  /** The store's clock in milliseconds. */
  readonly clock: { now: number };
  readonly unmount: () => void;
}

/** Starts with a preset (by id) or a scenario. */
export async function liveSession(
  start: string | { readonly scenario: unknown },
  ui: ReactNode | ((summary: RunSummary, data: DataSnapshot) => ReactNode),
): Promise<LiveSession> {
  const clock = { now: 0 };
  const { store, sent, send, settle, unmount } = renderLive(
    typeof ui === 'function' ? <Loaded view={ui} /> : ui,
    { now: () => clock.now },
  );
  const { actions } = store.getState();
  await act(async () => {
    await (typeof start === 'string'
      ? actions.loadPreset(start)
      : actions.loadScenario(start.scenario));
  });
  await settle();
  return { store, sent, send, settle, clock, unmount };
}

/** The commands sent since `from` of one type. */
export const sentSince = <T extends Command['type']>(
  sent: readonly Command[],
  from: number,
  type: T,
): Extract<Command, { type: T }>[] =>
  sent.slice(from).filter((c): c is Extract<Command, { type: T }> => c.type === type);
