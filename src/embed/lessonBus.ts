// The embed's lesson events on their way to the host: the lesson runner (a lazy chunk) emits,
// the host connection listens and posts them as protocol v1 `lesson` events. One bus per embed.
// A lesson may start before the host has connected: a new listener first hears the recent ones.

export type LessonBusListener = (event: unknown) => void;

export interface LessonBus {
  emit(event: unknown): void;
  /** Hears the recent events (at most BACKLOG), then every new one; returns the unsubscribe. */
  listen(listener: LessonBusListener): () => void;
}

/** How many past events a listener that comes late still hears. */
export const BACKLOG = 20;

export function createLessonBus(): LessonBus {
  const listeners = new Set<LessonBusListener>();
  const recent: unknown[] = [];
  return {
    emit(event) {
      recent.push(event);
      if (recent.length > BACKLOG) recent.shift();
      for (const listener of listeners) listener(event);
    },
    listen(listener) {
      for (const event of recent) listener(event);
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
