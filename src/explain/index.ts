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
export {
  FIXED_LABEL,
  FIXED_MARK,
  FIXED_REASON,
  FIXED_VALUE,
  isBiasIndex,
  isFixedParam,
} from './fixed';
export { formatWorkedExample, type TableFormat } from './format';
/** The one number formatter (src/viz/format.ts), for the views that take the explanations. */
export { formatNumber } from '../viz/format';
export { describePhase, phasesOf, sampleBoundary, stepOf, type Phase, type Step } from './phases';
