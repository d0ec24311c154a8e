// The fixed-point scenario (network.kind "fixed-point", contracts.md "Fixed-point networks"):
// the network with its relaxation settings, and the v1 data, training and split entries.
// Shapes that depend on each other are checked afterwards in fixedPointChecks.ts.
import * as v from 'valibot';
import {
  INITS,
  LIMITS,
  SCENARIO_HEAD_ENTRIES,
  SPLIT_ENTRIES,
  ScenarioSchema,
  TRAINING_ENTRIES,
  finite,
  intRange,
  quoted,
} from './schema';

export const FIXED_POINT_LIMITS = {
  /** Fully connected units: each relaxation iteration costs units² per sample. */
  units: 64,
  maxIterations: 100_000,
} as const;

export const FIXED_POINT_DEFAULTS = {
  activation: 'sigmoid',
  tolerance: 1e-12,
  maxIterations: 1000,
} as const;

const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'leaky-relu', 'linear'] as const;
const BLOCK_NAMES = ['W', 'V', 'b'] as const;

const matrix = v.array(v.array(finite(), 'must be a list of numbers'), 'must be a list of rows');
const vector = v.array(finite(), 'must be a list of numbers');

const RelaxationSchema = v.strictObject(
  {
    /** Missing: every unit starts at 0. */
    start: v.optional(vector),
    tolerance: v.optional(
      v.pipe(
        v.number('must be a number'),
        v.finite('must be a finite number'),
        v.gtValue(0, 'must be a positive number (at most 1)'),
        v.maxValue(1, 'must be a positive number (at most 1)'),
      ),
      FIXED_POINT_DEFAULTS.tolerance,
    ),
    maxIterations: v.optional(
      intRange(1, FIXED_POINT_LIMITS.maxIterations, 'a whole number'),
      FIXED_POINT_DEFAULTS.maxIterations,
    ),
  },
  'must be an object',
);

const FixedPointNetworkSchema = v.strictObject(
  {
    kind: v.literal('fixed-point', 'must be "fixed-point"'),
    units: intRange(1, FIXED_POINT_LIMITS.units, 'a positive integer'),
    inputs: intRange(1, LIMITS.layerSize, 'a positive integer'),
    outputUnits: v.pipe(
      v.array(
        intRange(0, FIXED_POINT_LIMITS.units - 1, 'a 0-based unit index'),
        'must be a list of 0-based unit indices',
      ),
      v.minLength(1, 'must name at least one output unit'),
    ),
    activation: v.optional(
      v.picklist(ACTIVATIONS, `must be one of ${quoted(ACTIVATIONS)}`),
      FIXED_POINT_DEFAULTS.activation,
    ),
    init: v.optional(v.picklist(INITS, `must be one of ${quoted(INITS)}`), 'xavier-uniform'),
    weights: v.optional(
      v.strictObject(
        { W: v.optional(matrix), V: v.optional(matrix), b: v.optional(vector) },
        `must be an object of blocks (${quoted(BLOCK_NAMES)})`,
      ),
    ),
    relaxation: v.optional(RelaxationSchema, {
      tolerance: FIXED_POINT_DEFAULTS.tolerance,
      maxIterations: FIXED_POINT_DEFAULTS.maxIterations,
    }),
    trainBiases: v.optional(v.boolean('must be true or false'), true),
  },
  'must be an object',
);

export const FixedPointScenarioSchema = v.strictObject(
  {
    ...SCENARIO_HEAD_ENTRIES,
    network: FixedPointNetworkSchema,
    ...TRAINING_ENTRIES,
    // The v1 data sets: one input row per sample, one target number per output unit.
    data: ScenarioSchema.entries.data,
    ...SPLIT_ENTRIES,
  },
  'must be an object',
);

/** A validated fixed-point scenario with every default filled in (start: zeros when missing). */
export type FixedPointScenario = v.InferOutput<typeof FixedPointScenarioSchema>;
export type FixedPointScenarioInput = v.InferInput<typeof FixedPointScenarioSchema>;
