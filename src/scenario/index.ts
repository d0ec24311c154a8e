// Scenarios: the schema, the one validator, presets, links, and building a run.
export { ScenarioSchema, LIMITS, type Scenario, type ScenarioInput } from './schema';
export { checkScenario, type ScenarioIssue } from './checks';
export {
  validateScenario,
  parseScenarioText,
  isRecurrentScenario,
  formatIssue,
  type AnyScenario,
  type ValidationResult,
} from './validate';
export { validateAnyScenario, parseAnyScenarioText } from './validateAny';
export {
  RecurrentScenarioSchema,
  SEQUENCE_LIMITS,
  type RecurrentScenario,
  type RecurrentScenarioInput,
} from './recurrentSchema';
export { checkRecurrentScenario } from './recurrentChecks';
export { RECURRENT_PRESETS, getRecurrentPreset, type RecurrentPreset } from './recurrentPresets';
export {
  createRecurrentRun,
  loadRecurrentRun,
  recurrentProblemOf,
  type RecurrentRun,
} from './recurrentRun';
export { PRESETS, getPreset, type Preset } from './presets';
export {
  createRun,
  loadScenarioRun,
  trainerConfigOf,
  createScenarioNetwork,
  type Run,
} from './instantiate';
export { encodeScenario, decodeScenario } from './urlCodec';
