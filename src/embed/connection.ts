// The embed's side of protocol v1: waits for the host's handshake (from window.parent only, and
// from an allowed origin when a list is set), then speaks over the one transferred MessagePort:
// requests in (size- and rate-limited, validated), replies and events out. Nothing is ever
// posted to a window, so no message can reach another page.
import type { AppStoreState } from '../store';
import {
  EVENT_TYPES,
  envelope,
  isConnect,
  parseMessage,
  rateLimiter,
  type MessageId,
  type ProtocolError,
} from './protocol';
import { BACKLOG, type LessonBus } from './lessonBus';
import { carryOut, type RequestContext } from './requests';
import { cursorOf, lensStateOf, metricsOf, stepEventOf } from './lensState';

/**
 * The origins allowed to connect: the build's list (VITE_EMBED_ORIGINS), narrowed by the page's
 * own `?host=` list; null when neither names one (any parent may connect).
 */
export function allowedOrigins(build: string | undefined, host: string | null): Set<string> | null {
  const list = (text: string | null | undefined): string[] | null =>
    text
      ? text
          .split(',')
          .map((o) => o.trim())
          .filter((o) => o !== '')
      : null;
  const fromBuild = list(build);
  const fromHost = list(host);
  if (fromBuild && fromHost) return new Set(fromHost.filter((o) => fromBuild.includes(o)));
  const one = fromBuild ?? fromHost;
  return one ? new Set(one) : null;
}

/** At most 4 step and metrics events a second while playing. */
const PLAYING_EVENT_MS = 250;

export interface ConnectionOptions extends Omit<RequestContext, 'subscribe'> {
  readonly root: () => HTMLElement | null;
  readonly allowed: Set<string> | null;
  /** The lesson runner's events, posted as `lesson` events. */
  readonly lessons?: LessonBus;
}

/** Listens for the handshake; returns the disconnect. */
export function listenForHost(options: ConnectionOptions): () => void {
  let closeCurrent: (() => void) | null = null;
  const onMessage = (event: MessageEvent): void => {
    if (window.parent === window || event.source !== window.parent) return;
    if (options.allowed && !options.allowed.has(event.origin)) return;
    if (!isConnect(event.data)) return;
    const port = event.ports[0];
    if (!port) return;
    closeCurrent?.();
    closeCurrent = serve(port, options);
  };
  window.addEventListener('message', onMessage);
  return () => {
    window.removeEventListener('message', onMessage);
    closeCurrent?.();
  };
}

function serve(port: MessagePort, options: ConnectionOptions): () => void {
  const { store } = options;
  const limiter = rateLimiter();
  let subscribed = new Set<string>();
  let ready = false;
  const send = (type: string, payload?: unknown, re?: MessageId): void => {
    try {
      port.postMessage(envelope(type, { re, payload }));
    } catch {
      // a payload that cannot be cloned is a bug on our side; the host hears nothing
    }
  };
  const fail = (re: MessageId | undefined, e: ProtocolError): void => send('error', e, re);
  const ctx: RequestContext = {
    ...options,
    subscribe: (events) => {
      subscribed = new Set(events ?? EVENT_TYPES);
      flushLessons();
    },
  };
  port.onmessage = (event: MessageEvent): void => {
    if (!limiter.take()) {
      const id = (event.data as { id?: unknown } | null)?.id;
      fail(typeof id === 'string' || typeof id === 'number' ? id : undefined, {
        code: 'rate-limited',
        message: 'More than 100 requests a second; this one was not carried out.',
      });
      return;
    }
    const parsed = parseMessage(event.data);
    if (!parsed.ok) return fail(parsed.id, parsed.error);
    const { request } = parsed;
    if (!ready && request.type !== 'ping')
      return fail(request.id, { code: 'not-ready', message: 'The app is still loading.' });
    carryOut(ctx, request).then(
      (payload) => send('ok', payload, request.id),
      (e: unknown) =>
        fail(
          request.id,
          e && typeof e === 'object' && 'code' in e
            ? (e as ProtocolError)
            : { code: 'invalid-message', message: String(e) },
        ),
    );
  };
  port.start();

  // ready: once the first scenario is on screen
  const stops: (() => void)[] = [];
  const becomeReady = (s: AppStoreState): void => {
    if (ready || s.summary === null || s.frame === null) return;
    ready = true;
    send('ready', { version: 1, state: lensStateOf(s, options.locked()) });
    lastHeight = -1;
    measure();
  };
  stops.push(store.subscribe(becomeReady));

  // events the host subscribed to
  const on = (type: string): boolean => ready && subscribed.has(type);
  // lesson events wait (a few) until the host has subscribed: a lesson starts as the app loads
  const lessonBacklog: unknown[] = [];
  const flushLessons = (): void => {
    while (on('lesson') && lessonBacklog.length > 0) send('lesson', lessonBacklog.shift());
  };
  if (options.lessons)
    stops.push(
      options.lessons.listen((event) => {
        lessonBacklog.push(event);
        if (lessonBacklog.length > BACKLOG) lessonBacklog.shift();
        flushLessons();
      }),
    );
  let lastStep = '';
  let lastMetrics: unknown = null;
  let lastSent = 0;
  let pending: ReturnType<typeof setTimeout> | null = null;
  const flushSteps = (): void => {
    pending = null;
    lastSent = performance.now();
    const s = store.getState();
    const key = JSON.stringify(cursorOf(s));
    if (on('step') && key !== lastStep) send('step', stepEventOf(s));
    lastStep = key;
    if (on('metrics') && s.frame !== lastMetrics) send('metrics', metricsOf(s));
    lastMetrics = s.frame;
  };
  stops.push(
    store.subscribe((s, prev) => {
      if (!ready) return;
      if (on('diverged') && s.divergence && !prev.divergence)
        send('diverged', { message: s.divergence.message, update: s.frame?.update ?? 0 });
      if (on('statechange') && (s.playing !== prev.playing || s.summary !== prev.summary))
        send('statechange', { playing: s.playing, title: s.summary?.title ?? null });
      if (on('error')) {
        const fresh = s.notices.filter((n) => n.tone === 'error' && !prev.notices.includes(n));
        for (const n of fresh) send('error', { code: 'app', message: n.text });
      }
      if (s.frame === prev.frame && s.cursor === prev.cursor && s.traceIndex === prev.traceIndex)
        return;
      if (pending) return;
      const wait = s.playing ? Math.max(0, lastSent + PLAYING_EVENT_MS - performance.now()) : 0;
      if (wait === 0) flushSteps();
      else pending = setTimeout(flushSteps, wait);
    }),
  );

  // resize: ⌈height⌉ of the content, at most once a frame
  let lastHeight = -1;
  let frame = 0;
  const measure = (): void => {
    frame = 0;
    const root = options.root();
    if (!ready || !root) return;
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    send('resize', { height });
  };
  const observer =
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver(() => {
          if (frame === 0) frame = requestAnimationFrame(measure);
        });
  const root = options.root();
  if (observer && root) observer.observe(root);
  becomeReady(store.getState());

  return () => {
    for (const stop of stops) stop();
    observer?.disconnect();
    if (frame) cancelAnimationFrame(frame);
    if (pending) clearTimeout(pending);
    port.onmessage = null;
    port.close();
  };
}
