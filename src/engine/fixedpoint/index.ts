// The fixed-point (Almeida–Pineda) family's public surface: the net, its Model, the two
// relaxations, traces, the gradient check and the spectral radius ρ(D·W).
export * from './types';
export { createFixedPointNet, fixedPointPass, type FixedPointNet } from './net';
export { createFixedPointModel, FIXED_POINT_ACTIVATIONS, type FixedPointModel } from './model';
export {
  fixedPointLayout,
  fixedPointOffsets,
  initFixedPointParams,
  type FixedPointOffsets,
} from './layout';
export {
  addGradients,
  createFixedPointCache,
  ITERATE_CAP,
  loadSample,
  outputLoss,
  relaxAdjoint,
  relaxForward,
  type FixedPointCache,
} from './relax';
export { relaxationRadius, sampleRadius, scaledRows, spectralRadius } from './spectral';
export { describeSettleFailure, settleDivergence } from './settle';
export { buildFixedPointSampleTrace } from './trace';
export {
  fixedPointGradientCheck,
  type FixedPointBlockCheck,
  type FixedPointCheckOptions,
  type FixedPointGradientCheck,
} from './gradcheck';
export {
  fixedPointTraceToJson,
  type FixedPointRecordJson,
  type FixedPointTraceJson,
  type FixedPointTraceUpdateJson,
} from './traceJson';
