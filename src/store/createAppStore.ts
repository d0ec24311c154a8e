// The zustand store factory: one store per app instance (two embeds never share state).
// It talks to the worker only through the injected send(); incoming messages go to receive().
// The actions come in slices (loading, stepping, the run, the page, links, recurrent).
import { createStore, type StoreApi } from 'zustand/vanilla';
import { kindOf } from '../scenario/validateCore';
import { freshHistories } from './frameHistories';
import { createLinkActions } from './linkActions';
import { createLoadActions } from './loadActions';
import { receiveMessage, type BackState } from './receive';
import { createFrameRecorder } from './recordFrame';
import { createRecurrentActions } from './recurrentActions';
import { createRunActions } from './runActions';
import type { SliceContext } from './sliceContext';
import { createStepActions } from './stepActions';
import type { AppState, AppStoreState, StoreDeps } from './types';
import { createUiActions } from './uiActions';
import { createViewRequester, NO_VIEWS } from './views';

export { KEPT_TRACES } from './receive';
export { CHART_REDRAW_MS } from './recordFrame';

const initialState = (): AppState => ({
  scenario: null,
  loadNote: null,
  loadRevert: null,
  data: null,
  views: NO_VIEWS,
  presetId: null,
  summary: null,
  frame: null,
  playing: false,
  speed: 'max',
  divergence: null,
  appliedFrom: null,
  notices: [],
  histories: freshHistories(0),
  historyVersion: 0,
  traces: [],
  blockNorms: [],
  traceIndex: -1,
  cursor: 0,
  awaitingTrace: false,
  selection: null,
  withheld: null,
  shareable: null,
  pendingRestore: null,
  pendingCursor: null,
  pendingAt: null,
  granularity: 'phase',
  reducedMotion: false,
  progress: null,
});

export type AppStore = StoreApi<AppStoreState>;

export function createAppStore(deps: StoreDeps): AppStore {
  return createStore<AppStoreState>()((set, get) => {
    const ctx: SliceContext = { get, set, send: deps.send };
    // Where the cursor was before a step back the worker has not confirmed yet.
    const back: BackState = { unconfirmed: null };
    const now = deps.now ?? (() => performance.now());
    const views = createViewRequester({
      send: deps.send,
      now,
      playing: () => get().playing,
      update: () => get().frame?.update ?? 0,
      // the data views draw an MLP's samples: recurrent, convolutional and fixed-point runs
      // have none
      // (and not while a load of another kind is on its way: the worker would answer a grid
      // asked for the MLP shown before with an error from the new run)
      loaded: () => {
        const { summary, scenario } = get();
        const kind = kindOf(scenario);
        return (
          summary !== null &&
          !summary.recurrent &&
          !summary.cnn &&
          !summary.fixedPoint &&
          (kind === null || kind === undefined || kind === 'mlp')
        );
      },
      setViews: (partial) => set((s) => ({ views: { ...s.views, ...partial } })),
    });
    const recordFrame = createFrameRecorder(ctx, now, () => views.changed());

    return {
      ...initialState(),
      actions: {
        ...createLoadActions(ctx),
        ...createLinkActions(get, set),
        ...createRecurrentActions(get, set, deps.send),
        ...createStepActions(ctx, back),
        ...createRunActions(ctx),
        ...createUiActions(ctx),
        inspect(sample) {
          deps.send({ type: 'inspect', sample });
        },
        setViewNeeds(needs) {
          views.setNeeds(needs);
        },
        receive(message) {
          receiveMessage({ ...ctx, recordFrame, back, views }, message);
        },
      },
    };
  });
}
