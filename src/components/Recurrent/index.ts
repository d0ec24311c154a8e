// The recurrent views: each takes `RecurrentViewProps` (viewModel.ts) and renders one region.
export {
  GradientThroughTime,
  RecurrentChainRule,
  RecurrentWorkedExample,
  UnrolledGraph,
} from './placeholder';
export type { BlockNormPoint, RecurrentViewModel, RecurrentViewProps } from './viewModel';
