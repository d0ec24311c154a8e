// An MLP scenario as a standalone PyTorch script: nn.Linear layers holding the exact initial
// parameters, the data set inline, the engine's epoch orders and dropout masks as data, the
// same loss, regularization, clipping and optimizer. It prints `update <n> loss <value>` per
// update and the final parameters as JSON (the scenario's weights/biases layout).
import type { ActivationName, Dataset, LayerShape, TrainerConfig } from '../engine/types';
import {
  activationCode,
  clipLines,
  lossFunction,
  optimizerLines,
  regularizationLines,
} from './pieces';
import type { DataCode } from './bundledData';
import { matrixRows, pyFloat, pyListBlock, pyString } from './python';
import { dropoutMasks, scheduleOf } from './schedule';
import { plural, scheduleBlock, scriptHeader, trainingLoop } from './scriptParts';

export interface MlpExport {
  readonly title: string;
  readonly seed: number;
  readonly sizes: readonly number[];
  readonly activations: readonly ActivationName[];
  readonly layers: readonly LayerShape[];
  /** The initial parameters, in the engine's flat layout (W1, b1, W2, b2, …). */
  readonly params: Float64Array;
  readonly config: TrainerConfig;
  readonly dataset: Dataset;
  readonly trainIndices: ArrayLike<number>;
  readonly updates: number;
  /** Read the data from a shipped CSV beside the script instead of writing them inline. */
  readonly dataCode?: DataCode | null;
}

function networkClass(e: MlpExport, dropout: boolean): string {
  const L = e.layers.length;
  const defs = e.layers
    .map((s, l) => `        self.fc${l + 1} = torch.nn.Linear(${s.nIn}, ${s.nOut})\n`)
    .join('');
  let body = '';
  for (let l = 0; l < L - 1; l += 1) {
    body += `        x = ${activationCode(e.activations[l], `self.fc${l + 1}(x)`)}\n`;
    if (dropout)
      body += `        x = x * keep[${l}]  # inverted dropout: 0 or 1/(1 − p) per unit\n`;
  }
  body += `        return self.fc${L}(x)\n`;
  return (
    'class Net(torch.nn.Module):\n' +
    `    """Layers ${e.sizes.join('-')}; nn.Linear's weight[j][i] goes from input i to unit j, as in the app."""\n\n` +
    '    def __init__(self):\n' +
    '        super().__init__()\n' +
    defs +
    '\n' +
    `    def forward(self, x${dropout ? ', keep' : ''}):\n` +
    `        """The output layer's pre-activation z (sample_losses applies ${e.activations[L - 1]})."""\n` +
    body
  );
}

function initLines(e: MlpExport): string {
  let out =
    '# The exact starting parameters (every double written so that it reads back unchanged).\n';
  out += 'with torch.no_grad():\n';
  e.layers.forEach((s, l) => {
    const W = e.params.subarray(s.wOffset, s.wOffset + s.nIn * s.nOut);
    const rows = matrixRows(W, s.nOut, s.nIn);
    out += `    model.fc${l + 1}.weight.copy_(torch.tensor([\n${rows.map((r) => `        ${r},\n`).join('')}    ]))\n`;
    const b = Array.from(e.params.subarray(s.bOffset, s.bOffset + s.nOut), pyFloat);
    out += `    model.fc${l + 1}.bias.copy_(torch.tensor([${b.join(', ')}]))\n`;
  });
  return out;
}

/** The script (Python source) for the first `e.updates` updates of an MLP scenario. */
export function mlpScript(e: MlpExport): string {
  const { config, dataset } = e;
  const L = e.layers.length;
  const schedule = scheduleOf(config, e.trainIndices, e.seed, e.updates);
  const dropout = config.dropout > 0 && L > 1;
  const hidden = e.sizes.slice(1, L);
  const parts: string[] = [];
  parts.push(scriptHeader(e.title, e.seed, ['json', ...(e.dataCode?.imports ?? [])]));
  parts.push(
    e.dataCode?.block ??
      pyListBlock(
        'INPUTS',
        matrixRows(dataset.inputs, dataset.n, dataset.nIn),
        `The data set as the app prepared it (${plural(dataset.n, 'sample')}, ${plural(dataset.nIn, 'input')} each).`,
      ) +
        pyListBlock(
          'TARGETS',
          matrixRows(dataset.targets, dataset.n, dataset.nOut),
          `One target row per sample (${plural(dataset.nOut, 'output')}${dataset.task === 'classification' ? ', classes one-hot' : ''}).`,
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
  if (dropout) {
    const masks = dropoutMasks(e.seed, config.dropout, hidden, schedule.batches);
    parts.push(
      pyListBlock(
        'DROPOUT_KEEP',
        masks.map((batch) => `[${batch.map((s) => pyString(s.join(' '))).join(', ')}]`),
        `Dropout (p = ${config.dropout}) masks from the app's seeded stream: per update, per sample, ` +
          "one '0'/'1' string per hidden layer (1 = kept).",
      ) + `DROPOUT = ${pyFloat(config.dropout)}\n`,
    );
  }
  parts.push(networkClass(e, dropout));
  parts.push(
    'model = Net()\n' +
      initLines(e) +
      `WEIGHTS = [${e.layers.map((_, l) => `model.fc${l + 1}.weight`).join(', ')}]\n` +
      `BIASES = [${e.layers.map((_, l) => `model.fc${l + 1}.bias`).join(', ')}]\n` +
      (config.trainBiases
        ? 'TRAINABLE = WEIGHTS + BIASES\n'
        : '# The scenario keeps biases fixed: their gradients are computed (and clipped) but never applied.\nTRAINABLE = WEIGHTS\n'),
  );
  parts.push(
    lossFunction(config.loss, e.activations[L - 1]) + '\n\n' + optimizerLines(config.optimizer),
  );
  const keepLines = dropout
    ? '    bits = [s.split() for s in DROPOUT_KEEP[n - 1]]\n' +
      `    keep = [torch.tensor([[float(c) for c in b[l]] for b in bits]) * (1 / (1 - DROPOUT)) for l in range(${hidden.length})]\n`
    : '';
  parts.push(
    'def train_step(n, batch):\n' +
      '    """One update on the samples `batch`: the mean loss over the batch, its gradient, the step."""\n' +
      keepLines +
      '    model.zero_grad()  # every gradient, frozen biases included (they count in the clip norm)\n' +
      `    loss = sample_losses(model(INPUTS[batch]${dropout ? ', keep' : ''}), TARGETS[batch]).mean()\n` +
      '    loss.backward()\n' +
      regularizationLines(config.regularization, '    ') +
      clipLines(config.optimizer, '    ') +
      '    optimizer.step()\n' +
      '    print(f"update {n} loss {loss.item()!r}")\n',
  );
  parts.push(trainingLoop(config.shuffle));
  parts.push(
    '# The final parameters in the app’s layout: weights[l][j][i] from unit i of layer l to unit j.\n' +
      'print(json.dumps({"weights": [w.tolist() for w in WEIGHTS], "biases": [b.tolist() for b in BIASES]}))\n',
  );
  return parts.join('\n\n');
}
