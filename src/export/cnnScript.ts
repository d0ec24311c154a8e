// A convolutional scenario (network.kind "cnn") as a standalone PyTorch script: Conv2d,
// MaxPool2d/AvgPool2d (torch also routes a max's gradient to the first maximum), BatchNorm2d/1d
// (batch statistics with the biased variance while training, as the app), Flatten and Linear,
// holding the exact starting parameters; the rest as for an MLP.
import type { Cnn } from '../engine/conv/cnn';
import type { Dataset, TrainerConfig } from '../engine/types';
import {
  activationCode,
  clipLines,
  lossFunction,
  optimizerLines,
  regularizationLines,
} from './pieces';
import { matrixRows, pyFloat, pyFloats, pyListBlock } from './python';
import { scheduleOf } from './schedule';
import type { DataCode } from './bundledData';
import { plural, scheduleBlock, scriptHeader, trainingLoop } from './scriptParts';

export interface CnnExport {
  readonly title: string;
  readonly seed: number;
  /** The CNN with its starting parameters. */
  readonly cnn: Pick<Cnn, 'spec' | 'layout' | 'params' | 'layers'>;
  readonly config: TrainerConfig;
  readonly dataset: Dataset;
  readonly trainIndices: ArrayLike<number>;
  readonly updates: number;
  /** Read the data from a shipped CSV beside the script instead of writing them inline. */
  readonly dataCode?: DataCode | null;
}

function moduleLine(e: CnnExport, l: number): string | null {
  const layer = e.cnn.layers[l];
  const spec = layer.spec;
  const name = `self.layer${l + 1}`;
  switch (spec.type) {
    case 'conv2d':
      return `${name} = torch.nn.Conv2d(${layer.inShape[0]}, ${spec.filters}, ${spec.size}, stride=${spec.stride}, padding=${spec.padding})`;
    case 'maxpool':
      return `${name} = torch.nn.MaxPool2d(${spec.size}, stride=${spec.stride})`;
    case 'avgpool':
      return `${name} = torch.nn.AvgPool2d(${spec.size}, stride=${spec.stride})`;
    case 'batchnorm':
      return `${name} = torch.nn.BatchNorm${layer.inShape.length === 3 ? '2' : '1'}d(${layer.inShape[0]}, eps=${pyFloat(spec.epsilon)}, momentum=${pyFloat(spec.momentum)})`;
    case 'flatten':
      return null;
    case 'dense':
      return `${name} = torch.nn.Linear(${layer.nIn}, ${spec.units})`;
  }
}

function forwardLines(e: CnnExport): string[] {
  const [C, H, W] = e.cnn.spec.input;
  const lines = [
    `x = x.view(-1, ${C}, ${H}, ${W})  # rows are C·H·W, channel by channel, row by row`,
  ];
  const L = e.cnn.layers.length;
  e.cnn.layers.forEach((layer, l) => {
    const call = `self.layer${l + 1}(x)`;
    if (layer.spec.type === 'flatten') lines.push('x = torch.flatten(x, 1)');
    else if (l === L - 1) lines.push(`x = ${call}`);
    else if (layer.activation) lines.push(`x = ${activationCode(layer.activation.name, call)}`);
    else lines.push(`x = ${call}`);
  });
  if (e.cnn.layers[L - 1].outShape.length === 3) lines.push('x = torch.flatten(x, 1)');
  lines.push('return x');
  return lines;
}

/** The script (Python source) for the first `e.updates` updates of a CNN scenario. */
export function cnnScript(e: CnnExport): string {
  const { config, dataset, cnn } = e;
  const L = cnn.layers.length;
  const last = cnn.layers[L - 1];
  const schedule = scheduleOf(config, e.trainIndices, e.seed, e.updates);
  const where: Record<string, string> = {};
  cnn.layers.forEach((layer, l) => {
    const blocks = cnn.layout.blocks.filter((b) => b.offset === layer.w || b.offset === layer.b);
    blocks.forEach((b) => {
      where[b.name] = `model.layer${l + 1}.${b.offset === layer.w ? 'weight' : 'bias'}`;
    });
  });
  const parts: string[] = [scriptHeader(e.title, e.seed, ['json', ...(e.dataCode?.imports ?? [])])];
  parts.push(
    e.dataCode?.block ??
      pyListBlock(
        'INPUTS',
        matrixRows(dataset.inputs, dataset.n, dataset.nIn),
        `The data set as the app prepared it (${plural(dataset.n, 'sample')} of ${cnn.spec.input.join('×')} = ${dataset.nIn} inputs).`,
      ) +
        pyListBlock(
          'TARGETS',
          matrixRows(dataset.targets, dataset.n, dataset.nOut),
          `One target row per sample (${plural(dataset.nOut, 'output')}).`,
        ) +
        'INPUTS = torch.tensor(INPUTS)\nTARGETS = torch.tensor(TARGETS)\n',
  );
  parts.push(
    scheduleBlock(
      config,
      schedule,
      e.updates,
      e.dataCode ? 'samples (rows of INPUTS)' : 'samples (rows above)',
    ),
  );
  const modules = cnn.layers.map((_, l) => moduleLine(e, l)).filter((m) => m !== null);
  const output = last.activation?.name ?? 'linear';
  parts.push(
    'class Net(torch.nn.Module):\n' +
      `    """The app's CNN, layer by layer (layerN is the app's layer N)."""\n\n` +
      '    def __init__(self):\n        super().__init__()\n' +
      modules.map((m) => `        ${m}\n`).join('') +
      '\n    def forward(self, x):\n' +
      `        """The output ${last.activation ? `layer's pre-activation (sample_losses applies ${output})` : ''}, one row per sample."""\n` +
      forwardLines(e)
        .map((line) => `        ${line}\n`)
        .join(''),
  );
  let init =
    'model = Net()\n# The exact starting parameters (every double written so that it reads back unchanged).\nwith torch.no_grad():\n';
  for (const b of cnn.layout.blocks) {
    const values = cnn.params.subarray(b.offset, b.offset + b.size);
    if (b.shape.length === 2) {
      const rows = matrixRows(values, b.shape[0], b.shape[1]).map((r) => `        ${r},\n`);
      init += `    ${where[b.name]}.copy_(torch.tensor([  # ${b.name}\n${rows.join('')}    ]))\n`;
    } else {
      const view = b.shape.length > 1 ? `.view(${b.shape.join(', ')})` : '';
      init += `    ${where[b.name]}.copy_(torch.tensor(${pyFloats(values)})${view})  # ${b.name}\n`;
    }
  }
  const weights = cnn.layout.blocks.filter((b) => b.role === 'weight').map((b) => where[b.name]);
  const biases = cnn.layout.blocks.filter((b) => b.role !== 'weight').map((b) => where[b.name]);
  parts.push(
    init +
      `WEIGHTS = [${weights.join(', ')}]\n` +
      `BIASES = [${biases.join(', ')}]  # biases, and batch norm's γ and β (never regularized)\n` +
      (config.trainBiases
        ? 'TRAINABLE = WEIGHTS + BIASES\n'
        : '# The scenario keeps biases fixed: their gradients are computed (and clipped) but never applied.\nTRAINABLE = WEIGHTS\n'),
  );
  parts.push(
    lossFunction(config.loss, last.activation ? output : 'linear') +
      '\n\n' +
      optimizerLines(config.optimizer),
  );
  parts.push(
    'def train_step(n, batch):\n' +
      '    """One update on the samples `batch`: the mean loss over the batch, its gradient, the step."""\n' +
      '    model.zero_grad()  # every gradient, frozen biases included (they count in the clip norm)\n' +
      '    loss = sample_losses(model(INPUTS[batch]), TARGETS[batch]).mean()\n' +
      '    loss.backward()\n' +
      regularizationLines(config.regularization, '    ') +
      clipLines(config.optimizer, '    ') +
      '    optimizer.step()\n' +
      '    print(f"update {n} loss {loss.item()!r}")\n',
  );
  parts.push(
    'model.train()  # batch norm uses the batch statistics while training\n' +
      trainingLoop(config.shuffle),
  );
  const finals = cnn.layout.blocks.map((b) => `"${b.name}": ${where[b.name]}.tolist()`);
  parts.push(
    '# The final parameters by block name (K: [filters][channels][rows][cols], W: [units][inputs]).\n' +
      `print(json.dumps({${finals.join(', ')}}))\n`,
  );
  return parts.join('\n\n');
}
