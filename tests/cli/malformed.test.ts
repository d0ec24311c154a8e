// Malformed scenarios through the CLI: every one exits 2 with a message naming the path,
// and none prints a stack trace or anything on stdout.
import { describe, expect, it } from 'vitest';
import { cli } from './runCli';
import { baseScenario } from '../helpers/scenarios';

const valid = baseScenario;
type Json = Record<string, unknown>;
const withNetwork = (patch: Json): Json => ({ ...valid, network: { ...valid.network, ...patch } });

const CASES: [name: string, text: string, path: string][] = [
  ['a string as the version', JSON.stringify({ ...valid, version: '1' }), 'version:'],
  ['version 2', JSON.stringify({ ...valid, version: 2 }), 'version:'],
  ['no network', JSON.stringify({ ...valid, network: undefined }), 'network: is required'],
  ['no data', JSON.stringify({ ...valid, data: undefined }), 'data: is required'],
  [
    'a negative layer size',
    JSON.stringify(withNetwork({ layers: [2, -3, 1] })),
    'network.layers[1]: must be a positive integer',
  ],
  [
    'a fractional layer size',
    JSON.stringify(withNetwork({ layers: [2, 2.5, 1] })),
    'network.layers[1]',
  ],
  ['a huge layer', JSON.stringify(withNetwork({ layers: [2, 5000, 1] })), 'network.layers[1]'],
  [
    'layers as a string',
    JSON.stringify(withNetwork({ layers: '2,3,1' })),
    'network.layers: must be a list',
  ],
  [
    'an unknown activation',
    JSON.stringify(withNetwork({ activations: ['tanhh', 'sigmoid'] })),
    'network.activations[0]: must be one of',
  ],
  [
    'softmax in a hidden layer',
    JSON.stringify(withNetwork({ activations: ['softmax', 'sigmoid'] })),
    'network.activations[0]: "softmax" is allowed only on the output layer',
  ],
  [
    'too few activations',
    JSON.stringify(withNetwork({ activations: ['tanh'] })),
    'network.activations: must hold one activation per non-input layer',
  ],
  [
    'an unknown init',
    JSON.stringify(withNetwork({ init: 'glorot' })),
    'network.init: must be one of',
  ],
  ['an unknown loss', JSON.stringify({ ...valid, loss: 'hinge' }), 'loss: must be one of'],
  [
    'cross-entropy after a linear output',
    JSON.stringify({ ...valid, network: { ...valid.network, activations: ['tanh', 'linear'] } }),
    'loss: "cross-entropy" needs a sigmoid or softmax output',
  ],
  [
    'an unknown optimizer',
    JSON.stringify({ ...valid, optimizer: { kind: 'adamw', learningRate: 0.1 } }),
    'optimizer.kind: must be one of',
  ],
  [
    'a missing learning rate',
    JSON.stringify({ ...valid, optimizer: { kind: 'sgd' } }),
    'optimizer.learningRate: is required',
  ],
  [
    'a learning rate of 1e400 (Infinity)',
    JSON.stringify(valid).replace('"learningRate":0.5', '"learningRate":1e400'),
    'optimizer.learningRate: must be a finite number',
  ],
  [
    'a negative learning rate',
    JSON.stringify({ ...valid, optimizer: { kind: 'sgd', learningRate: -1 } }),
    'optimizer.learningRate: must be between',
  ],
  [
    'momentum of 1',
    JSON.stringify({ ...valid, optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 1 } }),
    'optimizer.momentum',
  ],
  [
    'a mini-batch of size 0',
    JSON.stringify({ ...valid, batch: { mode: 'minibatch', size: 0 } }),
    'batch.size',
  ],
  [
    'an unknown batch mode',
    JSON.stringify({ ...valid, batch: { mode: 'stochastic' } }),
    'batch.mode: must be one of',
  ],
  ['dropout of 1', JSON.stringify({ ...valid, dropout: 1 }), 'dropout: must be between 0 and 0.9'],
  ['a test split of 0.95', JSON.stringify({ ...valid, split: { test: 0.95 } }), 'split.test'],
  [
    'an unknown field (a typo)',
    JSON.stringify({ ...valid, learningrate: 0.1 }),
    'learningrate: is not a known field',
  ],
  [
    'a __proto__ key',
    '{"version":1,"network":{"__proto__":{"polluted":true},"layers":[2,1],"activations":["sigmoid"]},"data":{"kind":"xor"}}',
    'network.__proto__: this key is not allowed',
  ],
  [
    'a constructor key',
    JSON.stringify({ ...valid, data: { kind: 'xor', constructor: { prototype: 1 } } }),
    'data.constructor: this key is not allowed',
  ],
  [
    'weights of the wrong shape',
    JSON.stringify(withNetwork({ weights: [[[1, 2], [3, 4], [5]], [[1, 2, 3]]] })),
    'network.weights[0][2]: must have 2 weights',
  ],
  [
    'too few weight matrices',
    JSON.stringify(
      withNetwork({
        weights: [
          [
            [1, 2],
            [3, 4],
            [5, 6],
          ],
        ],
      }),
    ),
    'network.weights: must hold 2 weight matrices',
  ],
  [
    'a bias list too long',
    JSON.stringify(withNetwork({ biases: [[0, 0, 0, 0], [0]] })),
    'network.biases[0]: must have 3 biases',
  ],
  [
    'a weight that is not a number',
    JSON.stringify(
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
    ),
    'network.weights[0][0][1]: must be a number',
  ],
  [
    'an inline input row of the wrong length',
    JSON.stringify({
      ...valid,
      data: { kind: 'inline', inputs: [[0, 1], [1]], targets: [[1], [0]] },
    }),
    'data.inputs[1]: must have 2 values',
  ],
  [
    'fewer targets than inputs',
    JSON.stringify({
      ...valid,
      data: {
        kind: 'inline',
        inputs: [
          [0, 1],
          [1, 0],
        ],
        targets: [[1]],
      },
    }),
    'data.targets: must have one target per input row',
  ],
  [
    'a data set that does not fit the input layer',
    JSON.stringify({ ...valid, data: { kind: 'iris' } }),
    'network.layers[0]: must be 4',
  ],
  [
    'an unknown data kind',
    JSON.stringify({ ...valid, data: { kind: 'mnist' } }),
    'data.kind: must be one of',
  ],
  [
    'too many samples',
    JSON.stringify({ ...valid, data: { kind: 'xor', samples: 200000 } }),
    'data.samples',
  ],
  [
    'more than 2 000 000 parameters',
    JSON.stringify(
      withNetwork({
        layers: [2, 1024, 1024, 1024, 1],
        activations: ['tanh', 'tanh', 'tanh', 'sigmoid'],
      }),
    ),
    'network.layers: gives 2103297 parameters; at most 2000000',
  ], // 3 072 + 2 × 1 049 600 + 1 025,
  [
    'a CSV with a ragged row',
    JSON.stringify({
      ...valid,
      data: { kind: 'csv', text: 'a,b,label\n1,2,0\n3,4\n5,6,1\n', targetColumns: ['label'] },
    }),
    'data.text: row 3: has 2 columns; expected 3',
  ],
  [
    'a CSV with a word for a number',
    JSON.stringify({
      ...valid,
      data: { kind: 'csv', text: 'a,b,label\n1,2,0\n3,four,1\n', targetColumns: ['label'] },
    }),
    'data.text: row 3, column 2: column ("b") "four" is not a number',
  ],
  [
    'an empty CSV',
    JSON.stringify({ ...valid, data: { kind: 'csv', text: '', targetColumns: [2] } }),
    'data.text: the CSV text is empty',
  ],
  [
    'a CSV target column that does not exist',
    JSON.stringify({
      ...valid,
      data: { kind: 'csv', text: 'a,b,c\n1,2,0\n', targetColumns: ['label'] },
    }),
    'data.text: row 1: there is no target column "label"',
  ],
  [
    'a CSV whose shape does not fit the net',
    JSON.stringify({
      ...valid,
      data: { kind: 'csv', text: 'a,b,c,label\n1,2,3,0\n4,5,6,1\n', targetColumns: ['label'] },
    }),
    'network.layers[0]: must be 3',
  ],
  ['invalid JSON', '{"version": 1,', 'not valid JSON'],
  ['an array instead of an object', '[1, 2, 3]', 'a scenario must be a JSON object'],
  ['text over 2 MB', JSON.stringify({ ...valid, title: 'x'.repeat(2_200_000) }), 'at most 2 MB'],
];

describe('malformed scenarios', () => {
  it.each(CASES)('%s → exit 2 naming the place', async (_name, text, path) => {
    const result = await cli(['train', '-', '--updates', '1'], text);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(path);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
  });

  it.each(CASES)('%s → validate refuses it with the very lines train prints', async (_n, text) => {
    const train = await cli(['train', '-', '--updates', '1'], text);
    const validate = await cli(['validate', '-'], text);
    expect(validate).toEqual({ code: 2, stdout: '', stderr: train.stderr });
  });

  it('reports several problems at once, one line each', async () => {
    const text = JSON.stringify({ ...valid, loss: 'hinge', dropout: 2 });
    const result = await cli(['validate', '-'], text);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^loss: /),
        expect.stringMatching(/^dropout: /),
      ]),
    );
  });

  it('accepts the valid scenario the cases were made from', async () => {
    const result = await cli(['validate', '-'], JSON.stringify(valid));
    expect(result).toEqual({ code: 0, stdout: 'ok\n', stderr: '' });
  });
});

describe('bad command lines', () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['trace', 'preset:nope'], 'unknown preset "nope"'],
    [['trace', 'preset:xor', '--updates', 'many'], '--updates must be a whole number'],
    [['trace', 'preset:xor', '--updates', '0'], '--updates must be a whole number'],
    [['trace', 'preset:xor', '--format', 'html'], '--format must be one of'],
    [['train', 'preset:xor', '--verbose'], 'unknown flag --verbose'],
    [['train', 'preset:xor', '--epochs', '2', '--updates', '3'], 'either --epochs or --updates'],
    [['validate', '/no/such/file.json'], 'cannot read the file (no such file)'],
    [['validate'], 'missing <file>'],
    [['gradcheck', 'preset:xor', '--epsilon', '-1'], '--epsilon must be a number'],
  ])('%j → exit 2: %s', async (args, message) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
