// Recurrent scenarios (network.kind "rnn"): contracts.md's example validates with its
// defaults; each malformed one is refused with an issue naming the exact JSON path.
import { describe, expect, it } from 'vitest';
import { validateScenario, type AnyScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import type { ScenarioIssue } from '../../src/scenario/checks';
import { contractRnnExample } from '../helpers/scenarios';

type Json = Record<string, unknown>;
const example: Json = contractRnnExample;
const net = example.network as Json;
const withNetwork = (patch: Json): Json => ({ ...example, network: { ...net, ...patch } });
const withSequence = (patch: Json): Json => ({
  ...example,
  sequence: { ...(example.sequence as Json), ...patch },
});
const withData = (data: Json): Json => ({ ...example, data });

function accepted(input: unknown): AnyScenario {
  const result = validateAnyScenario(input);
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return result.scenario;
}
function issuesOf(input: unknown): readonly ScenarioIssue[] {
  const result = validateAnyScenario(input);
  if (result.ok) throw new Error('the scenario was accepted');
  return result.issues;
}

describe('a valid recurrent scenario', () => {
  it('accepts contracts.md’s example', () => {
    expect(accepted(example).network.kind).toBe('rnn');
  });

  it('fills the defaults of contracts.md', () => {
    const s = accepted({
      version: 1,
      network: { kind: 'rnn', inputs: 1, hidden: 3, outputs: 1 },
      data: { kind: 'sine-next' },
    });
    if (s.network.kind !== 'rnn') throw new Error('expected an rnn');
    expect(s.network).toMatchObject({
      activation: 'tanh',
      outputActivation: 'linear',
      readout: true,
      init: 'xavier-uniform',
    });
    expect('sequence' in s && s.sequence).toEqual({
      readout: 'every-step',
      lossOverTime: 'sum',
      bptt: { mode: 'full' },
    });
    expect(s.data).toEqual({ kind: 'sine-next', samples: 200, length: 24, noise: 0.05 });
  });

  it('accepts class-index targets, a last-step row, truncation and clipping', () => {
    accepted({
      ...example,
      network: { kind: 'rnn', inputs: 1, hidden: 2, outputs: 3, outputActivation: 'softmax' },
      loss: 'cross-entropy',
      sequence: { readout: 'every-step', bptt: { mode: 'truncated', k1: 2, k2: 3 } },
      optimizer: { kind: 'adam', learningRate: 0.01, clipNorm: 1 },
      data: { kind: 'sequences', inputs: [[[1], [0]], [[2]]], targets: [[0, 2], [1]] },
    });
    accepted({
      ...withSequence({ readout: 'last-step' }),
      data: { kind: 'sequences', inputs: [[[1], [0]], [[2]]], targets: [[0.5], [0.25]] },
    });
  });

  it('is refused by the app’s validator with a message, not a crash', () => {
    const result = validateScenario(example);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].path).toBe('network.kind');
  });
});

const longSequence = Array.from({ length: 1001 }, () => [0]);
const cases: [string, Json, string, RegExp][] = [
  [
    'k2 below k1',
    withSequence({ bptt: { mode: 'truncated', k1: 3, k2: 2 } }),
    'sequence.bptt.k2',
    /at least k1 \(3\)/,
  ],
  [
    'k1 of 0',
    withSequence({ bptt: { mode: 'truncated', k1: 0, k2: 2 } }),
    'sequence.bptt.k1',
    /from 1 to 1000/,
  ],
  [
    'a Whh of the wrong size',
    withNetwork({ weights: { Whh: [[1, 2]] } }),
    'network.weights.Whh',
    /must have 2 rows/,
  ],
  [
    'a short Wxh row',
    withNetwork({ weights: { Wxh: [[1], []] } }),
    'network.weights.Wxh[1]',
    /must have 1 entries/,
  ],
  [
    'a bias of the wrong size',
    withNetwork({ weights: { by: [1, 2] } }),
    'network.weights.by',
    /must have 1 entries/,
  ],
  [
    'an unknown block',
    withNetwork({ weights: { Wxy: [[1]] } }),
    'network.weights.Wxy',
    /not a known field/,
  ],
  [
    'readout blocks without a readout',
    withNetwork({ readout: false, outputs: 2 }),
    'network.weights.Why',
    /no readout/,
  ],
  [
    'outputs ≠ hidden without a readout',
    withNetwork({ readout: false, weights: {} }),
    'network.outputs',
    /must equal network.hidden \(2\)/,
  ],
  ['an LSTM-only field', withNetwork({ gru: 'reset-after' }), 'network.gru', /not a known field/],
  [
    'a relu readout',
    withNetwork({ outputActivation: 'relu' }),
    'network.outputActivation',
    /"softmax"/,
  ],
  [
    'cross-entropy after a linear readout',
    { ...example, loss: 'cross-entropy' },
    'loss',
    /sigmoid or softmax readout/,
  ],
  [
    'a step of the wrong width',
    withData({ kind: 'sequences', inputs: [[[1], [2, 3]]], targets: [[[0], [0]]] }),
    'data.inputs[0][1]',
    /must have 1 values/,
  ],
  [
    'a sequence of 1001 steps',
    withData({ kind: 'sequences', inputs: [longSequence], targets: [longSequence] }),
    'data.inputs[0]',
    /at most 1000 steps/,
  ],
  [
    'an empty sequence',
    withData({ kind: 'sequences', inputs: [[]], targets: [[]] }),
    'data.inputs[0]',
    /at least one step/,
  ],
  [
    'too few target rows (every-step)',
    withData({ kind: 'sequences', inputs: [[[1], [2]]], targets: [[[0]]] }),
    'data.targets[0]',
    /one target row per step: 2, not 1/,
  ],
  [
    'a target row per step with last-step',
    {
      ...withSequence({ readout: 'last-step' }),
      data: { kind: 'sequences', inputs: [[[1], [2]]], targets: [[[0], [1]]] },
    },
    'data.targets[0]',
    /one target row or a class index/,
  ],
  [
    'one number per sequence with every-step',
    withData({ kind: 'sequences', inputs: [[[1], [2]]], targets: [1] }),
    'data.targets[0]',
    /list of 2 target rows/,
  ],
  [
    'a class index out of range',
    withData({ kind: 'sequences', inputs: [[[1]]], targets: [[2]] }),
    'data.targets[0][0]',
    /0 or 1/,
  ],
  [
    'a target row of the wrong width',
    withData({ kind: 'sequences', inputs: [[[1]]], targets: [[[1, 2]]] }),
    'data.targets[0][0]',
    /must have 1 values/,
  ],
  [
    'fewer targets than sequences',
    withData({ kind: 'sequences', inputs: [[[1]], [[2]]], targets: [[[1]]] }),
    'data.targets',
    /one target per sequence: 2, not 1/,
  ],
  ['memory scored at every step', withData({ kind: 'memory' }), 'sequence.readout', /"last-step"/],
  [
    'sunspots with 2 inputs',
    { ...withNetwork({ inputs: 2, weights: {} }), data: { kind: 'sunspots' } },
    'network.inputs',
    /must be 1/,
  ],
  ['a window of 1', withData({ kind: 'sunspots', window: 1 }), 'data.window', /from 2 to 200/],
  ['an unknown data kind', withData({ kind: 'iris' }), 'data.kind', /"sequences", "sine-next"/],
  ['a dropout field', { ...example, dropout: 0.5 }, 'dropout', /not a known field/],
  [
    'a zero clipNorm',
    { ...example, optimizer: { kind: 'sgd', learningRate: 0.1, clipNorm: 0 } },
    'optimizer.clipNorm',
    /positive/,
  ],
];

describe('a malformed recurrent scenario names the path', () => {
  it.each(cases)('%s → %s', (_name, input, path, message) => {
    const issue = issuesOf(input).find((i) => i.path === path);
    expect(issue?.message, JSON.stringify(issuesOf(input))).toMatch(message);
  });
});
