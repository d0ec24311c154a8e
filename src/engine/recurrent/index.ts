// The recurrent family's public surface: the Elman RNN, LSTM and GRU, their Models, BPTT, traces,
// gradient checks.
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
// LSTM and GRU: the gated cells on the same BPTT driver.
export * from './gatedTypes';
export {
  createGated,
  gatedForward,
  gatedBackward,
  gatedSequenceStep,
  traceGatedSequence,
  type Gated,
} from './gated';
export { createGatedModel, type GatedModel } from './gatedModel';
export { gatedLayout, gatedOffsets, type GatedOffsets } from './gatedLayout';
export { createGatedCache, loadGatedSequence, type GatedCache } from './gatedCache';
export { lstmRecord, gruRecord, type GatedRecord } from './gatedRecord';
export { gatedGradientCheck } from './gatedGradcheck';
export { gatedTraceToJson, type GatedTraceJson } from './gatedTraceJson';
export { backThroughTime, type TimeCell, type ReadoutLayer } from './bptt';
export { forwardThroughTime } from './rnnForward';
export {
  recurrentGradientCheck,
  type RecurrentGradientCheck,
  type CheckedFamily,
} from './recurrentGradcheck';
