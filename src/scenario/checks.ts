// Cross-field checks of a scenario that passed the schema: shapes that must agree with the
// layer sizes, activations allowed only in places, and data sizes that must fit the net.
import { paramCount } from '../engine/network';
import { LIMITS, type Scenario } from './schema';

export interface ScenarioIssue {
  /** A JSON path like `network.layers[1]`; empty for the scenario as a whole. */
  readonly path: string;
  readonly message: string;
}

/** Fixed input/output sizes of the built-in data sets. */
const DATA_SHAPES: Record<string, readonly [number, number]> = {
  xor: [2, 1],
  circle: [2, 1],
  gauss: [2, 1],
  spiral: [2, 1],
  moons: [2, 1],
  sine: [1, 1],
  plane: [2, 1],
  iris: [4, 3],
  digits: [64, 10],
};

/** Samples in the shipped data files. */
const FILE_SAMPLES: Record<string, number> = { iris: 150, digits: 1797 };

/** How many samples the data holds (for CSV text: its non-blank lines after the header). */
function sampleCount(data: Scenario['data']): number {
  switch (data.kind) {
    case 'inline':
      return data.inputs.length;
    case 'csv': {
      let lines = 0;
      for (const line of data.text.split('\n')) if (line.trim() !== '') lines += 1;
      return Math.max(0, lines - 1);
    }
    case 'iris':
    case 'digits':
      return FILE_SAMPLES[data.kind];
    default:
      return data.samples;
  }
}

export function checkScenario(s: Scenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add = (path: string, message: string): void => {
    issues.push({ path, message });
  };
  const { layers, activations, weights, biases } = s.network;
  const L = layers.length - 1;
  const nIn = layers[0];
  const nOut = layers[L];

  if (activations.length !== L) {
    add(
      'network.activations',
      `must hold one activation per non-input layer: ${L}, not ${activations.length}`,
    );
  }
  activations.forEach((name, l) => {
    if (name === 'softmax' && l !== L - 1)
      add(`network.activations[${l}]`, '"softmax" is allowed only on the output layer');
  });
  const output = activations[L - 1];
  if (output === 'softmax' && nOut < 2)
    add(`network.activations[${L - 1}]`, 'softmax needs an output layer of at least 2 units');
  const params = paramCount(layers);
  if (params > LIMITS.params) {
    add('network.layers', `gives ${params} parameters; at most ${LIMITS.params} are allowed`);
  } else {
    const samples = sampleCount(s.data);
    if (params * samples > LIMITS.work)
      add(
        '',
        `the network's ${params} parameters × ${samples} samples make ${params * samples}, more than the ${LIMITS.work} (parameters × samples) a browser can train usefully; use fewer samples or smaller layers`,
      );
  }

  if (weights) {
    if (weights.length !== L)
      add(
        'network.weights',
        `must hold ${L} weight matrices (one per non-input layer), not ${weights.length}`,
      );
    weights.slice(0, L).forEach((W, l) => {
      if (W.length !== layers[l + 1]) {
        add(
          `network.weights[${l}]`,
          `must have ${layers[l + 1]} rows (one per neuron of layer ${l + 1}), not ${W.length}`,
        );
        return;
      }
      W.forEach((row, j) => {
        if (row.length !== layers[l]) {
          add(
            `network.weights[${l}][${j}]`,
            `must have ${layers[l]} weights (one per neuron of layer ${l}), not ${row.length}`,
          );
        }
      });
    });
  }
  if (biases) {
    if (biases.length !== L)
      add(
        'network.biases',
        `must hold ${L} bias lists (one per non-input layer), not ${biases.length}`,
      );
    biases.slice(0, L).forEach((b, l) => {
      if (b.length !== layers[l + 1])
        add(`network.biases[${l}]`, `must have ${layers[l + 1]} biases, not ${b.length}`);
    });
  }

  if (s.loss === 'cross-entropy' && output !== 'sigmoid' && output !== 'softmax') {
    add(
      'loss',
      `"cross-entropy" needs a sigmoid or softmax output layer, not ${JSON.stringify(output)}`,
    );
  }

  const data = s.data;
  if (data.kind === 'inline') {
    data.inputs.forEach((row, r) => {
      if (row.length !== nIn)
        add(
          `data.inputs[${r}]`,
          `must have ${nIn} values (the input layer's size), not ${row.length}`,
        );
    });
    if (data.targets.length !== data.inputs.length) {
      add(
        'data.targets',
        `must have one target per input row: ${data.inputs.length}, not ${data.targets.length}`,
      );
    }
    data.targets.forEach((t, r) => {
      if (typeof t === 'number') {
        if (nOut === 1 ? t > 1 : t >= nOut) {
          add(
            `data.targets[${r}]`,
            nOut === 1
              ? 'a class index for one output must be 0 or 1'
              : `class index must be below ${nOut}`,
          );
        }
      } else if (t.length !== nOut) {
        add(
          `data.targets[${r}]`,
          `must have ${nOut} values (the output layer's size), not ${t.length}`,
        );
      }
    });
  } else if (data.kind !== 'csv') {
    const [wantIn, wantOut] = DATA_SHAPES[data.kind];
    if (nIn !== wantIn)
      add(
        'network.layers[0]',
        `must be ${wantIn}: the ${data.kind} data set has ${wantIn} input${wantIn > 1 ? 's' : ''}`,
      );
    if (nOut !== wantOut)
      add(
        `network.layers[${L}]`,
        `must be ${wantOut}: the ${data.kind} data set has ${wantOut} output${wantOut > 1 ? 's' : ''}`,
      );
  }
  return issues;
}
