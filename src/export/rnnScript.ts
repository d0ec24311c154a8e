// An Elman RNN scenario (network.kind "rnn", full BPTT) as a standalone PyTorch script: the
// recurrence written step by step over nn.Linear blocks holding the exact starting parameters
// (torch.nn.RNN has two biases where the app has one, and only tanh or relu), the sequences
// inline, the engine's epoch orders, the loss summed or averaged over time as the scenario says.
import type { Rnn } from '../engine/recurrent/rnn';
import type { SequenceDataset } from '../engine/recurrent/types';
import type { TrainerConfig } from '../engine/types';
import {
  activationCode,
  clipLines,
  lossFunction,
  optimizerLines,
  regularizationLines,
} from './pieces';
import { matrixRows, pyFloats, pyListBlock } from './python';
import { scheduleOf } from './schedule';
import { plural, scheduleBlock, scriptHeader, trainingLoop } from './scriptParts';

export interface RnnExport {
  readonly title: string;
  readonly seed: number;
  /** The RNN with its starting parameters (not stepped yet). */
  readonly rnn: Rnn;
  readonly config: TrainerConfig;
  readonly data: SequenceDataset;
  readonly trainIndices: ArrayLike<number>;
  readonly updates: number;
}

/** Why this RNN cannot be exported, or null. */
export function rnnRefusal(rnn: Rnn): string | null {
  if (rnn.problem.sequence.bptt.mode !== 'full')
    return 'truncated BPTT is not exported yet (sequence.bptt.mode "full" is)';
  return null;
}

function sequenceRows(data: SequenceDataset): string[] {
  const rows: string[] = [];
  for (let s = 0; s < data.n; s += 1) {
    const T = data.lengths[s];
    const start = data.starts[s];
    const x = matrixRows(
      data.inputs.subarray(start * data.nIn, (start + T) * data.nIn),
      T,
      data.nIn,
    );
    const t =
      data.readout === 'every-step'
        ? matrixRows(
            data.targets.subarray(start * data.nOut, (start + T) * data.nOut),
            T,
            data.nOut,
          )
        : matrixRows(data.targets.subarray(s * data.nOut, (s + 1) * data.nOut), 1, data.nOut);
    rows.push(`([${x.join(', ')}], [${t.join(', ')}])`);
  }
  return rows;
}

function block(e: RnnExport, name: string): Float64Array {
  const b = e.rnn.layout.blocks.find((k) => k.name === name);
  if (!b) throw new RangeError(`the RNN has no block ${name}`);
  return e.rnn.params.subarray(b.offset, b.offset + b.size);
}

function copyLine(target: string, e: RnnExport, name: string, rows: number, cols: number): string {
  const values = block(e, name);
  if (cols === 0) return `    ${target}.copy_(torch.tensor(${pyFloats(values)}))  # ${name}\n`;
  const lines = matrixRows(values, rows, cols).map((r) => `        ${r},\n`);
  return `    ${target}.copy_(torch.tensor([  # ${name}\n${lines.join('')}    ]))\n`;
}

/** The script (Python source) for the first `e.updates` updates of an RNN scenario. */
export function rnnScript(e: RnnExport): string {
  const { config, data } = e;
  const { spec, sequence } = e.rnn.problem;
  const { inputs: I, hidden: H, outputs: O, readout } = spec;
  const schedule = scheduleOf(config, e.trainIndices, e.seed, e.updates);
  const parts: string[] = [scriptHeader(e.title, e.seed)];
  parts.push(
    pyListBlock(
      'SEQUENCES',
      sequenceRows(data),
      `The ${plural(data.n, 'sequence')} as the app prepared them: per sequence its input rows (one per ` +
        `step) and its target rows (${data.readout === 'every-step' ? 'one per step' : 'one, for the last step'}).`,
    ) + 'SEQUENCES = [(torch.tensor(x), torch.tensor(t)) for x, t in SEQUENCES]\n',
  );
  parts.push(scheduleBlock(config, schedule, e.updates, 'sequences (entries above)'));
  const step = activationCode(spec.activation, 'self.input(x) + self.recurrent(h)');
  parts.push(
    'class Net(torch.nn.Module):\n' +
      `    """An Elman RNN: aₜ = Wxh·xₜ + Whh·hₜ₋₁ + bh, hₜ = ${spec.activation}(aₜ)` +
      (readout ? ', zₜ = Why·hₜ + by.' : ' (no readout: hₜ is the output).') +
      '\n\n    Written out step by step rather than with torch.nn.RNN, which has two biases (b_ih and\n' +
      '    b_hh) where the app has one (bh), and only tanh or relu.\n    """\n\n' +
      '    def __init__(self):\n        super().__init__()\n' +
      `        self.input = torch.nn.Linear(${I}, ${H})  # Wxh and bh\n` +
      `        self.recurrent = torch.nn.Linear(${H}, ${H}, bias=False)  # Whh\n` +
      (readout ? `        self.readout = torch.nn.Linear(${H}, ${O})  # Why and by\n` : '') +
      '\n    def forward(self, xs):\n' +
      `        """${readout ? 'zₜ, the readout before its activation,' : 'hₜ'} at every step (h₀ = 0)."""\n` +
      `        h = torch.zeros(${H})\n        out = []\n        for x in xs:\n` +
      `            h = ${step}\n` +
      `            out.append(${readout ? 'self.readout(h)' : 'h'})\n` +
      '        return torch.stack(out)\n',
  );
  const weights = [
    'model.input.weight',
    'model.recurrent.weight',
    ...(readout ? ['model.readout.weight'] : []),
  ];
  const biases = ['model.input.bias', ...(readout ? ['model.readout.bias'] : [])];
  parts.push(
    'model = Net()\n' +
      '# The exact starting parameters (every double written so that it reads back unchanged).\n' +
      'with torch.no_grad():\n' +
      copyLine('model.input.weight', e, 'Wxh', H, I) +
      copyLine('model.recurrent.weight', e, 'Whh', H, H) +
      copyLine('model.input.bias', e, 'bh', H, 0) +
      (readout
        ? copyLine('model.readout.weight', e, 'Why', O, H) +
          copyLine('model.readout.bias', e, 'by', O, 0)
        : '') +
      `WEIGHTS = [${weights.join(', ')}]\nBIASES = [${biases.join(', ')}]\n` +
      (config.trainBiases
        ? 'TRAINABLE = WEIGHTS + BIASES\n'
        : '# The scenario keeps biases fixed: their gradients are computed (and clipped) but never applied.\nTRAINABLE = WEIGHTS\n'),
  );
  const scored = data.readout === 'every-step' ? 'z' : 'z[-1:]';
  const overTime = sequence.lossOverTime === 'sum' ? 'sum' : 'mean';
  parts.push(
    lossFunction(e.rnn.problem.loss, readout ? spec.outputActivation : 'linear') +
      '\n\n' +
      'def sequence_loss(x, t):\n' +
      `    """The sequence's loss: its scored steps' losses (${data.readout}), ${overTime === 'sum' ? 'summed' : 'averaged'} over time."""\n` +
      `    z = model(x)\n    return sample_losses(${scored}, t).${overTime}()\n\n\n` +
      optimizerLines(config.optimizer),
  );
  parts.push(
    'def train_step(n, batch):\n' +
      '    """One update on the sequences `batch`: the mean loss over them, its gradient (full BPTT), the step."""\n' +
      '    model.zero_grad()  # every gradient, frozen biases included (they count in the clip norm)\n' +
      '    loss = sum(sequence_loss(*SEQUENCES[s]) for s in batch) / len(batch)\n' +
      '    loss.backward()\n' +
      regularizationLines(config.regularization, '    ') +
      clipLines(config.optimizer, '    ') +
      '    optimizer.step()\n' +
      '    print(f"update {n} loss {loss.item()!r}")\n',
  );
  parts.push(trainingLoop(config.shuffle));
  const finals = [
    '"Wxh": model.input.weight.tolist()',
    '"Whh": model.recurrent.weight.tolist()',
    '"bh": model.input.bias.tolist()',
    ...(readout
      ? ['"Why": model.readout.weight.tolist()', '"by": model.readout.bias.tolist()']
      : []),
  ];
  parts.push(
    '# The final parameters, as the scenario names its blocks (matrices [receiving][sending]).\n' +
      `print(json.dumps({${finals.join(', ')}}))\n`,
  );
  return parts.join('\n\n');
}
