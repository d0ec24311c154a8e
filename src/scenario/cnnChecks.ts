// Cross-field checks of a convolutional scenario that passed its schema: every layer's window
// fits its input, dense layers get flat inputs, the output is flat, softmax only at the end,
// the loss fits the output, given weights fit their layers, batch norm has a batch to
// normalize over, and the parameter count stays within the limit.
import { layerOutShape } from '../engine/conv/cnnLayout';
import type { ScenarioIssue } from './checks';
import type { CnnScenario } from './cnnSchema';
import { LIMITS } from './schema';

type Add = (path: string, message: string) => void;
type Layer = CnnScenario['network']['layers'][number];
type Given = NonNullable<NonNullable<CnnScenario['network']['weights']>[number]>;

const FIELDS: Record<Layer['type'], readonly string[]> = {
  conv2d: ['kernels', 'biases'],
  dense: ['weights', 'biases'],
  batchnorm: ['gamma', 'beta', 'runningMean', 'runningVariance'],
  maxpool: [],
  avgpool: [],
  flatten: [],
};

/** Nested list `value` against `shape`: the first path (relative) and message that differ. */
function shapeProblem(value: unknown, shape: readonly number[], path: string, add: Add): boolean {
  if (!Array.isArray(value)) return true;
  if (value.length !== shape[0]) {
    add(path, `must have ${shape[0]} entries, not ${value.length}`);
    return false;
  }
  if (shape.length === 1) return true;
  return value.every((item, k) => shapeProblem(item, shape.slice(1), `${path}[${k}]`, add));
}

function checkWeights(
  layer: Layer,
  given: Given,
  inShape: readonly number[],
  outShape: readonly number[],
  path: string,
  add: Add,
): void {
  const allowed = FIELDS[layer.type];
  for (const [field, value] of Object.entries(given)) {
    if (value === undefined) continue;
    if (!allowed.includes(field)) {
      add(
        `${path}.${field}`,
        allowed.length === 0
          ? `is not used: a ${layer.type} layer has no parameters (give null)`
          : `is not a ${layer.type} block (${allowed.join(', ')})`,
      );
      continue;
    }
    const C = inShape[0];
    const shape =
      layer.type === 'conv2d'
        ? field === 'kernels'
          ? [layer.filters, C, layer.size, layer.size]
          : [layer.filters]
        : layer.type === 'dense'
          ? field === 'weights'
            ? [layer.units, C]
            : [layer.units]
          : [outShape[0]];
    shapeProblem(value, shape, `${path}.${field}`, add);
    if (field === 'runningVariance' && (value as number[]).some((x) => x < 0))
      add(`${path}.${field}`, 'variances must be at least 0');
  }
}

export function checkCnnScenario(s: CnnScenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add: Add = (path, message) => {
    issues.push({ path, message });
  };
  const { layers, weights } = s.network;
  let shape: number[] = [...s.network.input];
  const shapes: { inShape: number[]; outShape: number[] }[] = [];
  let params = 0;
  for (const [l, layer] of layers.entries()) {
    const path = `network.layers[${l}]`;
    const out = layerOutShape(
      layer.type === 'maxpool' || layer.type === 'avgpool'
        ? { ...layer, stride: layer.stride ?? layer.size }
        : layer,
      shape,
    );
    if ('problem' in out) {
      add(path, `${out.problem} (its input is ${shape.join('×')})`);
      return issues;
    }
    if ((layer.type === 'conv2d' || layer.type === 'dense') && layer.activation === 'softmax')
      if (l !== layers.length - 1)
        add(`${path}.activation`, 'softmax is only allowed on the last layer');
    if (layer.type === 'conv2d') params += layer.filters * (shape[0] * layer.size * layer.size + 1);
    if (layer.type === 'dense') params += layer.units * (shape[0] + 1);
    if (layer.type === 'batchnorm') params += 2 * shape[0];
    shapes.push({ inShape: shape, outShape: out.shape });
    shape = out.shape;
  }
  const last = layers[layers.length - 1];
  if (shape.length !== 1)
    add(
      `network.layers[${layers.length - 1}]`,
      `the last layer must give a flat output (end with flatten or dense), not ${shape.join('×')} maps`,
    );
  const outAct = last.type === 'dense' ? last.activation : 'linear';
  if (s.loss === 'cross-entropy' && outAct !== 'sigmoid' && outAct !== 'softmax')
    add(
      'loss',
      `"cross-entropy" needs a sigmoid or softmax last layer, not ${JSON.stringify(outAct)}`,
    );
  if (last.type === 'dense' && last.activation === 'softmax' && last.units < 2)
    add(`network.layers[${layers.length - 1}].units`, 'softmax needs at least 2 units');
  if (params > LIMITS.params)
    add('network.layers', `give ${params} parameters; at most ${LIMITS.params} are allowed`);
  const bn = layers.findIndex((layer) => layer.type === 'batchnorm');
  if (bn >= 0 && s.batch.mode === 'online')
    add(
      'batch.mode',
      `online training cannot use batch norm (network.layers[${bn}]): a batch of one has no variance; use "minibatch" (size ≥ 2) or "full"`,
    );
  if (bn >= 0 && s.batch.mode === 'minibatch' && s.batch.size < 2)
    add(
      'batch.size',
      `must be at least 2 with batch norm (network.layers[${bn}]): a batch of one has no variance`,
    );
  if (weights) {
    if (weights.length !== layers.length)
      add(
        'network.weights',
        `must have one entry per layer: ${layers.length}, not ${weights.length}`,
      );
    weights.slice(0, layers.length).forEach((given, l) => {
      if (given)
        checkWeights(
          layers[l],
          given,
          shapes[l].inShape,
          shapes[l].outShape,
          `network.weights[${l}]`,
          add,
        );
    });
  }
  return issues;
}
