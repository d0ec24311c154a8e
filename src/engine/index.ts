// The engine's public surface: pure maths, no DOM, no app imports.
export * from './types';
export { ACTIVATIONS, ACTIVATION_NAMES, getActivation } from './activations';
export { LOSSES, LOSS_NAMES, getLoss, hasFusedDelta } from './losses';
export { createRng, type Rng, type RngState } from './random';
export { detCos, detLog, detSin } from './detMath';
export {
  blockOf,
  createLayout,
  findBlock,
  indexIn,
  locate,
  nestedBlock,
  nestedByName,
  roleMask,
  type BlockRole,
  type BlockSpec,
  type Nested,
  type ParamBlock,
  type ParamLayout,
} from './layout';
export type * from './model';
export { DENSE, type DenseCache, type DenseLayer } from './dense';
export { createMlpModel, type MlpModel } from './mlp';
export {
  biasIndex,
  createNetwork,
  layerShapesOf,
  mlpBlockNames,
  mlpLayout,
  describeParam,
  isBiasIndex,
  layerShapes,
  paramCount,
  unflattenParams,
  weightIndex,
  weightMask,
  type NestedParams,
  type NetworkSpec,
} from './network';
export { createOptimizer, type Optimizer } from './optimizers';
export { penalty, addPenaltyGradient } from './regularization';
export {
  createModelTrainer,
  createTrainer,
  type ModelTrainer,
  type ModelTrainerOptions,
  type Trainer,
  type TrainerOptions,
  type TrainerSnapshot,
} from './trainer';
export { evaluate, forwardGrid, forwardMany, forwardManyLayers, predictedClass } from './evaluate';
export { gradientCheck, GRADCHECK_FLOOR, type GradientCheck, type LayerCheck } from './gradcheck';
export { splitIndices } from './split';
export { traceToJson, type TraceJson, type TraceUpdateJson } from './traceJson';
export { clipByGlobalNorm, clipFactor, globalNorm } from './clip';
export * as recurrent from './recurrent';
