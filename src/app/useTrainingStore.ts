// One store and one training client per app instance, wired together; disposed on unmount.
import { useEffect, useState } from 'react';
import type { Command } from '../protocol/messages';
import { createAppStore, type AppStore } from '../store';
import { namesScenario } from '../scenario/linkKeys';
import { createTrainingClient, type TrainingClient } from '../worker/client';

/** A performance mark set when the first scenario has loaded and its first frame arrived. */
export const LOADED_MARK = 'backprop-lens:first-frame';

export interface TrainingHandle {
  readonly store: AppStore;
  readonly send: (command: Command) => void;
}

/** `debug` exposes the store to tests; in development builds it also lets them crash the worker. */
export function useTrainingStore(options: {
  debug: boolean;
  initialPreset: string;
}): TrainingHandle {
  const [handle] = useState(() => {
    let client: TrainingClient | null = null;
    const send = (command: Command): void => {
      const withDebug =
        command.type === 'load' && options.debug ? { ...command, debug: true } : command;
      client?.send(withDebug);
    };
    const store = createAppStore({ send });
    return {
      store,
      send,
      connect(): () => void {
        client = createTrainingClient(
          {
            onMessage: (message) => {
              store.getState().actions.receive(message);
              // the first network on screen, for the first-load benchmark
              if (
                message.type === 'loaded' &&
                performance.getEntriesByName(LOADED_MARK).length === 0
              )
                performance.mark(LOADED_MARK);
            },
            onNotice: (notice) =>
              notice.kind === 'failed'
                ? store.getState().actions.workerFailed(notice.message)
                : store.getState().actions.notify('warning', notice.message),
          },
          { dataBase: new URL('data/', document.baseURI).href },
        );
        // A promise that failed with nobody listening is a bug: say so rather than go quiet.
        const onRejection = (event: PromiseRejectionEvent): void =>
          store
            .getState()
            .actions.notify('error', `Something went wrong on this page: ${String(event.reason)}`);
        window.addEventListener('unhandledrejection', onRejection);
        const open = (): void =>
          void store.getState().actions.openLink(window.location, options.initialPreset);
        open();
        // a link opened in the tab that shows the app changes only the fragment: open it too
        // (a fragment that names no scenario, such as a theme, leaves the run alone)
        const onHash = (): void => {
          if (namesScenario(window.location.hash)) open();
        };
        window.addEventListener('hashchange', onHash);
        if (options.debug) window.__backpropLens = { send, store };
        return () => {
          window.removeEventListener('hashchange', onHash);
          window.removeEventListener('unhandledrejection', onRejection);
          client?.dispose();
          client = null;
        };
      },
    };
  });
  useEffect(() => handle.connect(), [handle]);
  return handle;
}
