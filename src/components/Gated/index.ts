// The LSTM/GRU views: the cells across time with their highway, the cell opened up, the chain
// rule through time, the gradient through time and the worked example per step.
export { GatedCellsGraph } from './GatedCellsGraph';
export { GateView } from './GateView';
export { GatedChainRule } from './GatedChainRule';
export { GatedGradientThroughTime } from './GatedGradientThroughTime';
export { GatedWorkedExample } from './GatedWorkedExample';
