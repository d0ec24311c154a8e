// The zustand store factory: one store per app instance (two embeds never share state).
// It talks to the worker only through the injected send(); incoming messages go to receive().
import { createStore, type StoreApi } from 'zustand/vanilla';
import { getAppPreset } from '../scenario/appPresets';
import { formatIssue, validateAppScenario } from '../scenario/validate';
import { changeData } from '../scenario/dataChange';
import type { Scenario } from '../scenario/schema';
import type { Message } from '../protocol/messages';
import { freshHistories, recordFrameInto } from './frameHistories';
import { createLinkActions } from './linkActions';
import { phasesOf, sampleBoundary } from './phases';
import { receiveMessage, type BackState } from './receive';
import { createRecurrentActions } from './recurrentActions';
import { appendBlockNorms } from './recurrentView';
import type { AppState, AppStoreState, Granularity, StoreDeps } from './types';
import { createViewRequester, NO_VIEWS } from './views';

export { KEPT_TRACES } from './receive';
/** While playing, the charts' version changes at most this often. */
export const CHART_REDRAW_MS = 100;

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
  let noticeId = 0;
  return createStore<AppStoreState>()((set, get) => {
    const lastPhase = (index: number): number => {
      const trace = get().traces[index];
      return trace ? phasesOf(trace).length - 1 : 0;
    };
    const requestTrace = (): void => {
      if (get().awaitingTrace) return;
      set({ awaitingTrace: true });
      deps.send({ type: 'traceStep' });
    };
    // Where the cursor was before a step back the worker has not confirmed yet.
    const back: BackState = { unconfirmed: null };
    /** Show the trace before the current one: the worker goes back one update with it. */
    const backOneUpdate = (toLast: boolean): void => {
      const { traceIndex, cursor } = get();
      if (traceIndex < 0) return;
      back.unconfirmed = { traceIndex, cursor };
      deps.send({ type: 'stepBack' });
      const index = traceIndex - 1;
      set({ traceIndex: index, cursor: index >= 0 && toLast ? lastPhase(index) : 0 });
    };
    // Charts need not follow every animation frame: while playing, they redraw at ~10 Hz
    // (every value is still recorded); a frame that is not playing always redraws them.
    const now = deps.now ?? (() => performance.now());
    const views = createViewRequester({
      send: deps.send,
      now,
      playing: () => get().playing,
      update: () => get().frame?.update ?? 0,
      // the data views draw an MLP's samples: a recurrent or fixed-point run has none to ask for
      loaded: () => {
        const summary = get().summary;
        return summary !== null && !summary.recurrent && !summary.fixedPoint;
      },
      setViews: (partial) => set((s) => ({ views: { ...s.views, ...partial } })),
    });
    let chartsDrawnAt = -Infinity;
    const recordFrame = (message: Extract<Message, { frame: unknown }>): void => {
      const { frame } = message;
      const histories = recordFrameInto(get().histories, frame);
      const t = now();
      const redraw = !frame.playing || t - chartsDrawnAt >= CHART_REDRAW_MS;
      if (redraw) chartsDrawnAt = t;
      set((s) => ({
        frame,
        histories,
        historyVersion:
          redraw || histories !== s.histories ? s.historyVersion + 1 : s.historyVersion,
        appliedFrom: frame.appliedFrom ?? s.appliedFrom,
        blockNorms: appendBlockNorms(s.blockNorms, frame, s.summary?.recurrent?.groups),
      }));
      views.changed();
    };

    return {
      ...initialState(),
      actions: {
        loadScenario(scenario, presetId = null) {
          const result = validateAppScenario(scenario);
          if (!result.ok) {
            get().actions.notify(
              'error',
              `This scenario cannot be loaded: ${result.issues.map(formatIssue).join('; ')}`,
            );
            return false;
          }
          const { scenario: before, presetId: beforeId } = get();
          set({
            scenario: result.scenario,
            presetId,
            loadRevert: { scenario: before, presetId: beforeId },
            loadNote: null,
          });
          deps.send({ type: 'load', scenario: result.scenario });
          return true;
        },
        loadPreset(id) {
          const preset = getAppPreset(id);
          if (!preset) {
            get().actions.notify('error', `There is no preset called “${id}”.`);
            return false;
          }
          return get().actions.loadScenario(preset.scenario, id);
        },
        ...createLinkActions(get, set),
        ...createRecurrentActions(get, set, deps.send),
        play(speed) {
          const s = speed ?? get().speed;
          set({ traces: [], traceIndex: -1, cursor: 0, divergence: null });
          deps.send({ type: 'play', speed: s });
        },
        setSpeed(speed) {
          set({ speed });
        },
        pause() {
          // at once, not when the worker confirms: a tab hidden in between must not take this
          // pause for one of its own and resume it later
          set({ playing: false });
          deps.send({ type: 'pause' });
        },
        togglePlay() {
          if (get().playing) get().actions.pause();
          else get().actions.play();
        },
        stepForward(granularity) {
          const g: Granularity = granularity ?? get().granularity;
          const { traces, traceIndex, cursor, playing } = get();
          if (playing) get().actions.pause();
          const trace = traces[traceIndex];
          if (g === 'epoch') {
            set({ traces: [], traceIndex: -1, cursor: 0 });
            deps.send({ type: 'step', unit: 'epoch', count: 1 });
            return;
          }
          if (get().awaitingTrace && g === 'phase') {
            // the next trace is on its way: count this step so that it lands one phase later
            set({ pendingCursor: (get().pendingCursor ?? 0) + 1 });
            return;
          }
          if (trace && traceIndex < traces.length - 1 && g === 'update') {
            // a later kept trace exists only after stepping back; the worker replays it
            requestTrace();
            return;
          }
          if (trace && g === 'phase' && cursor < phasesOf(trace).length - 1) {
            set({ cursor: cursor + 1 });
            return;
          }
          if (trace && g === 'sample') {
            const next = sampleBoundary(phasesOf(trace), cursor, 1);
            if (next !== null) {
              set({ cursor: next });
              return;
            }
          }
          requestTrace();
        },
        stepBack(granularity) {
          const g: Granularity = granularity ?? get().granularity;
          const { traces, traceIndex, cursor } = get();
          const trace = traces[traceIndex];
          if (g === 'epoch') {
            deps.send({ type: 'stepBack' });
            set({ traces: [], traceIndex: -1, cursor: 0 });
            return;
          }
          if (!trace) return;
          if (g === 'phase' && cursor > 0) {
            set({ cursor: cursor - 1 });
            return;
          }
          if (g === 'sample') {
            const previous = sampleBoundary(phasesOf(trace), cursor, -1);
            if (previous !== null) {
              set({ cursor: previous });
              return;
            }
          }
          backOneUpdate(g === 'phase');
        },
        setGranularity(granularity) {
          set({ granularity });
        },
        configure(patch) {
          deps.send({ type: 'configure', patch });
        },
        setParam(index, value) {
          deps.send({ type: 'setParam', index, value });
        },
        revise(edit) {
          deps.send({ type: 'revise', edit });
        },
        changeData(change) {
          const { shareable, frame, presetId } = get();
          // the latest checkpoint's scenario carries the learner's live settings
          const current = (shareable?.scenario ?? get().scenario) as Scenario | null;
          if (!current) return false;
          const next = changeData(current, frame?.params ?? null, change);
          if (!get().actions.loadScenario(next.scenario, presetId)) return false;
          set({
            loadNote: next.keptWeights
              ? 'New data loaded: the network keeps the weights it has learned so far.'
              : 'New data loaded: its inputs or outputs differ, so the network has a new shape and fresh weights.',
          });
          return true;
        },
        setViewNeeds(needs) {
          views.setNeeds(needs);
        },
        reset() {
          deps.send({ type: 'reset' });
        },
        reseed(seed) {
          deps.send({ type: 'reseed', seed });
        },
        undo() {
          set({ divergence: null });
          deps.send({ type: 'undo' });
        },
        lowerLearningRate() {
          const lr = get().summary?.optimizer.learningRate;
          if (lr === undefined) return;
          set({ divergence: null });
          deps.send({ type: 'configure', patch: { learningRate: lr * 0.1 } });
        },
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
        cancel() {
          deps.send({ type: 'cancel' });
        },
        workerFailed(message) {
          // the next Play, Step or preset starts a fresh worker (the client does that)
          set({ playing: false, awaitingTrace: false, pendingCursor: null, progress: null });
          get().actions.notify('error', message);
        },
        dismissNotice(id) {
          set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
        },
        receive(message) {
          receiveMessage({ get, set, send: deps.send, recordFrame, back, views }, message);
        },
      },
    };
  });
}
