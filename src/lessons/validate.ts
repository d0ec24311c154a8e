// The one lesson validator (CLI, the app's picker, the embed): JSON with limits, no prototype
// keys, the schema, then the cross checks, every problem with its JSON path and its step named.
// Pure. A valid lesson comes back compiled: each step's scenario, conditions and live source.
import * as v from 'valibot';
import { stripBom } from '../data/text';
import { getPreset } from '../scenario/presets';
import { getRecurrentPreset } from '../scenario/recurrentPresets';
import { getFixedPointPreset } from '../scenario/fixedPointPresets';
import { parseStep, type StepTarget } from '../scenario/fragment';
import {
  findForbiddenKeys,
  formatIssue,
  issueMessage,
  issuePath,
  type AnyScenario,
} from '../scenario/validate';
import { validateAnyScenario } from '../scenario/validateAny';
import type { ScenarioIssue } from '../scenario/checks';
import { parseLiveSource, parseUntil, type Condition, type LiveSource } from './conditions';
import { mergePatch } from './mergePatch';
import { refProblem } from './refs';
import { LESSON_LIMITS, LessonSchema, type LessonData, type LessonStepData } from './schema';
import { targetProblem } from './targets';

export interface LessonIssue {
  /** A JSON path from the lesson's root, like `steps[2].until["metrics.update"]`. */
  readonly path: string;
  readonly message: string;
  /** The step the path lies in: its 0-based index and its title when it has one. */
  readonly step: { readonly index: number; readonly title: string | null } | null;
}

export interface CompiledStep {
  readonly step: LessonStepData;
  /** The scenario in effect: base + this step's patch, or the previous step's when none. */
  readonly scenario: AnyScenario;
  /** Whether opening this step loads `scenario` (it has a patch, or it is the first step). */
  readonly loads: boolean;
  readonly cursor: StepTarget | null;
  readonly until: readonly Condition[];
  readonly answerFrom: LiveSource | null;
}

export interface Lesson {
  readonly data: LessonData;
  readonly steps: readonly CompiledStep[];
}

export type LessonResult =
  | { readonly ok: true; readonly lesson: Lesson }
  | { readonly ok: false; readonly issues: readonly LessonIssue[] };

/** `steps[2] (step 3, "The loss"): until.kind: must be one of …` */
export function formatLessonIssue(issue: LessonIssue): string {
  if (!issue.step) return formatIssue(issue);
  const { index, title } = issue.step;
  const name = `steps[${index}] (step ${index + 1}${title ? `, ${JSON.stringify(title)}` : ''})`;
  const rest = issue.path.slice(`steps[${index}]`.length).replace(/^\./, '');
  return rest ? `${name}: ${rest}: ${issue.message}` : `${name}: ${issue.message}`;
}

function stepOf(path: string, raw: unknown): LessonIssue['step'] {
  const m = /^steps\[(\d+)\]/.exec(path);
  if (!m) return null;
  const index = Number(m[1]);
  const steps = (raw as { steps?: unknown }).steps;
  const step = Array.isArray(steps) ? (steps[index] as { title?: unknown } | undefined) : undefined;
  const title = step && typeof step.title === 'string' ? step.title.slice(0, 80) : null;
  return { index, title };
}

const issuesOf = (items: readonly ScenarioIssue[], raw: unknown): LessonIssue[] =>
  items.map((i) => ({ ...i, step: stepOf(i.path, raw) }));

const join = (path: string, rest: string): string =>
  rest === '' ? path : rest.startsWith('[') ? `${path}${rest}` : `${path}.${rest}`;

/** Markdown links must go to https: (lessons.md); anything else is refused, not rendered. */
function linkProblems(text: string): string[] {
  const bad: string[] = [];
  for (const m of text.matchAll(/\]\(\s*([^)\s]*)/g))
    if (!/^https:\/\//i.test(m[1]))
      bad.push(`links may go to https: addresses only, not "${m[1]}"`);
  return bad;
}

const sizesOf = (s: AnyScenario): readonly number[] | null =>
  s.network.kind === 'mlp' || s.network.kind === undefined
    ? (s.network as { layers: readonly number[] }).layers
    : null;

function checkStep(
  step: LessonStepData,
  k: number,
  scenario: AnyScenario,
  add: (path: string, message: string) => void,
): Omit<CompiledStep, 'scenario' | 'loads' | 'step'> {
  const at = `steps[${k}]`;
  const sizes = sizesOf(scenario);
  for (const field of ['title', 'text'] as const)
    for (const p of linkProblems(step[field])) add(`${at}.${field}`, p);
  let cursor: StepTarget | null = null;
  if (step.cursor !== undefined) {
    const parsed = parseStep(step.cursor);
    if (typeof parsed === 'string') add(`${at}.cursor`, parsed);
    else cursor = parsed;
  }
  (step.highlight ?? []).forEach((id, h) => {
    const problem = targetProblem(id, sizes);
    if (problem) add(`${at}.highlight[${h}]`, `"${id.slice(0, 60)}" ${problem}`);
  });
  let until: Condition[] = [];
  if (step.until) {
    const parsed = parseUntil(step.until);
    for (const i of parsed.issues) add(join(`${at}.until`, i.path), i.message);
    until = parsed.conditions;
  }
  let answerFrom: LiveSource | null = null;
  const q = step.question;
  if (q?.kind === 'number') {
    if ((q.answerFrom === undefined) === (q.answer === undefined))
      add(`${at}.question`, 'needs exactly one of answerFrom (read from the run) and answer');
    if (q.answerFrom !== undefined) {
      const src = parseLiveSource(q.answerFrom);
      if (typeof src === 'string') add(`${at}.question.answerFrom`, src);
      else {
        const problem = 'ref' in src && sizes ? refProblem(src.ref, sizes) : null;
        if (problem) add(`${at}.question.answerFrom`, `names nothing in this net: ${problem}`);
        else answerFrom = src;
      }
    }
  }
  if (q?.kind === 'choice' && !q.choices.includes(q.correct))
    add(`${at}.question.correct`, 'must be one of the choices, written exactly as there');
  if (
    q &&
    q.kind !== 'number' &&
    new Set(q.kind === 'choice' ? q.choices : q.items).size !==
      (q.kind === 'choice' ? q.choices : q.items).length
  )
    add(`${at}.question`, 'lists the same text twice');
  return { cursor, until, answerFrom };
}

function baseScenario(data: LessonData, add: (p: string, m: string) => void): unknown {
  const { preset, scenario } = data.base;
  if ((preset === undefined) === (scenario === undefined)) {
    add('base', 'needs exactly one of preset (a preset id) and scenario (a scenario object)');
    return null;
  }
  if (scenario !== undefined) return scenario;
  const found = getPreset(preset!) ?? getRecurrentPreset(preset!) ?? getFixedPointPreset(preset!);
  if (!found)
    add(
      'base.preset',
      `"${preset!.slice(0, 60)}" is not a preset id (npm run --silent cli -- presets)`,
    );
  return found ? found.scenario : null;
}

/** Validates a parsed value as a lesson (docs lessons.md). */
export function validateLesson(raw: unknown): LessonResult {
  const forbidden: ScenarioIssue[] = [];
  findForbiddenKeys(raw, '', forbidden);
  if (forbidden.length > 0) return { ok: false, issues: issuesOf(forbidden, raw) };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return {
      ok: false,
      issues: [{ path: '', message: 'a lesson must be a JSON object', step: null }],
    };
  const parsed = v.safeParse(LessonSchema, raw, { abortPipeEarly: true });
  if (!parsed.success) {
    // a variant reports one problem once per branch tried: list each line once
    const unique = new Map<string, ScenarioIssue>();
    for (const i of parsed.issues) {
      const item = { path: issuePath(i), message: issueMessage(i) };
      unique.set(formatIssue(item), item);
    }
    return { ok: false, issues: issuesOf([...unique.values()], raw) };
  }
  const data = parsed.output;
  const found: ScenarioIssue[] = [];
  const add = (path: string, message: string): void => void found.push({ path, message });
  const base = baseScenario(data, add);
  const baseResult = base === null ? null : validateAnyScenario(base);
  if (baseResult && !baseResult.ok) {
    const at = data.base.preset !== undefined ? 'base.preset' : 'base.scenario';
    for (const i of baseResult.issues) add(join(at, i.path), i.message);
  }
  const steps: CompiledStep[] = [];
  const ids = new Set<string>();
  let current = baseResult?.ok ? baseResult.scenario : null;
  data.steps.forEach((step, k) => {
    if (ids.has(step.id)) add(`steps[${k}].id`, `"${step.id}" is the id of an earlier step`);
    ids.add(step.id);
    if (step.patch && base !== null) {
      const patched = validateAnyScenario(mergePatch(base, step.patch));
      if (patched.ok) current = patched.scenario;
      else {
        current = null;
        for (const i of patched.issues)
          add(`steps[${k}].patch`, `makes the scenario invalid: ${formatIssue(i)}`);
      }
    }
    if (current === null) return;
    const checked = checkStep(step, k, current, add);
    steps.push({ step, scenario: current, loads: k === 0 || step.patch !== undefined, ...checked });
  });
  if (found.length > 0) return { ok: false, issues: issuesOf(found, raw) };
  return { ok: true, lesson: { data, steps } };
}

/** Lesson text (a file, a fetch of public/lessons/<id>.json, an embed message) → a lesson. */
export function parseLessonText(withBom: string): LessonResult {
  const text = stripBom(withBom);
  const fail = (message: string): LessonResult => ({
    ok: false,
    issues: [{ path: '', message, step: null }],
  });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LESSON_LIMITS.textBytes)
    return fail(`the lesson is ${bytes} bytes; at most ${LESSON_LIMITS.textBytes} are allowed`);
  if (text.trim() === '') return fail('the lesson text is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return validateLesson(value);
}
