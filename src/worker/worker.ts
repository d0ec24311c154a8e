// The worker entry: wiring only. Commands go to the session; its messages come back with
// their typed arrays transferred (they are copies, never the engine's own buffers).
import type { DataFileName } from '../data/types';
import {
  PROTOCOL_VERSION,
  transferables,
  type Command,
  type Envelope,
  type Message,
} from '../protocol/messages';
import { crashOnPurpose } from './faults';
import { createScheduler } from './scheduler';
import { createSession } from './session';

let dataBase = new URL('../data/', self.location.href).href;

const post = (messages: Message[]): void => {
  for (const body of messages) {
    const envelope: Envelope<Message> = { v: PROTOCOL_VERSION, body };
    self.postMessage(envelope, { transfer: transferables(body) });
  }
};

const session = createSession({
  now: () => performance.now(),
  progress: (message) => post([message]),
  // fault tests of development builds only: production bundles leave the crash hook out
  ...(import.meta.env.DEV ? { crash: crashOnPurpose(() => performance.now()) } : {}),
  readText: async (name: DataFileName) => {
    const response = await fetch(new URL(name, dataBase));
    if (!response.ok) throw new Error(`could not load ${name} (${response.status})`);
    return response.text();
  },
});

const scheduler = createScheduler({ session, post, now: () => performance.now(), sliceMs: 12 });

// A failure of the session is a bug: rethrow it outside the promise so that the page's
// Worker 'error' event sees it (an unhandled rejection would stay inside the worker).
const fail = (error: unknown): void => {
  setTimeout(() => {
    throw error;
  });
};

// A rejection nobody handled is a bug too: make it an error the page sees (and restarts on).
self.addEventListener('unhandledrejection', (event: PromiseRejectionEvent) => {
  event.preventDefault();
  fail(event.reason);
});

self.onmessage = (event: MessageEvent<Envelope<Command>>) => {
  const { v, body } = event.data;
  if (v !== PROTOCOL_VERSION) {
    post([
      {
        type: 'error',
        command: 'unknown',
        message: `protocol version ${String(v)} is not ${PROTOCOL_VERSION}`,
        issues: [],
      },
    ]);
    return;
  }
  if ((body.type === 'load' || body.type === 'restore') && body.dataBase) dataBase = body.dataBase;
  session
    .handle(body)
    .then(post, fail)
    .finally(() => scheduler.poke());
};
