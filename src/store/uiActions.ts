// The store's page slice: what the page alone decides (selection, reduced motion) and the
// notices it shows, including the one for a failed worker. Sends nothing to the worker.
import type { SliceContext } from './sliceContext';
import type { AppActions } from './types';

type UiAction = 'select' | 'setReducedMotion' | 'notify' | 'dismissNotice' | 'workerFailed';

export function createUiActions({ get, set }: SliceContext): Pick<AppActions, UiAction> {
  let noticeId = 0;
  return {
    select(selection) {
      set({ selection });
    },
    setReducedMotion(reducedMotion) {
      set({ reducedMotion });
    },
    notify(tone, text) {
      noticeId += 1;
      const id = noticeId;
      set((s) => ({ notices: [...s.notices.slice(-4), { id, tone, text }] }));
    },
    dismissNotice(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    workerFailed(message) {
      // the next Play, Step or preset starts a fresh worker (the client does that)
      set({ playing: false, awaitingTrace: false, pendingCursor: null, progress: null });
      get().actions.notify('error', message);
    },
  };
}
