// The recurrent family's public surface: the Elman RNN, its Model, BPTT, traces, gradient check.
export * from './types';
export { createRnn, sequenceStep, traceSequence, type Rnn } from './rnn';
export { createRnnModel, type RnnModel } from './rnnModel';
export {
  rnnLayout,
  rnnOffsets,
  initRnnParams,
  type GivenBlocks,
  type RnnOffsets,
} from './rnnLayout';
export { createRnnCache, loadSequence, longestSequence, type RnnCache } from './rnnCache';
export { rnnForward, rnnLoss } from './rnnForward';
export { rnnBackward, listSweeps } from './bptt';
export { rnnRecord, NO_NOISE, type RnnLayer } from './rnnRecord';
export { rnnGradientCheck, type RnnGradientCheck, type BlockCheck } from './rnnGradcheck';
export { rnnTraceToJson, type RnnTraceJson, type RnnTraceUpdateJson } from './rnnTraceJson';
