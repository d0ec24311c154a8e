// The training session on the page's own thread, for browsers (or embeds) where no worker
// can start: the engine is imported on demand, and the play loop is poked after each command
// has run. Must not touch the DOM beyond what a worker could.
import type { Command, Message } from '../protocol/messages';

export interface Channel {
  post(command: Command): void;
  close(): void;
}

/**
 * The session on this thread: for browsers (or embeds) where a worker cannot start. The
 * engine is loaded only then (a separate chunk), so the page itself stays small; commands
 * sent meanwhile wait in order.
 */
export function mainThreadChannel(dataBase: string, deliver: (m: Message) => void): Channel {
  const waiting: Command[] = [];
  let live: Channel | null = null;
  let closed = false;
  const start = async (): Promise<void> => {
    const [{ createSession }, { createScheduler }] = await Promise.all([
      import('./session'),
      import('./scheduler'),
    ]);
    if (closed) return;
    const session = createSession({
      now: () => performance.now(),
      progress: (m) => queueMicrotask(() => deliver(m)),
      readText: async (name) => (await fetch(new URL(name, dataBase))).text(),
    });
    const post = (messages: Message[]): void =>
      messages.forEach((m) => queueMicrotask(() => deliver(m)));
    const scheduler = createScheduler({ session, post, now: () => performance.now(), sliceMs: 6 });
    live = {
      post(command) {
        // poke once the command has run: a Play only starts the loop when it is handled
        void session
          .handle(command)
          .then(post, (error: unknown) => {
            deliver({ type: 'error', command: command.type, message: String(error), issues: [] });
          })
          .finally(() => scheduler.poke());
      },
      close: () => scheduler.stop(),
    };
    for (const command of waiting.splice(0)) live.post(command);
  };
  start().catch((error: unknown) => {
    for (const command of waiting.splice(0))
      deliver({
        type: 'error',
        command: command.type,
        message: `the training engine could not be loaded: ${String(error)}`,
        issues: [],
      });
  });
  return {
    post(command) {
      if (live) live.post(command);
      else waiting.push(command);
    },
    close() {
      closed = true;
      live?.close();
    },
  };
}
