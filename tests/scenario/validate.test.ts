// Malformed scenarios: each is refused with an issue naming the exact JSON path and what
// was expected; text-level limits (size, JSON, depth, prototype keys) are checked first.
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  LIMITS,
  parseScenarioText,
  validateScenario,
  type ScenarioIssue,
} from '../../src/scenario';
import { baseScenario } from '../helpers/scenarios';

type Json = Record<string, unknown>;
const valid: Json = baseScenario;
const net = valid.network as Json;
const withNetwork = (patch: Json): Json => ({ ...valid, network: { ...net, ...patch } });
const withData = (data: Json): Json => ({ ...valid, data });
const softmaxNet = { layers: [2, 3, 3], activations: ['tanh', 'softmax'] };

function issuesOf(input: unknown): readonly ScenarioIssue[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('the scenario was accepted');
  return result.issues;
}

// [what is wrong, the scenario, the exact path named, words the message must hold]
const CASES: [string, Json, string, RegExp][] = [
  ['a string as the version', { ...valid, version: '1' }, 'version', /must be 1/],
  ['version 2', { ...valid, version: 2 }, 'version', /must be 1/],
  ['no network', { ...valid, network: undefined }, 'network', /is required/],
  ['no data', { ...valid, data: undefined }, 'data', /is required/],
  ['a seed that is not whole', { ...valid, seed: 1.5 }, 'seed', /whole number/],
  ['a title that is a number', { ...valid, title: 7 }, 'title', /must be text/],
  ['shuffle as a word', { ...valid, shuffle: 'yes' }, 'shuffle', /true or false/],
  [
    'a negative layer size',
    withNetwork({ layers: [2, -3, 1] }),
    'network.layers[1]',
    /must be a positive integer/,
  ],
  ['a fractional layer size', withNetwork({ layers: [2, 2.5, 1] }), 'network.layers[1]', /integer/],
  ['a layer of 1025 units', withNetwork({ layers: [2, 1025, 1] }), 'network.layers[1]', /1024/],
  ['layers as a string', withNetwork({ layers: '2,3,1' }), 'network.layers', /must be a list/],
  [
    'seventeen non-input layers',
    withNetwork({ layers: Array(18).fill(2), activations: Array(17).fill('tanh') }),
    'network.layers',
    /at most 17 layers/,
  ],
  [
    'more than 2 000 000 parameters',
    withNetwork({
      layers: [2, 1024, 1024, 1024, 1],
      activations: ['tanh', 'tanh', 'tanh', 'sigmoid'],
    }),
    'network.layers',
    /at most 2000000/,
  ],
  ['no layers', { ...valid, network: { activations: ['tanh'] } }, 'network.layers', /required/],
  [
    'an unknown activation',
    withNetwork({ activations: ['tanhh', 'sigmoid'] }),
    'network.activations[0]',
    /must be one of .*"sigmoid"/,
  ],
  [
    'softmax in a hidden layer',
    withNetwork({ activations: ['softmax', 'sigmoid'] }),
    'network.activations[0]',
    /only on the output layer/,
  ],
  [
    'softmax over a single output',
    withNetwork({ activations: ['tanh', 'softmax'] }),
    'network.activations[1]',
    /at least 2 units/,
  ],
  [
    'too few activations',
    withNetwork({ activations: ['tanh'] }),
    'network.activations',
    /one activation per non-input layer: 2, not 1/,
  ],
  ['an unknown init', withNetwork({ init: 'glorot' }), 'network.init', /"xavier-uniform"/],
  [
    'an unknown network kind',
    withNetwork({ kind: 'transformer' }),
    'network.kind',
    /must be one of "mlp", "rnn", "lstm", "gru", "fixed-point", "cnn"/,
  ],
  [
    'an LSTM without its sizes (the app shows LSTMs)',
    withNetwork({ kind: 'lstm' }),
    'network.inputs',
    /is required/,
  ],
  ['an unknown loss', { ...valid, loss: 'hinge' }, 'loss', /must be one of .*"mse"/],
  [
    'cross-entropy after a linear output',
    withNetwork({ activations: ['tanh', 'linear'] }),
    'loss',
    /needs a sigmoid or softmax output/,
  ],
  [
    'an unknown optimizer',
    { ...valid, optimizer: { kind: 'adamw', learningRate: 0.1 } },
    'optimizer.kind',
    /must be one of .*"adam"/,
  ],
  [
    'a missing learning rate',
    { ...valid, optimizer: { kind: 'sgd' } },
    'optimizer.learningRate',
    /is required/,
  ],
  [
    'a learning rate as text',
    { ...valid, optimizer: { kind: 'sgd', learningRate: '0.1' } },
    'optimizer.learningRate',
    /must be a number/,
  ],
  [
    'a learning rate above 10',
    { ...valid, optimizer: { kind: 'sgd', learningRate: 11 } },
    'optimizer.learningRate',
    /between 0 and 10/,
  ],
  [
    'beta1 of 1',
    { ...valid, optimizer: { kind: 'adam', learningRate: 0.1, beta1: 1 } },
    'optimizer.beta1',
    /below 1/,
  ],
  [
    'a negative momentum',
    { ...valid, optimizer: { kind: 'momentum', learningRate: 0.1, momentum: -0.5 } },
    'optimizer.momentum',
    /at least 0/,
  ],
  ['an optimizer given as a number', { ...valid, optimizer: 0.1 }, 'optimizer', /an object/],
  [
    'a mini-batch of size 0',
    { ...valid, batch: { mode: 'minibatch', size: 0 } },
    'batch.size',
    /from 1/,
  ],
  [
    'a mini-batch without a size',
    { ...valid, batch: { mode: 'minibatch' } },
    'batch.size',
    /is required/,
  ],
  ['an unknown batch mode', { ...valid, batch: { mode: 'stochastic' } }, 'batch.mode', /"full"/],
  [
    'an unknown regularization',
    { ...valid, regularization: { kind: 'l3', rate: 0.1 } },
    'regularization.kind',
    /"l2"/,
  ],
  ['dropout of 1', { ...valid, dropout: 1 }, 'dropout', /between 0 and 0.9/],
  ['a test split of 0.95', { ...valid, split: { test: 0.95 } }, 'split.test', /0 and 0.9/],
  ['a split given as a number', { ...valid, split: 0.2 }, 'split', /must be an object/],
  ['an unknown field (a typo)', { ...valid, learningrate: 0.1 }, 'learningrate', /not a known/],
  [
    'weights with a short row',
    withNetwork({ weights: [[[1, 2], [3, 4], [5]], [[1, 2, 3]]] }),
    'network.weights[0][2]',
    /must have 2 weights/,
  ],
  [
    'a weight matrix with too few rows',
    withNetwork({ weights: [[[1, 2]], [[1, 2, 3]]] }),
    'network.weights[0]',
    /must have 3 rows/,
  ],
  [
    'too few weight matrices',
    withNetwork({
      weights: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
    }),
    'network.weights',
    /must hold 2 weight matrices/,
  ],
  [
    'the output weights of the wrong width',
    withNetwork({
      weights: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
        [[1, 2]],
      ],
    }),
    'network.weights[1][0]',
    /must have 3 weights/,
  ],
  [
    'a weight that is not a number',
    withNetwork({
      weights: [
        [
          [1, 'x'],
          [3, 4],
          [5, 6],
        ],
        [[1, 2, 3]],
      ],
    }),
    'network.weights[0][0][1]',
    /must be a number/,
  ],
  [
    'a bias list too long',
    withNetwork({ biases: [[0, 0, 0, 0], [0]] }),
    'network.biases[0]',
    /must have 3 biases, not 4/,
  ],
  ['an unknown data kind', withData({ kind: 'mnist' }), 'data.kind', /"iris"/],
  ['data given as a word', { ...valid, data: 'xor' }, 'data', /must be an object/],
  ['too many samples', withData({ kind: 'xor', samples: 200000 }), 'data.samples', /100000/],
  ['noise above 1', withData({ kind: 'moons', noise: 2 }), 'data.noise', /between 0 and 1/],
  ['a field iris does not have', withData({ kind: 'iris', samples: 3 }), 'data.samples', /known/],
  [
    'an inline row of the wrong length',
    withData({ kind: 'inline', inputs: [[0, 1], [1]], targets: [[1], [0]] }),
    'data.inputs[1]',
    /must have 2 values/,
  ],
  [
    'an inline target row of the wrong length',
    withData({ kind: 'inline', inputs: [[0, 1]], targets: [[1, 0]] }),
    'data.targets[0]',
    /must have 1 values/,
  ],
  [
    'fewer targets than inputs',
    withData({
      kind: 'inline',
      inputs: [
        [0, 1],
        [1, 0],
      ],
      targets: [[1]],
    }),
    'data.targets',
    /one target per input row: 2, not 1/,
  ],
  [
    'a class index beyond the softmax outputs',
    { ...withData({ kind: 'inline', inputs: [[0, 1]], targets: [3] }), network: softmaxNet },
    'data.targets[0]',
    /below 3/,
  ],
  [
    'no inline samples at all',
    withData({ kind: 'inline', inputs: [], targets: [] }),
    'data.inputs',
    /at least one sample/,
  ],
  ['iris for a 2-input net', withData({ kind: 'iris' }), 'network.layers[0]', /must be 4/],
  [
    'digits for a 1-output net',
    { ...withData({ kind: 'digits' }), network: { layers: [64, 1], activations: ['sigmoid'] } },
    'network.layers[1]',
    /must be 10/,
  ],
  ['sine for a 2-input net', withData({ kind: 'sine' }), 'network.layers[0]', /must be 1/],
  [
    'CSV without target columns',
    withData({ kind: 'csv', text: 'a,b\n1,2\n', targetColumns: [] }),
    'data.targetColumns',
    /at least one target column/,
  ],
  [
    'a CSV target column that is neither a name nor an index',
    withData({ kind: 'csv', text: 'a,b\n1,2\n', targetColumns: [true] }),
    'data.targetColumns[0]',
    /column name or a 0-based column index/,
  ],
  [
    'a constructor key',
    withData({ kind: 'xor', constructor: { prototype: 1 } }),
    'data.constructor',
    /not allowed/,
  ],
  ['a prototype key', withNetwork({ prototype: 1 }), 'network.prototype', /not allowed/],
];

describe('malformed scenarios', () => {
  it('covers at least twenty kinds of mistake', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.each(CASES)('refuses %s, naming %s', (_what, input, path, message) => {
    const issues = issuesOf(input);
    const named = issues.filter((i) => i.path === path);
    expect(named.map((i) => i.path)).toContain(path);
    expect(named.map((i) => i.message).join('\n')).toMatch(message);
  });

  it('prints a problem as "path: message"', () => {
    const [issue] = issuesOf(withNetwork({ layers: [2, 0, 1] }));
    expect(formatIssue(issue)).toBe('network.layers[1]: must be a positive integer from 1 to 1024');
  });

  it('names the first mismatching weight row and no other when one row is short', () => {
    const issues = issuesOf(withNetwork({ weights: [[[1, 2], [3], [5, 6]], [[1, 2, 3]]] }));
    expect(issues.map((i) => i.path)).toEqual(['network.weights[0][1]']);
  });
});

describe('scenario text', () => {
  const text = JSON.stringify(valid);

  it('refuses 1e400, which JSON.parse turns into Infinity, at its path', () => {
    const result = parseScenarioText(text.replace('"learningRate":0.5', '"learningRate":1e400'));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toContainEqual({
        path: 'optimizer.learningRate',
        message: 'must be a finite number',
      });
  });

  it('refuses text over 2 MB before parsing it', () => {
    const big = `${text.slice(0, -1)},"description":"${'x'.repeat(LIMITS.textBytes)}"}`;
    const result = parseScenarioText(big);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/at most 2 MB/);
  });

  it('counts bytes, not characters, against the 2 MB limit', () => {
    // 'é' is 2 bytes in UTF-8: 1.1 M of them fit in characters but not in bytes.
    const result = parseScenarioText(`"${'é'.repeat(1_100_000)}"`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/2200002 bytes/);
  });

  it('says where the JSON breaks and when there is no text at all', () => {
    const broken = parseScenarioText('{"version": 1,');
    const empty = parseScenarioText('  \n');
    expect(broken.ok || broken.issues[0].message).toMatch(/^not valid JSON/);
    expect(empty.ok || empty.issues[0].message).toBe('the scenario text is empty');
  });

  it('refuses a __proto__ key at its path and leaves Object.prototype alone', () => {
    const result = parseScenarioText(text.replace('"seed":3', '"__proto__":{"polluted":1}'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].path).toBe('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a nested __proto__ key with its full path', () => {
    const nested = text.replace('"kind":"xor"', '"kind":"xor","__proto__":{"x":1}');
    const result = parseScenarioText(nested);
    expect(result.ok || result.issues.map(formatIssue)).toEqual([
      'data.__proto__: this key is not allowed',
    ]);
  });

  it('refuses absurd nesting with a message instead of overflowing the stack', () => {
    const deep = `{"version":1,"title":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const result = parseScenarioText(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0].message).toMatch(/nested too deeply/);
  });

  it('refuses a value that is not an object', () => {
    for (const value of [null, [], 3, 'scenario']) {
      expect(issuesOf(value)).toEqual([{ path: '', message: 'a scenario must be a JSON object' }]);
    }
  });
});

describe('what is allowed', () => {
  it('accepts a learning rate of 0 (nothing moves, which tests rely on)', () => {
    const result = validateScenario({ ...valid, optimizer: { kind: 'sgd', learningRate: 0 } });
    expect(result.ok).toBe(true);
  });

  it('accepts class indices as targets for a softmax output', () => {
    const result = validateScenario({
      ...withData({
        kind: 'inline',
        inputs: [
          [0, 1],
          [1, 0],
        ],
        targets: [2, 0],
      }),
      network: softmaxNet,
    });
    expect(result.ok).toBe(true);
  });

  it('accepts a title and a description', () => {
    const result = validateScenario({ ...valid, title: 'XOR', description: 'Four points.' });
    expect(result.ok && [result.scenario.title, result.scenario.description]).toEqual([
      'XOR',
      'Four points.',
    ]);
  });
});
