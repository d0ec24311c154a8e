// A step's `until` and a question's `answerFrom`, read from their JSON into typed records,
// with a message naming the field when one is wrong. Pure: no state is read here.
import type { Ref } from '../engine/types';
import { PHASE_NAMES } from '../scenario/fragment';
import { parseRefKey } from './refs';

export const METRIC_FIELDS = [
  'update',
  'epoch',
  'trainLoss',
  'trainAccuracy',
  'testLoss',
  'testAccuracy',
] as const;
export type MetricField = (typeof METRIC_FIELDS)[number];

/** The settings a condition may read, and whether each is a number or a name. */
export const SETTING_FIELDS = {
  learningRate: 'number',
  batch: 'text', // "online" | "minibatch" | "full"
  batchSize: 'number',
  optimizer: 'text', // "sgd" | "momentum" | "rmsprop" | "adam"
  loss: 'text',
  activation: 'text', // the hidden layers' activation
  regularization: 'text', // "none" | "l1" | "l2"
  regularizationRate: 'number',
  dropout: 'number',
} as const;
export type SettingField = keyof typeof SETTING_FIELDS;

export type ConditionField =
  'cursor.phase' | 'cursor.update' | `metrics.${MetricField}` | `settings.${SettingField}`;

export const OPERATORS = ['=', '<', '<=', '>', '>='] as const;
export type Operator = (typeof OPERATORS)[number];

export interface Condition {
  readonly field: ConditionField;
  readonly op: Operator;
  readonly value: number | string;
}

export type LiveSource =
  | { readonly kind: 'gradient'; readonly ref: Ref }
  | { readonly kind: 'activation'; readonly ref: Ref }
  | { readonly kind: 'loss' }
  | { readonly kind: 'metric'; readonly field: MetricField };

export interface FieldIssue {
  /** Relative to the `until` object or the question (e.g. `["metrics.update"][">="]`). */
  readonly path: string;
  readonly message: string;
}

const quoted = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(', ');
const has = (xs: readonly string[], x: string): boolean => xs.includes(x);
const CONDITION_FIELDS: readonly string[] = [
  'cursor.phase',
  'cursor.update',
  ...METRIC_FIELDS.map((f) => `metrics.${f}`),
  ...Object.keys(SETTING_FIELDS).map((f) => `settings.${f}`),
];

/** Whether a field holds a name (compared with `=` only) rather than a number. */
export function isTextField(field: ConditionField): boolean {
  if (field === 'cursor.phase') return true;
  const setting = field.startsWith('settings.') ? (field.slice(9) as SettingField) : null;
  return setting !== null && SETTING_FIELDS[setting] === 'text';
}

function conditionOf(
  field: ConditionField,
  op: string,
  value: unknown,
  path: string,
): Condition | FieldIssue {
  if (!has(OPERATORS, op))
    return { path, message: `"${op}" is not an operator; use one of ${quoted(OPERATORS)}` };
  const text = isTextField(field);
  if (text && op !== '=') return { path, message: `${field} is a name: compare it with "=" only` };
  if (text && typeof value !== 'string') return { path, message: 'must be text' };
  if (!text && (typeof value !== 'number' || !Number.isFinite(value)))
    return { path, message: 'must be a finite number' };
  if (field === 'cursor.phase' && !has(PHASE_NAMES, value as string))
    return { path, message: `must be one of ${quoted(PHASE_NAMES)}` };
  return { field, op: op as Operator, value: value as number | string };
}

/** Reads `until`: field → value (equality) or {operator: value, …}; all conditions must hold. */
export function parseUntil(until: Readonly<Record<string, unknown>>): {
  conditions: Condition[];
  issues: FieldIssue[];
} {
  const conditions: Condition[] = [];
  const issues: FieldIssue[] = [];
  const keys = Object.keys(until);
  if (keys.length === 0) issues.push({ path: '', message: 'must name at least one condition' });
  for (const key of keys) {
    const path = `[${JSON.stringify(key)}]`;
    if (!CONDITION_FIELDS.includes(key)) {
      issues.push({
        path,
        message: `is not a known field; use cursor.phase, cursor.update, metrics.<${METRIC_FIELDS.join('|')}> or settings.<${Object.keys(SETTING_FIELDS).join('|')}>`,
      });
      continue;
    }
    const field = key as ConditionField;
    const raw = until[key];
    const pairs: [string, unknown, string][] =
      raw !== null && typeof raw === 'object' && !Array.isArray(raw)
        ? Object.entries(raw).map(([op, val]) => [op, val, `${path}[${JSON.stringify(op)}]`])
        : [['=', raw, path]];
    if (pairs.length === 0) issues.push({ path, message: 'must hold at least one operator' });
    for (const [op, val, p] of pairs) {
      const c = conditionOf(field, op, val, p);
      if ('message' in c) issues.push(c);
      else conditions.push(c);
    }
  }
  return { conditions, issues };
}

/** Reads `trace.gradient(<ref>)`, `trace.activation(<ref>)`, `trace.loss` or `metrics.<field>`. */
export function parseLiveSource(text: string): LiveSource | string {
  if (text === 'trace.loss') return { kind: 'loss' };
  if (text.startsWith('metrics.')) {
    const field = text.slice(8);
    return has(METRIC_FIELDS, field)
      ? { kind: 'metric', field: field as MetricField }
      : `metrics.<field> takes one of ${quoted(METRIC_FIELDS)}`;
  }
  const m = /^trace\.(gradient|activation)\((.*)\)$/.exec(text);
  if (!m)
    return 'must be trace.gradient(<ref>), trace.activation(<ref>), trace.loss or metrics.<field>';
  const ref = parseRefKey(m[2]);
  if (!ref)
    return `"${m[2]}" is not a reference; write w:<layer>:<j>:<i>, b:<layer>:<j> or n:<layer>:<j>`;
  if (m[1] === 'gradient' && ref.kind === 'neuron')
    return 'trace.gradient reads a weight or a bias (w:… or b:…), not a unit';
  if (m[1] === 'activation' && ref.kind !== 'neuron')
    return 'trace.activation reads a unit (n:<layer>:<j>), not a parameter';
  return { kind: m[1] as 'gradient' | 'activation', ref };
}
