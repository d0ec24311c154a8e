// The URL fragment (#v=1&preset=…&step=…) of links, iframes and the custom element, key by key
// as docs embed.md fixes it. Pure and total: a bad value falls back to that key's default and is
// listed in `ignored`; nothing here throws, and no key of the text ever becomes an object key.
import { isAppPreset } from './presetCatalogue';

export const LAYOUTS = ['full', 'compact', 'graph', 'worked-example', 'training'] as const;
export const PANEL_IDS = [
  'graph',
  'chain',
  'table',
  'loss',
  'norms',
  'data',
  'settings',
  'status',
  'lesson',
  'unrolled',
  'time',
] as const;
export const CONTROL_IDS = [
  'play',
  'step',
  'stepby',
  'reset',
  'share',
  'preset',
  'lr',
  'batch',
  'optimizer',
  'activation',
  'loss',
  'reg',
  'dropout',
  'speed',
  'init',
  'arch',
  'data',
  'import',
] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const PHASE_NAMES = ['forward', 'loss', 'backward', 'accumulate', 'update'] as const;

export type Layout = (typeof LAYOUTS)[number];
export type PanelId = (typeof PANEL_IDS)[number];
export type ControlId = (typeof CONTROL_IDS)[number];
/** `show`/`hide` take either kind of id (`loss` and `data` are both). */
export type ElementId = PanelId | ControlId;
export type Theme = (typeof THEMES)[number];
export type PhaseName = (typeof PHASE_NAMES)[number];

/** A link replays at most this many updates (the worker's own limit on one step). */
export const MAX_LINK_UPDATES = 1_000_000;
/** The encoded scenario of `s`; longer is not a link this app wrote (it writes < 8 000). */
export const MAX_SCENARIO_CHARS = 200_000;
const MAX_VALUE_CHARS = 400;

/**
 * Where the cursor starts, in the URL's own 1-based numbers (`u3.s2.backward.l1`, and for a
 * recurrent net `u3.s2.backward.t5`, time step 5):
 * - `{update: k, at: null}` (`u<k>`): after k updates, no update traced (k = 0: the start);
 * - `at` given: inside update `update` (≥ 1), on `sample` (1-based) at the first phase of that
 *   name, or at non-input layer `layer` (1-based) of it when given. `accumulate` and `update`
 *   concern the whole batch, so their sample is always 1 and they take no layer.
 */
export interface StepTarget {
  readonly update: number;
  readonly at: {
    readonly sample: number;
    readonly phase: PhaseName;
    readonly layer: number | null;
    /** Recurrent nets: the 1-based time step (`.t<k>`); absent otherwise. */
    readonly time?: number;
  } | null;
}

export interface FragmentState {
  /** Format version (only 1 exists). */
  readonly v: 1;
  readonly preset: string | null;
  /** The Share link's encoded scenario, still encoded (decode with share.ts; wins over preset). */
  readonly s: string | null;
  /** null: the page's own default (`compact` in an embed, `full` in the app). */
  readonly layout: Layout | null;
  readonly show: readonly ElementId[];
  readonly hide: readonly ElementId[];
  /** null: the layout's controls; `none` or a list: exactly these. */
  readonly controls: 'none' | readonly ControlId[] | null;
  /** Locked settings; `all` also locks table edits, import and the preset. */
  readonly lock: 'all' | readonly ControlId[];
  readonly step: StepTarget | null;
  readonly play: boolean;
  readonly theme: Theme;
  readonly lesson: string | null;
  /** Lesson step, 1-based; only with `lesson`. */
  readonly lstep: number | null;
}

export interface IgnoredKey {
  readonly key: string;
  readonly value: string;
  readonly reason: string;
}

export interface FragmentParse {
  readonly state: FragmentState;
  readonly ignored: readonly IgnoredKey[];
}

export const DEFAULT_FRAGMENT: FragmentState = {
  v: 1,
  preset: null,
  s: null,
  layout: null,
  show: [],
  hide: [],
  controls: null,
  lock: [],
  step: null,
  play: false,
  theme: 'auto',
  lesson: null,
  lstep: null,
};

const KEYS = [
  'v',
  'preset',
  's',
  'layout',
  'show',
  'hide',
  'controls',
  'lock',
  'step',
  'play',
  'theme',
  'lesson',
  'lstep',
] as const;
type Key = (typeof KEYS)[number];

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);
const quoted = (list: readonly string[]): string => list.map((x) => `“${x}”`).join(', ');
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Parses `u3.s2.backward.l1`, `u12`, `loss` or `backward.l2`; a message when it is not one. */
export function parseStep(text: string): StepTarget | string {
  const full = /^u(\d{1,7})(?:\.s(\d{1,6})\.([a-z]+)(?:\.l(\d{1,2}))?(?:\.t(\d{1,4}))?)?$/.exec(
    text,
  );
  const bare = /^([a-z]+)(?:\.l(\d{1,2}))?(?:\.t(\d{1,4}))?$/.exec(text);
  if (!full && !bare)
    return 'must be u<update>.s<sample>.<phase> (like u1.s1.forward), u<update> or a phase name';
  const update = full ? Number(full[1]) : 1;
  const sample = full ? (full[2] === undefined ? null : Number(full[2])) : 1;
  const phase = full ? full[3] : bare![1];
  const layerText = full ? full[4] : bare![2];
  const timeText = full ? full[5] : bare![3];
  if (update > MAX_LINK_UPDATES)
    return `asks for update ${update}; a link can replay at most 1 000 000 updates`;
  if (phase === undefined || sample === null) return { update, at: null };
  if (!isOneOf(PHASE_NAMES, phase)) return `its phase must be one of ${quoted(PHASE_NAMES)}`;
  if (update < 1) return 'a phase is inside an update, so the update must be 1 or more';
  if (sample < 1) return 'samples are counted from 1';
  const layer = layerText === undefined ? null : Number(layerText);
  if (layer !== null && layer < 1) return 'layers are counted from 1';
  if ((phase === 'accumulate' || phase === 'update') && (layer !== null || sample !== 1))
    return `“${phase}” concerns the whole batch: it takes neither a sample after 1 nor a layer`;
  if (timeText === undefined) return { update, at: { sample, phase, layer } };
  const time = Number(timeText);
  if (time < 1) return 'time steps are counted from 1';
  if (phase === 'accumulate' || phase === 'update')
    return `“${phase}” concerns the whole batch: it takes no time step`;
  return { update, at: { sample, phase, layer, time } };
}

/** The `step` text of a target; parseStep(formatStep(t)) equals t. */
export function formatStep(step: StepTarget): string {
  if (!step.at) return `u${step.update}`;
  const layer = step.at.layer === null ? '' : `.l${step.at.layer}`;
  const time = step.at.time === undefined ? '' : `.t${step.at.time}`;
  return `u${step.update}.s${step.at.sample}.${step.at.phase}${layer}${time}`;
}

type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = (reason: string): Parsed<never> => ({ ok: false, reason });

function idList<T extends string>(text: string, allowed: readonly T[], what: string): Parsed<T[]> {
  const items = text.split(',').filter((x) => x !== '');
  const unknown = items.filter((x) => !isOneOf(allowed, x));
  if (unknown.length > 0) return bad(`${quoted(unknown)} is not a known ${what} id`);
  return ok([...new Set(items as T[])]);
}

const ELEMENT_IDS: readonly ElementId[] = [...new Set<ElementId>([...PANEL_IDS, ...CONTROL_IDS])];

/** One key's value → its parsed value or the reason it is refused. */
function parseValue(key: Key, text: string): Parsed<unknown> {
  switch (key) {
    case 'v':
      return text === '1' ? ok(1) : bad('only version 1 exists; read as version 1');
    case 'preset':
      if (!ID.test(text) || !isAppPreset(text)) return bad(`there is no preset called “${text}”`);
      return ok(text);
    case 's':
      if (text.length > MAX_SCENARIO_CHARS)
        return bad(`the scenario is longer than ${MAX_SCENARIO_CHARS} characters`);
      return /^[A-Za-z0-9_.=-]+$/.test(text)
        ? ok(text)
        : bad('the scenario holds characters that base64url does not use');
    case 'layout':
      return isOneOf(LAYOUTS, text) ? ok(text) : bad(`must be one of ${quoted(LAYOUTS)}`);
    case 'show':
    case 'hide':
      return idList(text, ELEMENT_IDS, 'panel or control');
    case 'controls':
      return text === 'none' ? ok('none') : idList(text, CONTROL_IDS, 'control');
    case 'lock':
      return text === 'all' ? ok('all') : idList(text, CONTROL_IDS, 'setting');
    case 'step': {
      const step = parseStep(text);
      return typeof step === 'string' ? bad(step) : ok(step);
    }
    case 'play':
      return text === '0' || text === '1' ? ok(text === '1') : bad('must be 0 or 1');
    case 'theme':
      return isOneOf(THEMES, text) ? ok(text) : bad(`must be one of ${quoted(THEMES)}`);
    case 'lesson':
      return ID.test(text) ? ok(text) : bad('a lesson id is lowercase letters, digits and “-”');
    case 'lstep':
      return /^\d{1,4}$/.test(text) && Number(text) >= 1
        ? ok(Number(text))
        : bad('must be a whole number from 1');
  }
}

const shown = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** `#v=1&preset=xor…` (with or without the `#`) → the state and what was ignored. */
export function parseFragment(hash: string): FragmentParse {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const values = new Map<Key, unknown>();
  const ignored: IgnoredKey[] = [];
  for (const [key, value] of new URLSearchParams(body)) {
    if (ignored.length >= 20) break;
    if (!isOneOf(KEYS, key)) {
      ignored.push({ key: shown(key), value: shown(value), reason: 'is not a known key' });
      continue;
    }
    if (values.has(key)) {
      ignored.push({ key, value: shown(value), reason: 'is given twice; the first one counts' });
      continue;
    }
    const parsed =
      value.length > MAX_VALUE_CHARS && key !== 's'
        ? bad(`is longer than ${MAX_VALUE_CHARS} characters`)
        : parseValue(key, value);
    if (parsed.ok) values.set(key, parsed.value);
    else ignored.push({ key, value: shown(value), reason: parsed.reason });
  }
  if (values.has('lstep') && !values.has('lesson')) {
    ignored.push({ key: 'lstep', value: String(values.get('lstep')), reason: 'needs a lesson' });
    values.delete('lstep');
  }
  const pick = <K extends Key>(key: K): FragmentState[K] =>
    (values.has(key) ? values.get(key) : DEFAULT_FRAGMENT[key]) as FragmentState[K];
  const state: FragmentState = {
    v: 1,
    preset: pick('preset'),
    s: pick('s'),
    layout: pick('layout'),
    show: pick('show'),
    hide: pick('hide'),
    controls: pick('controls'),
    lock: pick('lock'),
    step: pick('step'),
    play: pick('play'),
    theme: pick('theme'),
    lesson: pick('lesson'),
    lstep: pick('lstep'),
  };
  return { state, ignored };
}

const list = (items: readonly string[]): string => items.map(encodeURIComponent).join(',');

/**
 * The fragment text (no `#`) of a state: `v=1` and then only the keys that differ from their
 * defaults, in the table's order; commas stay readable.
 */
export function serializeFragment(state: Partial<FragmentState>): string {
  const s = { ...DEFAULT_FRAGMENT, ...state };
  const parts: string[] = ['v=1'];
  const put = (key: Key, value: string): void => {
    parts.push(`${key}=${value}`);
  };
  if (s.preset !== null) put('preset', encodeURIComponent(s.preset));
  if (s.s !== null) put('s', encodeURIComponent(s.s));
  if (s.layout !== null) put('layout', s.layout);
  if (s.show.length > 0) put('show', list(s.show));
  if (s.hide.length > 0) put('hide', list(s.hide));
  if (s.controls !== null) put('controls', s.controls === 'none' ? 'none' : list(s.controls));
  if (s.lock === 'all' || s.lock.length > 0) put('lock', s.lock === 'all' ? 'all' : list(s.lock));
  if (s.step !== null) put('step', formatStep(s.step));
  if (s.play) put('play', '1');
  if (s.theme !== 'auto') put('theme', s.theme);
  if (s.lesson !== null) put('lesson', encodeURIComponent(s.lesson));
  if (s.lesson !== null && s.lstep !== null) put('lstep', String(s.lstep));
  return parts.join('&');
}
