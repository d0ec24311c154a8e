// The store's side of the worker's messages: each message updates the slices it concerns.
// Called only through the store's receive() action.
import type { StoreApi } from 'zustand/vanilla';
import type { Command, Message } from '../protocol/messages';
import { DEFAULT_PRESET } from '../scenario/firstPreset';
import { formatIssue } from '../scenario/validateCore';
import { freshHistories } from './frameHistories';
import { cursorOfPhaseAt, phasesOf } from './phases';
import type { AppStoreState } from './types';
import type { ViewRequester } from './views';

export const KEPT_TRACES = 50;

/** Where the cursor was before a step back the worker has not confirmed yet. */
export interface BackState {
  unconfirmed: { readonly traceIndex: number; readonly cursor: number } | null;
}

export interface ReceiveContext {
  readonly get: () => AppStoreState;
  readonly set: StoreApi<AppStoreState>['setState'];
  readonly send: (command: Command) => void;
  readonly recordFrame: (message: Extract<Message, { frame: unknown }>) => void;
  readonly back: BackState;
  readonly views: ViewRequester;
}

export function receiveMessage(ctx: ReceiveContext, message: Message): void {
  // a long command ends with a frame (or an error): its progress is over
  if ('frame' in message || message.type === 'error') ctx.set({ progress: null });
  switch (message.type) {
    case 'loaded': {
      if (message.restored) {
        // the same run, resumed by a restarted worker: keep what the page shows; the
        // new worker holds no earlier states, so only the shown trace stays
        const shown = ctx.get().traces[ctx.get().traceIndex];
        ctx.set({
          summary: message.summary,
          playing: false,
          awaitingTrace: false,
          traces: shown ? [shown] : [],
          traceIndex: shown ? 0 : -1,
        });
        ctx.recordFrame(message);
        return;
      }
      const restore = ctx.get().pendingRestore;
      ctx.set({ pendingRestore: null });
      if (restore) {
        if (restore.updates > 0) ctx.send({ type: 'step', unit: 'update', count: restore.updates });
        if (restore.at !== null) {
          // an old link names the phase by its index, a fragment by its name
          ctx.set(
            typeof restore.at === 'number'
              ? { pendingCursor: restore.at, pendingAt: null }
              : { pendingCursor: null, pendingAt: restore.at },
          );
          ctx.send({ type: 'traceStep' });
        }
      }
      ctx.set({
        summary: message.summary,
        histories: freshHistories(message.summary.sizes.length - 1),
        blockNorms: [],
        // recurrent and convolutional runs have no samples for the MLP data views
        ...(message.summary.recurrent || message.summary.cnn ? { data: null } : {}),
        traces: [],
        traceIndex: -1,
        cursor: 0,
        awaitingTrace: restore !== null && restore.at !== null,
        divergence: null,
        appliedFrom: null,
        playing: false,
        selection: null,
      });
      ctx.views.forget();
      ctx.recordFrame(message);
      const note = ctx.get().loadNote;
      ctx.set({ loadRevert: null });
      if (note) {
        ctx.set({ loadNote: null });
        ctx.get().actions.notify('info', note);
      }
      return;
    }
    case 'steppedBack':
      ctx.back.unconfirmed = null;
      ctx.recordFrame(message);
      return;
    case 'frame':
      ctx.recordFrame(message);
      return;
    case 'trace': {
      const traces = [...ctx.get().traces.slice(0, ctx.get().traceIndex + 1), message.trace].slice(
        -KEPT_TRACES,
      );
      // a link's phase, if one is waiting for this trace
      const phases = phasesOf(message.trace);
      const { pendingAt, pendingCursor } = ctx.get();
      const from = pendingAt ? cursorOfPhaseAt(phases, pendingAt) : 0;
      const cursor = Math.min(from + (pendingCursor ?? 0), phases.length - 1);
      ctx.set({
        traces,
        traceIndex: traces.length - 1,
        cursor,
        awaitingTrace: false,
        pendingCursor: null,
        pendingAt: null,
      });
      ctx.recordFrame(message);
      return;
    }
    case 'revised': {
      // the same update computed again: it replaces the shown one, the cursor stays put
      const { traces, traceIndex, cursor } = ctx.get();
      const at = traces[traceIndex]?.update === message.trace.update ? traceIndex : -1;
      if (at >= 0) {
        const next = traces.slice(0, at + 1);
        next[at] = message.trace;
        const last = phasesOf(message.trace).length - 1;
        ctx.set({ traces: next, traceIndex: at, cursor: Math.min(cursor, last) });
      }
      ctx.recordFrame(message);
      return;
    }
    case 'diverged':
      ctx.set({ divergence: message.divergence, playing: false, awaitingTrace: false });
      ctx.recordFrame(message);
      return;
    case 'configured':
      ctx.set({ summary: message.summary, appliedFrom: message.fromUpdate });
      return;
    case 'state':
      // while paused, the speed the learner picked for the next Play stands
      ctx.set(message.playing ? { playing: true, speed: message.speed } : { playing: false });
      return;
    case 'error': {
      // a refused load (e.g. data the worker could not read) leaves the old run in place;
      // with no run to keep (a link's scenario), the default example is loaded instead
      const refused = message.command === 'load' ? ctx.get().presetId : null;
      if (message.command === 'load')
        ctx.set({
          loadNote: null,
          pendingRestore: null,
          ...(ctx.get().loadRevert ?? {}),
          loadRevert: null,
        });
      const fallBack =
        message.command === 'load' && ctx.get().summary === null && refused !== DEFAULT_PRESET;
      if (message.command === 'evaluateGrid' || message.command === 'evaluate')
        ctx.views.failed(message.command);
      // the worker could not go back (e.g. a restarted one keeps no earlier states)
      if (message.command === 'stepBack' && ctx.back.unconfirmed) ctx.set(ctx.back.unconfirmed);
      ctx.back.unconfirmed = null;
      ctx.set({ awaitingTrace: false });
      const text =
        message.issues.length > 0
          ? `${message.message}: ${message.issues.map(formatIssue).join('; ')}`
          : message.message;
      ctx
        .get()
        .actions.notify('error', fallBack ? `${text}. Showing the default example instead.` : text);
      if (fallBack) void ctx.get().actions.loadPreset(DEFAULT_PRESET);
      return;
    }
    case 'checkpoint':
      ctx.set({
        shareable: {
          scenario: message.checkpoint.scenario,
          initial: message.checkpoint.initial,
        },
      });
      return;
    case 'data':
      ctx.set({ data: message.data });
      ctx.views.changed();
      return;
    case 'grid':
    case 'evaluated':
      ctx.views.receive(message);
      return;
    case 'plateau':
      ctx.get().actions.notify('warning', message.message);
      return;
    case 'progress':
      ctx.set({ progress: { task: message.task, done: message.done, total: message.total } });
      return;
    case 'inspected':
    case 'pong':
      return;
  }
}
