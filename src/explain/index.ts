// Pure explanations derived from traces: chain-rule terms, updates, worked-example tables,
// and the phases of an update.
export * from './names';
export {
  chainRule,
  paramIndex,
  fmt,
  type ChainRule,
  type Factor,
  type FactorSource,
  type DownstreamTerm,
} from './chainRule';
export { explainUpdate, type UpdateExplanation, type UpdateTerm } from './update';
export {
  workedExample,
  allParams,
  type WorkedExample,
  type TableSection,
  type Cell,
} from './workedExample';
export { formatWorkedExample, formatNumber, type TableFormat } from './format';
export { describePhase, phasesOf, sampleBoundary, stepOf, type Phase, type Step } from './phases';
