// The page's scenario validator (main thread): the same answers as validate.ts, but the schemas
// of the kinds other than the MLP (validateKinds.ts) load on demand, the first time a scenario
// of such a kind is checked, so the first chunk holds the MLP schema only (issue 12 §5). An MLP
// scenario (and, once loaded, any other) is checked at once.
import {
  isOtherKind,
  validateAppScenarioBy,
  validateScenarioBy,
  type AppScenario,
  type OtherKinds,
  type ValidationResult,
} from './validateCore';

let other: OtherKinds | null = null;
let loading: Promise<OtherKinds> | null = null;

/** Loads the other kinds' validator (once; a failed load is tried again next time). */
export function loadOtherKinds(): Promise<OtherKinds> {
  if (other) return Promise.resolve(other);
  loading ??= import('./validateKinds').then(
    (m) => (other = m.validateOtherKind),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** validateAppScenario's answer now, or null when it needs the other kinds' schemas first. */
export function validateAppScenarioNow(input: unknown): ValidationResult<AppScenario> | null {
  if (other) return validateAppScenarioBy(other, input);
  return isOtherKind(input) ? null : validateAppScenarioBy(unreachable, input);
}

/** validateAppScenario's answer, loading the other kinds' schemas when the value needs them. */
export async function validateAppScenarioLater(
  input: unknown,
): Promise<ValidationResult<AppScenario>> {
  return validateAppScenarioNow(input) ?? validateAppScenarioBy(await loadOtherKinds(), input);
}

/** validateScenario's answer (MLP only, same messages), loading the other kinds when needed. */
export async function validateScenarioLater(input: unknown): Promise<ValidationResult> {
  if (other) return validateScenarioBy(other, input);
  return isOtherKind(input)
    ? validateScenarioBy(await loadOtherKinds(), input)
    : validateScenarioBy(unreachable, input);
}

/** Stands in for the other kinds when the value is not one of them (never called). */
const unreachable: OtherKinds = (kind) => {
  throw new Error(`validateLazy: "${kind}" needs the other kinds' schemas`);
};
