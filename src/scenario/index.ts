// Scenarios: the schema, the one validator, presets, links, and building a run.
export { ScenarioSchema, LIMITS, type Scenario, type ScenarioInput } from './schema';
export { checkScenario, type ScenarioIssue } from './checks';
export {
  validateScenario,
  parseScenarioText,
  formatIssue,
  type ValidationResult,
} from './validate';
export { PRESETS, getPreset, type Preset } from './presets';
export {
  createRun,
  loadScenarioRun,
  trainerConfigOf,
  createScenarioNetwork,
  type Run,
} from './instantiate';
export { encodeScenario, decodeScenario } from './urlCodec';
