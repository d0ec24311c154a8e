// Share links: the scenario and the step the learner is on, in the URL fragment (no server sees
// it). An unedited preset is `#v=1&preset=<id>&step=…`; anything else packs the scenario into `s`
// (only edited starting weights take bytes). Older `?s=…&u=…&p=…` links still open.
import {
  MAX_LINK_UPDATES,
  parseFragment,
  serializeFragment,
  type IgnoredKey,
  type StepTarget,
} from './fragment';
import { packScenario, startingParams, unpackScenario } from './packScenario';
import { APP_PRESETS, getAppPreset } from './appPresets';
import { formatIssue, validateAppScenario, type AppScenario } from './validate';

export { shareableScenario } from './shareable';
export { namesScenario } from './linkKeys';

export interface ShareState {
  readonly scenario: AppScenario;
  /** The run's starting parameters (flat, engine layout): the seed's draw plus any edits. */
  readonly initial: Float64Array;
  readonly step: StepTarget | null;
}

/** Order-insensitive deep equality of JSON values. */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((k) =>
    sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** The preset this state is, unchanged (settings and starting parameters), if any. */
export function unchangedPreset(scenario: AppScenario, initial: Float64Array): string | null {
  for (const preset of APP_PRESETS) {
    const parsed = validateAppScenario(preset.scenario);
    if (!parsed.ok || !sameJson(parsed.scenario, scenario)) continue;
    const start = startingParams(parsed.scenario);
    if (start.length === initial.length && start.every((x, k) => x === initial[k]))
      return preset.id;
  }
  return null;
}

/** The fragment (without `#`) that reopens this state. */
export async function shareFragment(state: ShareState): Promise<string> {
  const preset = unchangedPreset(state.scenario, state.initial);
  if (preset !== null) return serializeFragment({ preset, step: state.step });
  return serializeFragment({
    s: await packScenario(state.scenario, state.initial),
    step: state.step,
  });
}

/**
 * Where a link puts the cursor once its scenario has loaded: replay `updates`, then trace the
 * next update and show `at` in it (a phase by name, or an old link's phase index).
 */
export interface LinkRestore {
  readonly updates: number;
  readonly at: NonNullable<StepTarget['at']> | number | null;
}

export type LinkOpen =
  | { readonly kind: 'none'; readonly notes: readonly string[] }
  | {
      readonly kind: 'preset';
      readonly presetId: string;
      readonly restore: LinkRestore | null;
      readonly notes: readonly string[];
    }
  | {
      readonly kind: 'scenario';
      readonly scenario: AppScenario;
      readonly restore: LinkRestore | null;
      readonly notes: readonly string[];
    }
  | { readonly kind: 'invalid'; readonly message: string; readonly notes: readonly string[] };

const restoreOf = (step: StepTarget | null): LinkRestore | null =>
  step === null
    ? null
    : step.at === null
      ? { updates: step.update, at: null }
      : { updates: step.update - 1, at: step.at };

/** “step u5000000: asks for update 5000000; …” */
export const describeIgnored = (item: IgnoredKey): string =>
  `${item.key} “${item.value}”: ${item.reason}`;

const wholeNumber = (text: string | null, what: string, max: number): number | string | null => {
  if (text === null) return null;
  if (!/^\d{1,9}$/.test(text)) return `its ${what} is not a whole number`;
  const n = Number(text);
  return n <= max ? n : `its ${what} is ${n}; a link can replay at most 1 000 000 updates`;
};

/** The links made before fragments: `?s=<base64url JSON>&u=<updates>&p=<phase index>`. */
async function readOldQuery(query: URLSearchParams): Promise<LinkOpen> {
  const encoded = query.get('s');
  const presetId = query.get('preset');
  if (encoded === null) {
    if (presetId === null) return { kind: 'none', notes: [] };
    return getAppPreset(presetId)
      ? { kind: 'preset', presetId, restore: null, notes: [] }
      : { kind: 'invalid', message: `there is no preset called “${presetId}”`, notes: [] };
  }
  const update = wholeNumber(query.get('u'), 'update number (u)', MAX_LINK_UPDATES) ?? 0;
  const phase = wholeNumber(query.get('p'), 'phase number (p)', 1_000_000);
  if (typeof update === 'string') return { kind: 'invalid', message: update, notes: [] };
  if (typeof phase === 'string') return { kind: 'invalid', message: phase, notes: [] };
  const decoded = await unpackScenario(encoded);
  if (!decoded.ok)
    return { kind: 'invalid', message: decoded.issues.map(formatIssue).join('; '), notes: [] };
  return {
    kind: 'scenario',
    scenario: decoded.scenario,
    restore: { updates: update, at: phase },
    notes: [],
  };
}

/** Reads a page's address: the fragment's preset or scenario (and step), else an old query. */
export async function readLink(where: { search: string; hash: string }): Promise<LinkOpen> {
  const { state, ignored } = parseFragment(where.hash);
  const notes = ignored.filter((i) => i.key !== 'preset' && i.key !== 's').map(describeIgnored);
  // `lesson` and `lstep` are the lesson runner's (app/useLessonLink.ts), not the run's
  const refused = ignored.find((i) => i.key === 's' || i.key === 'preset');
  const restore = restoreOf(state.step);
  if (state.s !== null) {
    const decoded = await unpackScenario(state.s);
    if (!decoded.ok)
      return { kind: 'invalid', message: decoded.issues.map(formatIssue).join('; '), notes };
    return { kind: 'scenario', scenario: decoded.scenario, restore, notes };
  }
  if (refused) return { kind: 'invalid', message: refused.reason, notes };
  if (state.preset !== null) return { kind: 'preset', presetId: state.preset, restore, notes };
  const old = await readOldQuery(new URLSearchParams(where.search));
  return { ...old, notes: [...notes, ...old.notes] };
}
