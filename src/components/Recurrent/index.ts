// The recurrent views: each takes `RecurrentViewProps` (viewModel.ts) and renders one region.
export { GradientThroughTime, RecurrentChainRule, RecurrentWorkedExample } from './placeholder';
export { UnrolledGraph } from './UnrolledGraph';
export type { BlockNormPoint, RecurrentViewModel, RecurrentViewProps } from './viewModel';
