// The play loop: when the session is playing, run training in short slices and post what
// they produce. Timing lives here so the session stays synchronous and testable.
import type { Message } from '../protocol/messages';
import type { Session } from './session';

export interface SchedulerOptions {
  readonly session: Session;
  readonly post: (messages: Message[]) => void;
  readonly now: () => number;
  /** Longest training slice in ms (short on the main thread so the page keeps its frames). */
  readonly sliceMs: number;
  /**
   * When the page has left a frame unacknowledged this long (it is starved of CPU), pause
   * between slices so that it can draw; by default 100 ms.
   */
  readonly yieldAfterMs?: number;
}

export interface Scheduler {
  /** Call after every command: starts the loop when the session has begun playing. */
  poke(): void;
  stop(): void;
}

/** A zero-delay task (MessageChannel avoids setTimeout's 4 ms clamp). */
function nextTask(): (fn: () => void) => void {
  if (typeof MessageChannel === 'undefined') return (fn) => setTimeout(fn, 0);
  const channel = new MessageChannel();
  let queued: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const fn = queued;
    queued = null;
    fn?.();
  };
  return (fn) => {
    queued = fn;
    channel.port2.postMessage(null);
  };
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { session, post, now, sliceMs } = options;
  const yieldAfterMs = options.yieldAfterMs ?? 100;
  /** The page is behind: its last frame has waited too long for an acknowledgement. */
  const pageBehind = (t: number): boolean => {
    const since = session.awaitingAckSince;
    return since !== null && t - since > yieldAfterMs;
  };
  const soon = nextTask();
  let running = false;
  let stopped = false;
  // For a chosen speed: updates due since the speed (or the play) started.
  let anchorTime = 0;
  let anchorUpdates = 0;
  let anchorSpeed: number | 'max' | null = null;

  const loop = (): void => {
    if (stopped || !session.playing) {
      running = false;
      anchorSpeed = null;
      return;
    }
    const start = now();
    const speed = session.speed;
    if (speed !== anchorSpeed) {
      anchorSpeed = speed;
      anchorTime = start;
      anchorUpdates = session.updates;
    }
    if (speed === 'max') {
      const messages = session.train(Number.MAX_SAFE_INTEGER, start + sliceMs);
      if (messages.length > 0) post(messages);
      if (pageBehind(now())) setTimeout(loop, sliceMs);
      else soon(loop);
      return;
    }
    const due =
      Math.floor(((start - anchorTime) * speed) / 1000) - (session.updates - anchorUpdates);
    if (due > 0) {
      const messages = session.train(due, start + sliceMs);
      if (messages.length > 0) post(messages);
    }
    const wait = Math.max(1, Math.min(100, 1000 / speed));
    setTimeout(loop, wait);
  };

  return {
    poke() {
      if (!running && session.playing && !stopped) {
        running = true;
        soon(loop);
      }
    },
    stop() {
      stopped = true;
    },
  };
}
