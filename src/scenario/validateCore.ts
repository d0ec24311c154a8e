// What every scenario validator shares, without the schemas of the kinds other than the MLP:
// the result type, the kind guards, prototype-key and depth checks, valibot issues turned into
// messages, JSON text limits, and the kind dispatch with the other kinds passed in. validate.ts
// passes them statically (worker, command line); validateLazy.ts loads them on demand, so the
// page's first chunk holds the MLP schema only (issue 12 §5).
import * as v from 'valibot';
import { stripBom } from '../data/text';
import { checkScenario, type ScenarioIssue } from './checks';
import type { CnnScenario } from './cnnSchema';
import type { FixedPointScenario } from './fixedPointSchema';
import type { GatedScenario } from './gatedSchema';
import type { RecurrentScenario } from './recurrentSchema';
import { LIMITS, ScenarioSchema, type Scenario } from './schema';

export type ValidationResult<S = Scenario> =
  | { readonly ok: true; readonly scenario: S }
  | { readonly ok: false; readonly issues: readonly ScenarioIssue[] };

/** A scenario of any network kind: `network.kind` tells them apart. */
export type AnyScenario =
  | Scenario
  | RecurrentScenario
  // network.kind "fixed-point" (Almeida–Pineda)
  | FixedPointScenario
  // network.kind "cnn"
  | CnnScenario
  // network.kind "lstm" or "gru"
  | GatedScenario;

/** A scenario the app shows: an MLP, an Elman RNN, an LSTM, a GRU, a CNN or a fixed-point net. */
export type AppScenario =
  Scenario | RecurrentScenario | GatedScenario | CnnScenario | FixedPointScenario;

export function isRecurrentScenario(s: AnyScenario): s is RecurrentScenario {
  return s.network.kind === 'rnn';
}

export function isFixedPointScenario(s: AnyScenario): s is FixedPointScenario {
  return s.network.kind === 'fixed-point';
}

export function isCnnScenario(s: AnyScenario): s is CnnScenario {
  return s.network.kind === 'cnn';
}

/** A feed-forward scenario (`network.kind` "mlp" or absent). */
export function isMlpScenario(s: AnyScenario): s is Scenario {
  const kind = (s.network as { readonly kind?: string }).kind;
  return kind === undefined || kind === 'mlp';
}

/** An LSTM or GRU scenario. */
export function isGatedScenario(s: AnyScenario): s is GatedScenario {
  return s.network.kind === 'lstm' || s.network.kind === 'gru';
}

/** The kinds the command line runs and the app does not show yet, as a learner names them. */
const CLI_ONLY: Readonly<Record<string, string>> = {};

/** `network.kind` of a value, whatever the rest of it holds (null when there is none). */
export function kindOf(input: unknown): unknown {
  const network =
    input !== null && typeof input === 'object' ? (input as { network?: unknown }).network : null;
  return network !== null && typeof network === 'object'
    ? (network as { kind?: unknown }).kind
    : null;
}

/** The app's answer to a kind only the command line runs (checked before anything else). */
export function cliOnly(input: unknown): ValidationResult | null {
  const kind = kindOf(input);
  if (typeof kind !== 'string' || !Object.hasOwn(CLI_ONLY, kind)) return null;
  return {
    ok: false,
    issues: [
      {
        path: 'network.kind',
        message: `${CLI_ONLY[kind]} run in the command line; the app does not show them yet`,
      },
    ],
  };
}

/** `network.layers[1]: must be a positive integer` */
export function formatIssue(issue: ScenarioIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** A scenario nests 5 levels at most (network.weights[l][j][i]); far deeper is an attack. */
const MAX_DEPTH = 32;

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key)
    ? path
      ? `${path}.${key}`
      : key
    : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Finds keys that could reach an object prototype anywhere in a parsed value, and values
 * nested so deeply that walking them would exhaust the stack.
 */
export function findForbiddenKeys(
  value: unknown,
  path: string,
  out: ScenarioIssue[],
  depth = 0,
): void {
  if (out.length >= 10 || value === null || typeof value !== 'object') return;
  if (depth >= MAX_DEPTH) {
    out.push({ path, message: `is nested too deeply (at most ${MAX_DEPTH} levels)` });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, k) => findForbiddenKeys(item, joinPath(path, k), out, depth + 1));
    return;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) {
      out.push({ path: joinPath(path, key), message: 'this key is not allowed' });
      continue;
    }
    findForbiddenKeys((value as Record<string, unknown>)[key], joinPath(path, key), out, depth + 1);
  }
}

export function issuePath(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number' || typeof key === 'string') path = joinPath(path, key);
  }
  return path;
}

export function issueMessage(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field';
  if (issue.received === 'undefined' && issue.kind === 'schema') return 'is required';
  // A variant (optimizer, batch, data, …) given a number or a list rather than an object.
  if (issue.kind === 'schema' && issue.expected === 'Object') return 'must be an object';
  return issue.message;
}

export function parseWith<S>(
  schema: v.GenericSchema<unknown, S>,
  check: (s: S) => ScenarioIssue[],
  input: object,
): ValidationResult<S> {
  const parsed = v.safeParse(schema, input, { abortPipeEarly: true });
  if (!parsed.success) {
    const seen = new Set<string>();
    const issues: ScenarioIssue[] = [];
    for (const issue of parsed.issues) {
      const item = { path: issuePath(issue), message: issueMessage(issue) };
      const key = formatIssue(item);
      if (!seen.has(key)) {
        seen.add(key);
        issues.push(item);
      }
    }
    return { ok: false, issues };
  }
  const issues = check(parsed.output);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, scenario: parsed.output };
}

/**
 * What every validator checks first: no prototype keys, no runaway nesting, an object. Returns
 * the issues, or null when the value may go on to its kind's schema.
 */
export function preflight(input: unknown): ValidationResult<never> | null {
  const forbidden: ScenarioIssue[] = [];
  findForbiddenKeys(input, '', forbidden);
  if (forbidden.length > 0) return { ok: false, issues: forbidden };
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    return { ok: false, issues: [{ path: '', message: 'a scenario must be a JSON object' }] };
  return null;
}

/** The `network.kind`s with schemas of their own (validateKinds.ts); any other takes the MLP one. */
export const OTHER_KINDS: readonly string[] = ['rnn', 'cnn', 'lstm', 'gru', 'fixed-point'];

/** Validates a value whose `network.kind` is one of OTHER_KINDS (preflight already passed). */
export type OtherKinds = (kind: string, input: object) => ValidationResult<AppScenario>;

/** Whether validating this value takes the schema of a kind other than the MLP. */
export function isOtherKind(input: unknown): boolean {
  const kind = kindOf(input);
  return typeof kind === 'string' && OTHER_KINDS.includes(kind);
}

/** A value the app shows: the other kinds take their schemas, anything else the MLP one. */
function validateShown(other: OtherKinds, input: unknown): ValidationResult<AppScenario> {
  const refused = preflight(input);
  if (refused) return refused;
  const kind = kindOf(input);
  if (typeof kind === 'string' && OTHER_KINDS.includes(kind)) return other(kind, input as object);
  return parseWith(ScenarioSchema, checkScenario, input as object);
}

/** The network kinds the app shows (the command line runs every kind validateAnyScenario knows). */
export const APP_KINDS: readonly string[] = ['mlp', 'rnn', 'lstm', 'gru', 'cnn', 'fixed-point'];

/** validateAppScenario (validate.ts), with the other kinds' validator given. */
export function validateAppScenarioBy(
  other: OtherKinds,
  input: unknown,
): ValidationResult<AppScenario> {
  const refused = cliOnly(input);
  if (refused) return refused;
  const result = validateShown(other, input);
  if (!result.ok) return result;
  const { scenario } = result;
  if (!isMlpScenario(scenario)) return { ok: true, scenario };
  const kind = (scenario.network as { readonly kind?: string }).kind ?? 'mlp';
  if (kind === 'mlp') return { ok: true, scenario };
  return {
    ok: false,
    issues: [
      {
        path: 'network.kind',
        message: `"${kind}" networks run in the command line; the app shows ${APP_KINDS.map((k) => `"${k}"`).join(', ')} networks`,
      },
    ],
  };
}

/** validateScenario (validate.ts), with the other kinds' validator given. */
export function validateScenarioBy(other: OtherKinds, input: unknown): ValidationResult {
  const refused = cliOnly(input);
  if (refused) return refused;
  const result = validateShown(other, input);
  if (!result.ok) return result;
  const { scenario } = result;
  if (isMlpScenario(scenario)) return { ok: true, scenario };
  const otherKind = isCnnScenario(scenario)
    ? 'a convolutional one ("cnn")'
    : isFixedPointScenario(scenario)
      ? 'a "fixed-point" one'
      : 'a recurrent one ("rnn", "lstm", "gru")';
  return {
    ok: false,
    issues: [
      {
        path: 'network.kind',
        message: `this takes a feed-forward network ("mlp"); ${otherKind} is not accepted here`,
      },
    ],
  };
}

/**
 * Scenario text (a file, standard input, an import or a link) → a value: a leading byte-order
 * mark dropped, at most 2 MB, JSON; the issue otherwise.
 */
export function parseJson(withBom: string): { value: unknown } | { issue: ScenarioIssue } {
  const text = stripBom(withBom);
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > LIMITS.textBytes) {
    return {
      issue: {
        path: '',
        message: `the scenario is ${bytes} bytes; at most 2 MB (${LIMITS.textBytes} bytes) is allowed`,
      },
    };
  }
  if (text.trim() === '') return { issue: { path: '', message: 'the scenario text is empty' } };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issue: { path: '', message: `not valid JSON: ${detail}` } };
  }
}
