// The store's stepping slice: play and pause, and the cursor moving through phases, samples,
// updates and epochs, asking the worker for a trace (or to step back) only at an update's edge.
import { phasesOf, sampleBoundary } from './phases';
import type { BackState } from './receive';
import type { SliceContext } from './sliceContext';
import type { AppActions, Granularity } from './types';

type StepAction =
  'play' | 'setSpeed' | 'pause' | 'togglePlay' | 'stepForward' | 'stepBack' | 'setGranularity';

/** `back` is shared with receive(), which confirms or undoes an unconfirmed step back. */
export function createStepActions(
  { get, set, send }: SliceContext,
  back: BackState,
): Pick<AppActions, StepAction> {
  const lastPhase = (index: number): number => {
    const trace = get().traces[index];
    return trace ? phasesOf(trace).length - 1 : 0;
  };
  const requestTrace = (): void => {
    if (get().awaitingTrace) return;
    set({ awaitingTrace: true });
    send({ type: 'traceStep' });
  };
  /** Show the trace before the current one: the worker goes back one update with it. */
  const backOneUpdate = (toLast: boolean): void => {
    const { traceIndex, cursor } = get();
    if (traceIndex < 0) return;
    back.unconfirmed = { traceIndex, cursor };
    send({ type: 'stepBack' });
    const index = traceIndex - 1;
    set({ traceIndex: index, cursor: index >= 0 && toLast ? lastPhase(index) : 0 });
  };

  return {
    play(speed) {
      const s = speed ?? get().speed;
      set({ traces: [], traceIndex: -1, cursor: 0, divergence: null });
      send({ type: 'play', speed: s });
    },
    setSpeed(speed) {
      set({ speed });
    },
    pause() {
      // at once, not when the worker confirms: a tab hidden in between must not take this
      // pause for one of its own and resume it later
      set({ playing: false });
      send({ type: 'pause' });
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
        send({ type: 'step', unit: 'epoch', count: 1 });
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
        send({ type: 'stepBack' });
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
  };
}
