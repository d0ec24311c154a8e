// The fixed-point views: graph, relaxation chart, chain rule and worked example.
export { FixedPointGraph } from './FixedPointGraph';
export { FixedPointRule } from './FixedPointRule';
export { FixedPointTables } from './FixedPointTables';
export { RelaxationChart } from './RelaxationChart';
