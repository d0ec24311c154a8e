// The schemas and cross checks of the network kinds other than the MLP (Elman RNN, CNN,
// LSTM/GRU, fixed-point), behind one function: validate.ts imports it statically (worker,
// command line), the page loads it on demand (validateLazy.ts) so its first chunk stays small.
import { checkCnnScenario } from './cnnChecks';
import { CnnScenarioSchema } from './cnnSchema';
import { checkFixedPointScenario } from './fixedPointChecks';
import { FixedPointScenarioSchema } from './fixedPointSchema';
import { checkGatedScenario } from './gatedChecks';
import { GatedScenarioSchema } from './gatedSchema';
import { checkRecurrentScenario } from './recurrentChecks';
import { RecurrentScenarioSchema } from './recurrentSchema';
import {
  parseWith,
  type AppScenario,
  type OtherKinds,
  type ValidationResult,
} from './validateCore';

/** `kind` is one of OTHER_KINDS; the value has passed preflight. */
export const validateOtherKind: OtherKinds = (
  kind: string,
  input: object,
): ValidationResult<AppScenario> => {
  if (kind === 'rnn') return parseWith(RecurrentScenarioSchema, checkRecurrentScenario, input);
  if (kind === 'cnn') return parseWith(CnnScenarioSchema, checkCnnScenario, input);
  if (kind === 'lstm' || kind === 'gru')
    return parseWith(GatedScenarioSchema, checkGatedScenario, input);
  return parseWith(FixedPointScenarioSchema, checkFixedPointScenario, input);
};
