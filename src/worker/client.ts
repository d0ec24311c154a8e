// The page's side of the worker: starts it the Vite way (or runs the session on the main
// thread when no worker can start), acknowledges frames after paint, watches a heartbeat,
// and restarts a crashed or silent worker from the last checkpoint, replaying what the
// learner did since. Fault notices go to the page; no data the learner entered is lost.
import {
  PROTOCOL_VERSION,
  type Checkpoint,
  type Command,
  type Envelope,
  type Message,
} from '../protocol/messages';
import { mainThreadChannel, type Channel } from './mainThread';

export type Notice =
  | { readonly kind: 'fallback'; readonly message: string }
  | { readonly kind: 'restarted'; readonly attempt: number; readonly message: string }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'error'; readonly message: string };

export interface ClientEvents {
  onMessage(message: Message): void;
  onNotice(notice: Notice): void;
}

export interface ClientOptions {
  /** Absolute URL of the folder with the shipped data files. */
  readonly dataBase: string;
  /** Builds the worker; by default the module worker next to this file. */
  readonly createWorker?: () => Worker;
  readonly heartbeatMs?: number;
  /** The page's clock in ms (performance.now by default). */
  readonly now?: () => number;
  readonly maxRestarts?: number;
  /** Runs after the next paint (requestAnimationFrame in a browser). */
  readonly afterPaint?: (fn: () => void) => void;
}

export interface TrainingClient {
  send(command: Command): void;
  readonly mode: 'worker' | 'main-thread';
  dispose(): void;
}

const defaultWorker = (): Worker =>
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/** Commands by which a learner asks for training after the worker was given up on. */
const REVIVING = new Set<Command['type']>([
  'load',
  'play',
  'step',
  'traceStep',
  'reset',
  'reseed',
  'undo',
]);

export function createTrainingClient(events: ClientEvents, options: ClientOptions): TrainingClient {
  const heartbeatMs = options.heartbeatMs ?? 1000;
  const maxRestarts = options.maxRestarts ?? 3;
  const afterPaint = options.afterPaint ?? ((fn: () => void) => requestAnimationFrame(() => fn()));
  const makeWorker = options.createWorker ?? defaultWorker;
  const now = options.now ?? (() => performance.now());

  let channel: Channel;
  let mode: 'worker' | 'main-thread' = 'worker';
  let restarts = 0;
  let disposed = false;
  /** Restarted too often: the next command the learner gives starts a fresh worker. */
  let failed = false;
  // The worker's silence, counted only while the page itself keeps time: a page that was
  // blocked (a big import, a slow laptop) has its own gap between beats, which is not the
  // worker's fault. Any message from the worker (a pong, a frame, progress) is a sign of life.
  let heard = true;
  let silentMs = 0;
  let lastBeat = now();
  let pingId = 0;
  // What a restarted worker needs: the last load, the last checkpoint, and the learner's
  // commands since that checkpoint (edits and settings), plus whether it was playing.
  let lastLoad: Extract<Command, { type: 'load' }> | null = null;
  let checkpoint: Checkpoint | null = null;
  let since: Command[] = [];
  let playing: Extract<Command, { type: 'play' }> | null = null;

  const deliver = (message: Message): void => {
    heard = true;
    if (message.type === 'pong') return;
    if (message.type === 'checkpoint') {
      checkpoint = message.checkpoint;
      since = [];
    }
    if (message.type === 'state')
      playing = message.playing ? { type: 'play', speed: message.speed } : null;
    if (message.type === 'diverged') playing = null;
    events.onMessage(message);
    if ('frame' in message) afterPaint(() => channel.post({ type: 'frameAck' }));
  };

  const startWorker = (): Channel => {
    const w = makeWorker();
    w.onmessage = (event: MessageEvent<Envelope<Message>>) => {
      if (event.data?.v === PROTOCOL_VERSION) deliver(event.data.body);
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      restart(`The training worker failed: ${event.message || 'unknown error'}`);
    };
    w.onmessageerror = () =>
      events.onNotice({
        kind: 'error',
        message: 'a message from the training worker could not be read',
      });
    heard = true;
    silentMs = 0;
    lastBeat = now();
    return {
      post(command) {
        const envelope: Envelope<Command> = { v: PROTOCOL_VERSION, body: command };
        w.postMessage(envelope);
      },
      close: () => w.terminate(),
    };
  };

  const openChannel = (): void => {
    try {
      channel = startWorker();
    } catch {
      mode = 'main-thread';
      channel = mainThreadChannel(options.dataBase, deliver);
    }
  };

  /** A fresh worker resumes the run: from the last checkpoint, or the last load. */
  const resumeRun = (): void => {
    const replay = since;
    const resume = playing;
    if (checkpoint)
      channel.post({
        type: 'restore',
        checkpoint,
        dataBase: options.dataBase,
        ...(lastLoad?.debug === true ? { debug: true } : {}),
      });
    else if (lastLoad) channel.post(lastLoad);
    since = [];
    for (const command of replay) send(command);
    if (resume) channel.post(resume);
  };

  const restart = (reason: string): void => {
    if (disposed || failed) return;
    channel.close();
    if (restarts >= maxRestarts) {
      failed = true;
      playing = null;
      events.onNotice({
        kind: 'failed',
        message: `${reason}. It was restarted ${restarts} times without success; choose a preset or press Play to start it again, or reload the page.`,
      });
      return;
    }
    restarts += 1;
    openChannel();
    resumeRun();
    events.onNotice({
      kind: 'restarted',
      attempt: restarts,
      message: `${reason}. Training was restored from the last checkpoint.`,
    });
  };

  try {
    channel = startWorker();
  } catch (error) {
    mode = 'main-thread';
    channel = mainThreadChannel(options.dataBase, deliver);
    events.onNotice({
      kind: 'fallback',
      message: `Training runs on the page (no worker: ${String(error)}); the page may be less smooth.`,
    });
  }

  const heartbeat = setInterval(() => {
    if (mode !== 'worker' || disposed) return;
    const t = now();
    // beyond one beat, the gap since the last beat is the page's own stall
    const gap = Math.min(t - lastBeat, heartbeatMs);
    lastBeat = t;
    silentMs = heard ? 0 : silentMs + gap;
    heard = false;
    if (silentMs >= heartbeatMs * 4) {
      restart('The training worker stopped answering');
      return;
    }
    pingId += 1;
    channel.post({ type: 'ping', id: pingId });
  }, heartbeatMs);

  function send(command: Command): void {
    if (failed && REVIVING.has(command.type)) {
      // the learner asks for training again: a fresh worker, with a fresh allowance of restarts
      failed = false;
      restarts = 0;
      openChannel();
      if (command.type !== 'load') resumeRun();
    }
    if (command.type === 'load') {
      lastLoad = { ...command, dataBase: options.dataBase };
      checkpoint = null;
      since = [];
      channel.post(lastLoad);
      return;
    }
    if (command.type === 'configure' || command.type === 'setParam' || command.type === 'revise')
      since.push(command);
    if (command.type === 'reset' || command.type === 'reseed') since = [command];
    channel.post(command);
  }

  return {
    send,
    get mode() {
      return mode;
    },
    dispose() {
      disposed = true;
      clearInterval(heartbeat);
      channel.close();
    },
  };
}
