// What a lesson runner asks while a step is open: does its `until` hold (and what is still
// missing), and is the learner's answer right. Pure: reads a LessonState the runner builds
// from the store; the right answer is read live, so it stays right after a weight is edited.
import type { Ref } from '../engine/types';
import type { PhaseName } from '../scenario/fragment';
import type {
  Condition,
  ConditionField,
  LiveSource,
  MetricField,
  SettingField,
} from './conditions';
import type { Question } from './schema';

/** The lesson's view of the app: the documented state (lessons.md), nothing more. */
export interface LessonState {
  /** Where the cursor is: the phase shown (null before the first step) and its update. */
  readonly cursor: { readonly phase: PhaseName | null; readonly update: number };
  /** null where there is no value yet (no test part, nothing trained). */
  readonly metrics: Readonly<Record<MetricField, number | null>>;
  readonly settings: Readonly<Record<SettingField, number | string | null>>;
  /** The traced update's batch gradient ∂L/∂θ of a weight or bias; null when none is traced. */
  readonly gradient: (ref: Ref) => number | null;
  /** The traced sample's activation a of a unit (inputs for layer 0); null when none. */
  readonly activation: (ref: Ref) => number | null;
  /** The traced sample's loss; null when none. */
  readonly loss: number | null;
}

export function readField(state: LessonState, field: ConditionField): number | string | null {
  if (field === 'cursor.phase') return state.cursor.phase;
  if (field === 'cursor.update') return state.cursor.update;
  if (field.startsWith('metrics.')) return state.metrics[field.slice(8) as MetricField];
  return state.settings[field.slice(9) as SettingField];
}

export function readLive(state: LessonState, source: LiveSource): number | null {
  switch (source.kind) {
    case 'gradient':
      return state.gradient(source.ref);
    case 'activation':
      return state.activation(source.ref);
    case 'loss':
      return state.loss;
    case 'metric':
      return state.metrics[source.field];
  }
}

const WORDS: Record<Condition['op'], string> = {
  '=': 'be',
  '<': 'be below',
  '<=': 'be at most',
  '>': 'be above',
  '>=': 'be at least',
};

function holds(c: Condition, now: number | string | null): boolean {
  if (now === null) return false;
  if (c.op === '=')
    return typeof now === 'number' && typeof c.value === 'number'
      ? Math.abs(now - c.value) <= 1e-12 * Math.max(1, Math.abs(c.value))
      : now === c.value;
  if (typeof now !== 'number' || typeof c.value !== 'number') return false;
  if (c.op === '<') return now < c.value;
  if (c.op === '<=') return now <= c.value;
  if (c.op === '>') return now > c.value;
  return now >= c.value;
}

export interface UntilResult {
  readonly met: boolean;
  /** One sentence per condition that does not hold yet, e.g. `metrics.update must be at least 100 (now 37)`. */
  readonly missing: readonly string[];
}

/** Whether every condition holds; Next unlocks when `met`. No conditions: met. */
export function evaluateUntil(conditions: readonly Condition[], state: LessonState): UntilResult {
  const missing: string[] = [];
  for (const c of conditions) {
    const now = readField(state, c.field);
    if (holds(c, now)) continue;
    const shown =
      now === null ? 'nothing yet' : `now ${typeof now === 'number' ? String(now) : `“${now}”`}`;
    const want = typeof c.value === 'number' ? String(c.value) : `“${c.value}”`;
    missing.push(`${c.field} must ${WORDS[c.op]} ${want} (${shown})`);
  }
  return { met: missing.length === 0, missing };
}

/** A number as a learner types it: `0.0821`, `-8.21e-2`, `−0.08` (Unicode minus), `0,08`. */
export function parseNumberAnswer(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(/^(-?\d*),(\d+)$/, '$1.$2');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

export type AnswerResult =
  | { readonly status: 'right' | 'wrong'; readonly expected: number | string | readonly string[] }
  /** The live run has no value yet (nothing traced): the runner says what to do first. */
  | { readonly status: 'unavailable' }
  /** The text is not a number: the runner asks again without counting a try. */
  | { readonly status: 'unreadable' };

/** The learner's answer: text for a number question, a choice's text, or the items in order. */
export type Answer = string | readonly string[];

/**
 * Checks an answer. A number question compares within `tolerance` (absolute, or times |expected|
 * when `relative`), reading the expected value from the live run when `answerFrom` is given.
 */
export function checkAnswer(
  question: Question,
  live: LiveSource | null,
  answer: Answer,
  state: LessonState,
): AnswerResult {
  switch (question.kind) {
    case 'number': {
      const expected = live ? readLive(state, live) : (question.answer ?? null);
      if (expected === null || !Number.isFinite(expected)) return { status: 'unavailable' };
      const given = typeof answer === 'string' ? parseNumberAnswer(answer) : null;
      if (given === null) return { status: 'unreadable' };
      const allowed = question.relative
        ? question.tolerance * Math.abs(expected)
        : question.tolerance;
      return { status: Math.abs(given - expected) <= allowed ? 'right' : 'wrong', expected };
    }
    case 'choice':
      return {
        status: answer === question.correct ? 'right' : 'wrong',
        expected: question.correct,
      };
    case 'order': {
      const right =
        Array.isArray(answer) &&
        answer.length === question.items.length &&
        question.items.every((item, k) => answer[k] === item);
      return { status: right ? 'right' : 'wrong', expected: question.items };
    }
  }
}
