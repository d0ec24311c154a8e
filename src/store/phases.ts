// The store's view of the phases: derived once, in src/explain/phases.ts.
export {
  describePhase,
  phasesOf,
  sampleBoundary,
  stepOf,
  type Phase,
  type Step,
} from '../explain/phases';
