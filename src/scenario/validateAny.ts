// The validator for every network kind: the app's two (validate.ts) and the kinds only the
// command line runs so far (LSTM/GRU, fixed-point, convolutional). Loaded by the command line
// and the lesson checker, never by the page, so their schemas stay out of its first chunk.
import { checkCnnScenario } from './cnnChecks';
import { CnnScenarioSchema } from './cnnSchema';
import { checkScenario } from './checks';
import { checkFixedPointScenario } from './fixedPointChecks';
import { FixedPointScenarioSchema } from './fixedPointSchema';
import { checkGatedScenario } from './gatedChecks';
import { GatedScenarioSchema } from './gatedSchema';
import { checkRecurrentScenario } from './recurrentChecks';
import { RecurrentScenarioSchema } from './recurrentSchema';
import { ScenarioSchema } from './schema';
import {
  kindOf,
  parseJson,
  parseWith,
  preflight,
  type AnyScenario,
  type ValidationResult,
} from './validate';

/**
 * Validates a value of any network kind (already parsed from JSON, or structured-cloned from
 * a host page): `network.kind` picks the schema ("rnn", "lstm"/"gru", "fixed-point", "cnn"),
 * anything else takes the MLP one.
 */
export function validateAnyScenario(input: unknown): ValidationResult<AnyScenario> {
  const refused = preflight(input);
  if (refused) return refused;
  const kind = kindOf(input);
  const value = input as object;
  if (kind === 'rnn') return parseWith(RecurrentScenarioSchema, checkRecurrentScenario, value);
  if (kind === 'fixed-point')
    return parseWith(FixedPointScenarioSchema, checkFixedPointScenario, value);
  if (kind === 'cnn') return parseWith(CnnScenarioSchema, checkCnnScenario, value);
  if (kind === 'lstm' || kind === 'gru')
    return parseWith(GatedScenarioSchema, checkGatedScenario, value);
  return parseWith(ScenarioSchema, checkScenario, value);
}

/** Validates scenario text of any network kind: at most 2 MB, JSON, then validateAnyScenario. */
export function parseAnyScenarioText(text: string): ValidationResult<AnyScenario> {
  const parsed = parseJson(text);
  return 'issue' in parsed
    ? { ok: false, issues: [parsed.issue] }
    : validateAnyScenario(parsed.value);
}
