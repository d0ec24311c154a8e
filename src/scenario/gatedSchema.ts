// The gated recurrent scenario (network.kind "lstm" or "gru", contracts.md "Recurrent
// networks"): the network with its named blocks and defaults; the sequence block and the
// sequence data sets are the RNN's. Shapes are checked afterwards in gatedChecks.ts.
import * as v from 'valibot';
import {
  READOUT_ACTIVATIONS,
  SequenceDataSchema,
  SequenceSchema,
  matrix,
  size,
  vector,
} from './recurrentSchema';
import { INITS, SCENARIO_HEAD_ENTRIES, SPLIT_ENTRIES, TRAINING_ENTRIES, quoted } from './schema';

export const LSTM_BLOCKS = [
  'Wxi',
  'Whi',
  'bi',
  'Wxf',
  'Whf',
  'bf',
  'Wxg',
  'Whg',
  'bg',
  'Wxo',
  'Who',
  'bo',
] as const;
export const GRU_BLOCKS = [
  'Wxr',
  'Whr',
  'br',
  'Wxz',
  'Whz',
  'bz',
  'Wxn',
  'Whn',
  'bxn',
  'bhn',
] as const;
const GRU_CONVENTIONS = ['reset-after', 'reset-before'] as const;

/** Matrices start with W, the rest are bias vectors; the readout's Why and by for both. */
function blocksSchema(names: readonly string[]) {
  const all = [...names, 'Why', 'by'];
  const entries = Object.fromEntries(
    all.map((name) => [name, v.optional(name.startsWith('W') ? matrix : vector)]),
  );
  return v.strictObject(entries, `must be an object of blocks (${quoted(all)})`);
}

const common = {
  inputs: size,
  hidden: size,
  outputs: size,
  outputActivation: v.optional(
    v.picklist(READOUT_ACTIVATIONS, `must be one of ${quoted(READOUT_ACTIVATIONS)}`),
    'linear',
  ),
  readout: v.optional(v.boolean('must be true or false'), true),
  init: v.optional(v.picklist(INITS, `must be one of ${quoted(INITS)}`), 'xavier-uniform'),
  trainBiases: v.optional(v.boolean('must be true or false'), true),
};

const LstmNetworkSchema = v.strictObject(
  {
    kind: v.literal('lstm', 'must be "lstm"'),
    ...common,
    weights: v.optional(blocksSchema(LSTM_BLOCKS)),
  },
  'must be an object',
);

const GruNetworkSchema = v.strictObject(
  {
    kind: v.literal('gru', 'must be "gru"'),
    ...common,
    gru: v.optional(
      v.picklist(GRU_CONVENTIONS, `must be one of ${quoted(GRU_CONVENTIONS)}`),
      'reset-after',
    ),
    weights: v.optional(blocksSchema(GRU_BLOCKS)),
  },
  'must be an object',
);

export const GatedScenarioSchema = v.strictObject(
  {
    ...SCENARIO_HEAD_ENTRIES,
    network: v.variant('kind', [LstmNetworkSchema, GruNetworkSchema], 'must be an object'),
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

/** A validated LSTM or GRU scenario with every default filled in. */
export type GatedScenario = v.InferOutput<typeof GatedScenarioSchema>;
export type GatedScenarioInput = v.InferInput<typeof GatedScenarioSchema>;
