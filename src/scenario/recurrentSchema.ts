// The recurrent scenario (network.kind "rnn", contracts.md "Recurrent networks"): the network,
// the sequence block and the sequence data sets, with their defaults. Shapes that depend on
// each other are checked afterwards in recurrentChecks.ts.
import * as v from 'valibot';
import {
  INITS,
  LIMITS,
  SCENARIO_HEAD_ENTRIES,
  SPLIT_ENTRIES,
  TRAINING_ENTRIES,
  finite,
  inRange,
  intRange,
  quoted,
} from './schema';

export const SEQUENCE_LIMITS = {
  /** Steps of one sequence. */
  length: 1000,
  /** Steps over all sequences of a data set. */
  totalSteps: 1_000_000,
  window: 200,
} as const;

const RECURRENT_ACTIVATIONS = ['tanh', 'relu', 'sigmoid', 'linear'] as const;
export const READOUT_ACTIVATIONS = ['linear', 'sigmoid', 'tanh', 'softmax'] as const;
const BLOCK_NAMES = ['Wxh', 'Whh', 'bh', 'Why', 'by'] as const;

export const size = intRange(1, LIMITS.layerSize, 'a positive integer');
export const matrix = v.array(
  v.array(finite(), 'must be a list of numbers'),
  'must be a list of rows',
);
export const vector = v.array(finite(), 'must be a list of numbers');

const RnnNetworkSchema = v.strictObject(
  {
    kind: v.literal('rnn', 'must be "rnn"'),
    inputs: size,
    hidden: size,
    outputs: size,
    activation: v.optional(
      v.picklist(RECURRENT_ACTIVATIONS, `must be one of ${quoted(RECURRENT_ACTIVATIONS)}`),
      'tanh',
    ),
    outputActivation: v.optional(
      v.picklist(READOUT_ACTIVATIONS, `must be one of ${quoted(READOUT_ACTIVATIONS)}`),
      'linear',
    ),
    readout: v.optional(v.boolean('must be true or false'), true),
    init: v.optional(v.picklist(INITS, `must be one of ${quoted(INITS)}`), 'xavier-uniform'),
    weights: v.optional(
      v.strictObject(
        {
          Wxh: v.optional(matrix),
          Whh: v.optional(matrix),
          bh: v.optional(vector),
          Why: v.optional(matrix),
          by: v.optional(vector),
        },
        `must be an object of blocks (${quoted(BLOCK_NAMES)})`,
      ),
    ),
    trainBiases: v.optional(v.boolean('must be true or false'), true),
  },
  'must be an object',
);

const step = intRange(1, SEQUENCE_LIMITS.length, 'a whole number');

export const SequenceSchema = v.strictObject(
  {
    readout: v.optional(
      v.picklist(
        ['every-step', 'last-step'],
        `must be one of ${quoted(['every-step', 'last-step'])}`,
      ),
      'every-step',
    ),
    lossOverTime: v.optional(
      v.picklist(['sum', 'mean'], `must be one of ${quoted(['sum', 'mean'])}`),
      'sum',
    ),
    bptt: v.optional(
      v.variant(
        'mode',
        [
          v.strictObject({ mode: v.literal('full') }, 'must be an object'),
          v.strictObject({ mode: v.literal('truncated'), k1: step, k2: step }, 'must be an object'),
        ],
        `must be one of ${quoted(['full', 'truncated'])}`,
      ),
      { mode: 'full' },
    ),
  },
  'must be an object',
);

/** A number is a class index or (last-step) an entry of the one row: recurrentChecks decides. */
const targetEntry = v.union([finite(), vector], 'must be a number or a list of numbers');
export const SequenceDataSchema = v.variant(
  'kind',
  [
    v.strictObject(
      {
        kind: v.literal('sequences'),
        inputs: v.pipe(
          v.array(
            v.pipe(
              v.array(vector, 'must be a list of steps'),
              v.minLength(1, 'must hold at least one step'),
              v.maxLength(
                SEQUENCE_LIMITS.length,
                `must hold at most ${SEQUENCE_LIMITS.length} steps`,
              ),
            ),
            'must be a list of sequences',
          ),
          v.minLength(1, 'must hold at least one sequence'),
          v.maxLength(LIMITS.samples, `must hold at most ${LIMITS.samples} sequences`),
        ),
        // every-step: a list of rows (or class indices) per sequence; last-step: one row
        // or one class index per sequence.
        targets: v.pipe(
          v.array(
            v.union(
              [v.array(targetEntry, 'must be a list'), finite()],
              'must be a list of rows, one row or a class index',
            ),
            'must be a list of targets, one per sequence',
          ),
          v.maxLength(LIMITS.samples, `must hold at most ${LIMITS.samples} targets`),
        ),
      },
      'must be an object',
    ),
    v.strictObject(
      {
        kind: v.literal('sine-next'),
        samples: v.optional(intRange(1, LIMITS.samples, 'a whole number'), 200),
        length: v.optional(step, 24),
        noise: v.optional(inRange(0, 1), 0.05),
      },
      'must be an object',
    ),
    v.strictObject(
      {
        kind: v.literal('memory'),
        samples: v.optional(intRange(1, LIMITS.samples, 'a whole number'), 200),
        delay: v.optional(intRange(1, SEQUENCE_LIMITS.length - 1, 'a whole number'), 5),
        noise: v.optional(inRange(0, 1), 0),
      },
      'must be an object',
    ),
    v.strictObject(
      {
        kind: v.literal('sunspots'),
        window: v.optional(intRange(2, SEQUENCE_LIMITS.window, 'a whole number'), 24),
      },
      'must be an object',
    ),
  ],
  `must be one of ${quoted(['sequences', 'sine-next', 'memory', 'sunspots'])}`,
);

export const RecurrentScenarioSchema = v.strictObject(
  {
    ...SCENARIO_HEAD_ENTRIES,
    network: RnnNetworkSchema,
    sequence: v.optional(SequenceSchema, {
      readout: 'every-step',
      lossOverTime: 'sum',
      bptt: { mode: 'full' },
    }),
    ...TRAINING_ENTRIES,
    data: SequenceDataSchema,
    ...SPLIT_ENTRIES,
  },
  'must be an object',
);

/** A validated recurrent scenario with every default filled in. */
export type RecurrentScenario = v.InferOutput<typeof RecurrentScenarioSchema>;
export type RecurrentScenarioInput = v.InferInput<typeof RecurrentScenarioSchema>;
export type SequenceDataSpec = RecurrentScenario['data'];
