// The convolutional family's public surface: the CNN, its records, Model, gradient check, trace JSON.
export * from './types';
export {
  createCnn,
  createCnnBatch,
  loadBatch,
  cnnForward,
  cnnLoss,
  cnnBackward,
  describeLayers,
  specActivations,
  CNN_RECORDS,
  type Cnn,
  type CnnBatch,
} from './cnn';
export { createCnnModel, batchSampleTrace, type CnnModel } from './cnnModel';
export {
  cnnLayout,
  cnnShapes,
  layerOutShape,
  sweepSize,
  initCnnParams,
  blockNames,
  givenNames,
} from './cnnLayout';
export type { CnnGivenWeights, NestedNumbers } from './cnnLayout';
export { cnnGradientCheck, type CnnGradientCheck, type CnnBlockCheck } from './cnnGradcheck';
export {
  cnnTraceToJson,
  cnnWeightsJson,
  type CnnTraceJson,
  type CnnTraceUpdateJson,
  type CnnLayerJson,
} from './cnnTraceJson';
