// The convolutional scenario (network.kind "cnn", contracts.md "Convolutional networks"): the
// input shape, the layer list, optional weights per layer, with their defaults. Shapes that
// depend on each other (windows that fit, weights against layers, batch norm vs online
// training) are checked afterwards in cnnChecks.ts.
import * as v from 'valibot';
import {
  DataSchema,
  INITS,
  SCENARIO_HEAD_ENTRIES,
  SPLIT_ENTRIES,
  TRAINING_ENTRIES,
  finite,
  inRange,
  intRange,
  quoted,
} from './schema';

export const CNN_LIMITS = {
  channels: 64,
  side: 256,
  layers: 32,
  filters: 256,
  window: 32,
  units: 1024,
} as const;

const CONV_ACTIVATIONS = ['relu', 'leaky-relu', 'sigmoid', 'tanh', 'linear'] as const;
const DENSE_ACTIVATIONS = [...CONV_ACTIVATIONS, 'softmax'] as const;
const LAYER_TYPES = ['conv2d', 'maxpool', 'avgpool', 'batchnorm', 'flatten', 'dense'] as const;

const window = intRange(1, CNN_LIMITS.window, 'a positive integer');
const pool = <T extends 'maxpool' | 'avgpool'>(type: T) =>
  v.strictObject(
    { type: v.literal(type), size: window, stride: v.optional(window) },
    'must be an object',
  );

const LayerSchema = v.variant(
  'type',
  [
    v.strictObject(
      {
        type: v.literal('conv2d'),
        filters: intRange(1, CNN_LIMITS.filters, 'a positive integer'),
        size: window,
        stride: v.optional(window, 1),
        padding: v.optional(intRange(0, CNN_LIMITS.window, 'a whole number'), 0),
        activation: v.optional(
          v.picklist(CONV_ACTIVATIONS, `must be one of ${quoted(CONV_ACTIVATIONS)}`),
          'relu',
        ),
      },
      'must be an object',
    ),
    pool('maxpool'),
    pool('avgpool'),
    v.strictObject(
      {
        type: v.literal('batchnorm'),
        epsilon: v.optional(
          v.pipe(
            v.number('must be a number'),
            v.finite('must be a finite number'),
            v.gtValue(0, 'must be above 0'),
            v.maxValue(1, 'must be at most 1'),
          ),
          1e-5,
        ),
        momentum: v.optional(inRange(0, 1), 0.1),
      },
      'must be an object',
    ),
    v.strictObject({ type: v.literal('flatten') }, 'must be an object'),
    v.strictObject(
      {
        type: v.literal('dense'),
        units: intRange(1, CNN_LIMITS.units, 'a positive integer'),
        activation: v.optional(
          v.picklist(DENSE_ACTIVATIONS, `must be one of ${quoted(DENSE_ACTIVATIONS)}`),
          'linear',
        ),
      },
      'must be an object',
    ),
  ],
  `must be one of ${quoted(LAYER_TYPES)}`,
);

const vector = v.array(finite(), 'must be a list of numbers');
const matrix = v.array(vector, 'must be a list of rows');
const kernels = v.array(
  v.array(v.array(vector, 'must be a list of kernel rows'), 'must be a list of channels'),
  'must be a list of filters',
);

/** One layer's given values; which fields a layer may carry is checked in cnnChecks.ts. */
const LayerWeightsSchema = v.nullable(
  v.strictObject(
    {
      kernels: v.optional(kernels),
      weights: v.optional(matrix),
      biases: v.optional(vector),
      gamma: v.optional(vector),
      beta: v.optional(vector),
      runningMean: v.optional(vector),
      runningVariance: v.optional(vector),
    },
    'must be an object of blocks or null',
  ),
);

const side = (max: number) => intRange(1, max, 'a positive integer');

const CnnNetworkSchema = v.strictObject(
  {
    kind: v.literal('cnn', 'must be "cnn"'),
    input: v.tuple(
      [side(CNN_LIMITS.channels), side(CNN_LIMITS.side), side(CNN_LIMITS.side)],
      'must be [channels, height, width]',
    ),
    layers: v.pipe(
      v.array(LayerSchema, 'must be a list of layers'),
      v.minLength(1, 'must list at least one layer'),
      v.maxLength(CNN_LIMITS.layers, `must list at most ${CNN_LIMITS.layers} layers`),
    ),
    init: v.optional(v.picklist(INITS, `must be one of ${quoted(INITS)}`), 'he-uniform'),
    weights: v.optional(v.array(LayerWeightsSchema, 'must be a list, one entry per layer')),
    trainBiases: v.optional(v.boolean('must be true or false'), true),
  },
  'must be an object',
);

export const CnnScenarioSchema = v.strictObject(
  {
    ...SCENARIO_HEAD_ENTRIES,
    network: CnnNetworkSchema,
    ...TRAINING_ENTRIES,
    data: DataSchema,
    ...SPLIT_ENTRIES,
  },
  'must be an object',
);

/** A validated convolutional scenario with every default filled in. */
export type CnnScenario = v.InferOutput<typeof CnnScenarioSchema>;
export type CnnScenarioInput = v.InferInput<typeof CnnScenarioSchema>;
