// Message protocol v1 between a host page and an embed (docs embed.md): the envelope, the
// requests and their payloads, parsed and validated here. Pure and total: whatever a page posts
// (garbage, prototype keys, huge strings, other versions) comes back as a request or as the
// error to answer with; nothing throws, and no key of a message becomes an object key.
import * as v from 'valibot';
import { CONTROL_IDS, LAYOUTS, PANEL_IDS, THEMES } from '../scenario/fragment';
import { BatchSchema, LIMITS, OptimizerSchema } from '../scenario/schema';

export const PROTOCOL = 'backprop-lens';
export const VERSION = 1;
/** A message whose text would be longer than this is `too-large`. */
export const MAX_MESSAGE_CHARS = 512 * 1024;

export type ErrorCode =
  | 'invalid-message'
  | 'unknown-type'
  | 'invalid-scenario'
  | 'not-ready'
  | 'unsupported-version'
  | 'too-large'
  | 'rate-limited';

export interface Issue {
  readonly path: string;
  readonly message: string;
}

export interface ProtocolError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly issues?: readonly Issue[];
}

export const REQUEST_TYPES = [
  'configure',
  'loadScenario',
  'play',
  'pause',
  'step',
  'reset',
  'setHyperparameters',
  'getState',
  'subscribe',
  'ping',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const EVENT_TYPES = [
  'ready',
  'resize',
  'step',
  'metrics',
  'diverged',
  'statechange',
  'lesson',
  'error',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const Id = v.union([text(64), v.pipe(v.number(), v.safeInteger())]);
export type MessageId = v.InferOutput<typeof Id>;

const Envelope = v.object({
  protocol: v.literal(PROTOCOL),
  v: v.number(),
  type: text(64),
  id: v.optional(Id),
});

const idList = <T extends string>(ids: readonly T[]) =>
  v.union([
    v.pipe(
      text(400),
      v.transform((s) => s.split(',').filter((x) => x !== '')),
      v.array(v.picklist(ids)),
    ),
    v.pipe(v.array(v.picklist(ids)), v.maxLength(64)),
  ]);
const ELEMENT_IDS = [...new Set<string>([...PANEL_IDS, ...CONTROL_IDS])] as readonly (
  (typeof PANEL_IDS)[number] | (typeof CONTROL_IDS)[number]
)[];

const PAYLOADS = {
  configure: v.object({
    layout: v.optional(v.picklist(LAYOUTS)),
    show: v.optional(idList(ELEMENT_IDS)),
    hide: v.optional(idList(ELEMENT_IDS)),
    // null: the layout's own controls (a `controls` attribute taken away)
    controls: v.optional(v.nullable(v.union([v.literal('none'), idList(CONTROL_IDS)]))),
    lock: v.optional(v.union([v.literal('all'), idList(CONTROL_IDS)])),
    theme: v.optional(v.picklist(THEMES)),
  }),
  // the scenario itself is checked by the app's one scenario validator (validateScenario)
  loadScenario: v.union([v.object({ preset: text(64) }), v.object({ scenario: v.unknown() })]),
  play: v.optional(v.object({})),
  pause: v.optional(v.object({})),
  reset: v.optional(v.object({})),
  ping: v.optional(v.object({})),
  step: v.optional(
    v.object({
      by: v.optional(v.picklist(['phase', 'sample', 'update', 'epoch'])),
      count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
      direction: v.optional(v.picklist(['forward', 'back'])),
    }),
  ),
  setHyperparameters: v.object({
    learningRate: v.optional(
      v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIMITS.learningRate)),
    ),
    batch: v.optional(BatchSchema),
    optimizer: v.optional(OptimizerSchema),
  }),
  getState: v.optional(
    v.object({
      include: v.optional(
        v.pipe(v.array(v.picklist(['scenario', 'metrics', 'weights'])), v.maxLength(3)),
      ),
    }),
  ),
  subscribe: v.optional(
    v.object({ events: v.optional(v.pipe(v.array(v.picklist(EVENT_TYPES)), v.maxLength(16))) }),
  ),
} satisfies Record<RequestType, v.GenericSchema>;

export type Payloads = { [K in RequestType]: v.InferOutput<(typeof PAYLOADS)[K]> };
export type Request = {
  [K in RequestType]: {
    readonly type: K;
    readonly id: MessageId | undefined;
    readonly payload: Payloads[K];
  };
}[RequestType];

export type Parsed =
  | { readonly ok: true; readonly request: Request }
  | { readonly ok: false; readonly id: MessageId | undefined; readonly error: ProtocolError };

/**
 * How many characters the value would take as text, counted until `limit` is passed (a huge
 * value is not walked to its end); Infinity for a value too deep to be a message.
 */
export function sizeOf(value: unknown, limit: number, depth = 0): number {
  if (depth > 32) return Infinity;
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 8;
  let size = 2;
  if (Array.isArray(value)) {
    for (const item of value) {
      size += sizeOf(item, limit - size, depth + 1) + 1;
      if (size > limit) return size;
    }
    return size;
  }
  if (ArrayBuffer.isView(value)) return value.byteLength * 4;
  for (const key of Object.keys(value)) {
    size +=
      key.length + 4 + sizeOf((value as Record<string, unknown>)[key], limit - size, depth + 1);
    if (size > limit) return size;
  }
  return size;
}

const issuesOf = (issues: readonly v.BaseIssue<unknown>[]): Issue[] =>
  issues.slice(0, 20).map((issue) => ({
    path: (issue.path ?? []).map((p) => String(p.key)).join('.'),
    message: issue.message,
  }));

const fail = (
  id: MessageId | undefined,
  code: ErrorCode,
  message: string,
  issues?: Issue[],
): Parsed => ({
  ok: false,
  id,
  error: issues ? { code, message, issues } : { code, message },
});

const isRequestType = (type: string): type is RequestType =>
  (REQUEST_TYPES as readonly string[]).includes(type);

/** One message from the host (already structured-cloned) → a request, or the error to answer. */
export function parseMessage(data: unknown): Parsed {
  try {
    if (sizeOf(data, MAX_MESSAGE_CHARS) > MAX_MESSAGE_CHARS)
      return fail(
        undefined,
        'too-large',
        `A message may hold at most ${MAX_MESSAGE_CHARS} characters.`,
      );
    const envelope = v.safeParse(Envelope, data);
    if (!envelope.success)
      return fail(
        undefined,
        'invalid-message',
        `Not a protocol message: it needs protocol “${PROTOCOL}”, v and type.`,
        issuesOf(envelope.issues),
      );
    const { id, type } = envelope.output;
    if (envelope.output.v !== VERSION)
      return fail(id, 'unsupported-version', `This app speaks protocol version ${VERSION}.`);
    if (!isRequestType(type)) return fail(id, 'unknown-type', `There is no request “${type}”.`);
    const raw = (data as { payload?: unknown }).payload;
    const payload = v.safeParse(PAYLOADS[type], raw);
    if (!payload.success)
      return fail(
        id,
        'invalid-message',
        `The payload of “${type}” is not valid.`,
        issuesOf(payload.issues),
      );
    return { ok: true, request: { type, id, payload: payload.output } as Request };
  } catch {
    return fail(undefined, 'invalid-message', 'The message could not be read.');
  }
}

/** The host's handshake: `{protocol, v: 1, type: 'connect', payload: {versions: [1]}}`. */
export function isConnect(data: unknown): boolean {
  try {
    const parsed = v.safeParse(
      v.object({
        protocol: v.literal(PROTOCOL),
        type: v.literal('connect'),
        payload: v.object({ versions: v.pipe(v.array(v.number()), v.maxLength(16)) }),
      }),
      data,
    );
    return parsed.success && parsed.output.payload.versions.includes(VERSION);
  } catch {
    return false;
  }
}

/** An event or reply in the envelope. */
export function envelope(
  type: string,
  fields: { readonly re?: MessageId | undefined; readonly payload?: unknown },
): Record<string, unknown> {
  const out: Record<string, unknown> = { protocol: PROTOCOL, v: VERSION, type };
  if (fields.re !== undefined) out.re = fields.re;
  if (fields.payload !== undefined) out.payload = fields.payload;
  return out;
}

/** At most `limit` requests in any `windowMs`: `take()` says whether one more may run. */
export function rateLimiter(
  limit = 100,
  windowMs = 1000,
  now: () => number = () => performance.now(),
) {
  const times: number[] = [];
  return {
    take(): boolean {
      const t = now();
      while (times.length > 0 && t - times[0]! >= windowMs) times.shift();
      if (times.length >= limit) return false;
      times.push(t);
      return true;
    },
  };
}
