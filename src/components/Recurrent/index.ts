// The recurrent views: each takes `RecurrentViewProps` (viewModel.ts) and renders one region.
export { GradientThroughTime } from './GradientThroughTime';
export { RecurrentChainRule } from './RecurrentChainRule';
export { RecurrentWorkedExample } from './RecurrentWorkedExample';
export { UnrolledGraph } from './UnrolledGraph';
export type { BlockNormPoint, RecurrentViewModel, RecurrentViewProps } from './viewModel';
