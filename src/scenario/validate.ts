// The one validator for scenarios from the CLI, a file, a URL or the embed API: it parses
// text with size limits, refuses prototype keys, applies the schema and the cross checks.
// The kinds the app shows (MLP, RNN, LSTM/GRU, CNN, fixed-point) are here, all loaded at once
// (the worker and the command line); the shared parts are in validateCore.ts (re-exported) and
// the non-MLP schemas in validateKinds.ts. The page's main thread uses validateLazy.ts instead,
// which loads those schemas only for a scenario of such a kind (the first chunk stays small).
import {
  parseJson,
  validateAppScenarioBy,
  validateScenarioBy,
  type AppScenario,
  type ValidationResult,
} from './validateCore';
import { validateOtherKind } from './validateKinds';

export * from './validateCore';

/**
 * Validates a scenario the app can run: an MLP, an Elman RNN, an LSTM, a GRU, a CNN or a
 * fixed-point net. A kind
 * the app does not show is refused at `network.kind`, saying that the command line runs it.
 */
export function validateAppScenario(input: unknown): ValidationResult<AppScenario> {
  return validateAppScenarioBy(validateOtherKind, input);
}

/**
 * Validates an MLP scenario (what MLP-only code, e.g. a data change or a table edit, takes).
 * A recurrent or convolutional scenario is valid but refused here, at `network.kind`.
 */
export function validateScenario(input: unknown): ValidationResult {
  return validateScenarioBy(validateOtherKind, input);
}

/** Validates scenario text the app can run: at most 2 MB, JSON, then validateAppScenario. */
export function parseAppScenarioText(text: string): ValidationResult<AppScenario> {
  const parsed = parseJson(text);
  return 'issue' in parsed
    ? { ok: false, issues: [parsed.issue] }
    : validateAppScenario(parsed.value);
}

/** Validates scenario text: at most 2 MB, JSON, then validateScenario. */
export function parseScenarioText(text: string): ValidationResult {
  const parsed = parseJson(text);
  return 'issue' in parsed ? { ok: false, issues: [parsed.issue] } : validateScenario(parsed.value);
}
