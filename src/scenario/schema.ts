// The version-1 scenario schema (valibot), with its defaults. Shapes that depend on each
// other (layer sizes vs weights, data vs input size) are checked afterwards in checks.ts.
import * as v from 'valibot';
import { ACTIVATION_NAMES } from '../engine/activations';
import { LOSS_NAMES } from '../engine/losses';
import type { InitName } from '../engine/types';

export const LIMITS = {
  textBytes: 2 * 1024 * 1024,
  samples: 100_000,
  params: 2_000_000,
  layerSize: 1024,
  layers: 16,
  learningRate: 10,
  /**
   * Parameters × samples: the work of one pass over the data (a full-batch update is about
   * three). Past it a full-batch update takes seconds in a browser, too slow to learn from.
   */
  work: 20_000_000,
} as const;

export const INITS: readonly InitName[] = [
  'xavier-uniform',
  'xavier-normal',
  'he-uniform',
  'he-normal',
  'uniform',
  'zeros',
];
export const quoted = (names: readonly string[]): string => names.map((n) => `"${n}"`).join(', ');

export const finite = (): v.GenericSchema<unknown, number> =>
  v.pipe(v.number('must be a number'), v.finite('must be a finite number'));
export const inRange = (min: number, max: number): v.GenericSchema<unknown, number> =>
  v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(min, `must be between ${min} and ${max}`),
    v.maxValue(max, `must be between ${min} and ${max}`),
  );
export const below1 = (what: string): v.GenericSchema<unknown, number> =>
  v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.minValue(0, `${what} must be at least 0 and below 1`),
    v.ltValue(1, `${what} must be at least 0 and below 1`),
  );
export const intRange = (
  min: number,
  max: number,
  what = 'an integer',
): v.GenericSchema<unknown, number> =>
  v.pipe(
    v.number(`must be ${what}`),
    v.finite('must be a finite number'),
    v.integer(`must be ${what}`),
    v.minValue(min, `must be ${what} from ${min} to ${max}`),
    v.maxValue(max, `must be ${what} from ${min} to ${max}`),
  );

const learningRate = inRange(0, LIMITS.learningRate);
/** Optional, any optimizer: the batch gradient's global L2 norm is capped at it. */
const clipNorm = v.optional(
  v.pipe(
    v.number('must be a number'),
    v.finite('must be a finite number'),
    v.gtValue(0, 'must be a positive number'),
  ),
);

export const OptimizerSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('sgd'), learningRate, clipNorm }, 'must be an object'),
    v.strictObject(
      {
        kind: v.literal('momentum'),
        learningRate,
        momentum: v.optional(below1('momentum'), 0.9),
        nesterov: v.optional(v.boolean('must be true or false'), false),
        clipNorm,
      },
      'must be an object',
    ),
    v.strictObject(
      {
        kind: v.literal('rmsprop'),
        learningRate,
        decay: v.optional(below1('decay'), 0.99),
        epsilon: v.optional(inRange(1e-12, 1), 1e-8),
        clipNorm,
      },
      'must be an object',
    ),
    v.strictObject(
      {
        kind: v.literal('adam'),
        learningRate,
        beta1: v.optional(below1('beta1'), 0.9),
        beta2: v.optional(below1('beta2'), 0.999),
        epsilon: v.optional(inRange(1e-12, 1), 1e-8),
        clipNorm,
      },
      'must be an object',
    ),
  ],
  `must be one of ${quoted(['sgd', 'momentum', 'rmsprop', 'adam'])}`,
);

export const BatchSchema = v.variant(
  'mode',
  [
    v.strictObject({ mode: v.literal('online') }, 'must be an object'),
    v.strictObject(
      {
        mode: v.literal('minibatch'),
        size: intRange(1, LIMITS.samples, 'a whole number'),
      },
      'must be an object',
    ),
    v.strictObject({ mode: v.literal('full') }, 'must be an object'),
  ],
  `must be one of ${quoted(['online', 'minibatch', 'full'])}`,
);

export const RegularizationSchema = v.variant(
  'kind',
  [
    v.strictObject({ kind: v.literal('none') }, 'must be an object'),
    v.strictObject({ kind: v.literal('l2'), rate: inRange(0, 10) }, 'must be an object'),
    v.strictObject({ kind: v.literal('l1'), rate: inRange(0, 10) }, 'must be an object'),
  ],
  `must be one of ${quoted(['none', 'l1', 'l2'])}`,
);

const samples = v.optional(intRange(1, LIMITS.samples, 'a whole number'), 200);
const noise = v.optional(inRange(0, 1), 0.1);
const rows = v.pipe(
  v.array(v.array(finite(), 'must be a list of numbers'), 'must be a list of rows'),
  v.minLength(1, 'must hold at least one sample'),
  v.maxLength(LIMITS.samples, `must hold at most ${LIMITS.samples} samples`),
);

export const DataSchema = v.variant(
  'kind',
  [
    v.strictObject(
      {
        kind: v.literal('inline'),
        inputs: rows,
        targets: v.pipe(
          v.array(
            v.union(
              [
                v.array(finite(), 'must be a list of numbers'),
                intRange(0, LIMITS.layerSize, 'a class index'),
              ],
              'must be a list of numbers or a class index',
            ),
            'must be a list of targets',
          ),
          v.maxLength(LIMITS.samples, `must hold at most ${LIMITS.samples} targets`),
        ),
      },
      'must be an object',
    ),
    ...(['xor', 'circle', 'gauss', 'spiral', 'moons', 'sine', 'plane'] as const).map((kind) =>
      v.strictObject({ kind: v.literal(kind), samples, noise }, 'must be an object'),
    ),
    v.strictObject({ kind: v.literal('iris') }, 'must be an object'),
    v.strictObject({ kind: v.literal('digits') }, 'must be an object'),
    v.strictObject(
      {
        kind: v.literal('csv'),
        text: v.pipe(
          v.string('must be the CSV text'),
          v.maxLength(LIMITS.textBytes, 'is longer than 2 MB'),
        ),
        targetColumns: v.pipe(
          v.array(
            v.union(
              [v.string(), intRange(0, 10_000, 'a column index')],
              'must be a column name or a 0-based column index',
            ),
            'must be a list of column names or indices',
          ),
          v.minLength(1, 'must name at least one target column'),
        ),
      },
      'must be an object',
    ),
  ],
  `must be one of ${quoted(['inline', 'xor', 'circle', 'gauss', 'spiral', 'moons', 'sine', 'plane', 'iris', 'digits', 'csv'])}`,
);

const NetworkSchema = v.strictObject(
  {
    kind: v.optional(
      v.literal('mlp', 'must be one of "mlp", "rnn", "lstm", "gru", "fixed-point", "cnn"'),
      'mlp',
    ),
    layers: v.pipe(
      v.array(intRange(1, LIMITS.layerSize, 'a positive integer'), 'must be a list of layer sizes'),
      v.minLength(2, 'must list at least an input and an output layer'),
      v.maxLength(LIMITS.layers + 1, `must list at most ${LIMITS.layers + 1} layers`),
    ),
    activations: v.array(
      v.picklist(ACTIVATION_NAMES, `must be one of ${quoted(ACTIVATION_NAMES)}`),
      'must be a list of activation names',
    ),
    init: v.optional(v.picklist(INITS, `must be one of ${quoted(INITS)}`), 'xavier-uniform'),
    weights: v.optional(
      v.array(
        v.array(v.array(finite(), 'must be a list of numbers'), 'must be a list of rows'),
        'must be a list of matrices',
      ),
    ),
    biases: v.optional(
      v.array(v.array(finite(), 'must be a list of numbers'), 'must be a list of lists'),
    ),
    trainBiases: v.optional(v.boolean('must be true or false'), true),
  },
  'must be an object',
);

// The entries every scenario kind shares (recurrentSchema.ts spreads them too), in the order
// both schemas list them: the head before `network`, the training after it, the split after `data`.
export const SCENARIO_HEAD_ENTRIES = {
  version: v.literal(1, 'must be 1 (the scenario format version)'),
  title: v.optional(
    v.pipe(v.string('must be text'), v.maxLength(200, 'must be at most 200 characters')),
    'Untitled scenario',
  ),
  description: v.optional(
    v.pipe(v.string('must be text'), v.maxLength(5000, 'must be at most 5000 characters')),
  ),
  seed: v.optional(intRange(0, 4294967295, 'a whole number'), 1),
};
export const TRAINING_ENTRIES = {
  loss: v.optional(v.picklist(LOSS_NAMES, `must be one of ${quoted(LOSS_NAMES)}`), 'squared-error'),
  optimizer: v.optional(OptimizerSchema, { kind: 'sgd', learningRate: 0.1 }),
  batch: v.optional(BatchSchema, { mode: 'online' }),
  regularization: v.optional(RegularizationSchema, { kind: 'none' }),
};
export const SPLIT_ENTRIES = {
  split: v.optional(v.strictObject({ test: v.optional(inRange(0, 0.9), 0) }, 'must be an object'), {
    test: 0,
  }),
  shuffle: v.optional(v.boolean('must be true or false'), false),
};

export const ScenarioSchema = v.strictObject(
  {
    ...SCENARIO_HEAD_ENTRIES,
    network: NetworkSchema,
    ...TRAINING_ENTRIES,
    dropout: v.optional(inRange(0, 0.9), 0),
    data: DataSchema,
    ...SPLIT_ENTRIES,
  },
  'must be an object',
);

/** A validated scenario with every default filled in. */
export type Scenario = v.InferOutput<typeof ScenarioSchema>;
/** A scenario as written by hand: optional fields may be left out. */
export type ScenarioInput = v.InferInput<typeof ScenarioSchema>;
