// A recurrent scenario (rnn, lstm, gru; full or truncated BPTT, truncatedScript.ts) as a
// standalone PyTorch script: the cell written out step by step over nn.Linear blocks holding
// the exact starting parameters (torch's RNN/LSTM/GRU modules keep two biases per gate where
// the app has one), the sequences inline, the engine's epoch orders, the loss summed or
// averaged over time as the scenario says.
import type { ParamLayout } from '../engine/layout';
import type { RnnSpec, SequenceConfig, SequenceDataset } from '../engine/recurrent/types';
import type { LossName, TrainerConfig } from '../engine/types';
import { clipLines, lossFunction, optimizerLines, regularizationLines } from './pieces';
import { matrixRows, pyFloats, pyListBlock } from './python';
import type { DataCode } from './bundledData';
import { scheduleOf } from './schedule';
import { plural, scheduleBlock, scriptHeader, trainingLoop } from './scriptParts';
import { truncatedLoss, truncatedMethods } from './truncatedScript';

/** The cell's Python: modules, state, one step, and which module holds which block. */
export interface CellCode {
  /** The class docstring's lines. */
  readonly doc: readonly string[];
  /** `self.… = torch.nn.Linear(…)  # blocks` lines of __init__ (the readout is added). */
  readonly modules: readonly string[];
  /** The state before step 1 (`h = torch.zeros(H)`, …). */
  readonly state: readonly string[];
  /** The state's variables, in order (`h`, or `h` and `c`). */
  readonly stateNames: readonly string[];
  /** One step's lines: from x and the state, the new state (h at least). */
  readonly step: readonly string[];
  /** Block name → the parameter holding it (`model.….weight`), for every cell block. */
  readonly blocks: Readonly<Record<string, string>>;
}

export interface RecurrentExport {
  readonly title: string;
  readonly seed: number;
  readonly spec: RnnSpec;
  readonly sequence: SequenceConfig;
  readonly loss: LossName;
  readonly layout: ParamLayout;
  /** The starting parameters, in the layout's flat order. */
  readonly params: Float64Array;
  readonly config: TrainerConfig;
  readonly data: SequenceDataset;
  readonly trainIndices: ArrayLike<number>;
  readonly updates: number;
  /** Read the data from a shipped CSV beside the script instead of writing them inline. */
  readonly dataCode?: DataCode | null;
}

function sequenceRows(data: SequenceDataset): string[] {
  const rows: string[] = [];
  for (let s = 0; s < data.n; s += 1) {
    const T = data.lengths[s];
    const at = data.starts[s];
    const { nIn, nOut } = data;
    const x = matrixRows(data.inputs.subarray(at * nIn, (at + T) * nIn), T, nIn);
    const t =
      data.readout === 'every-step'
        ? matrixRows(data.targets.subarray(at * nOut, (at + T) * nOut), T, nOut)
        : matrixRows(data.targets.subarray(s * nOut, (s + 1) * nOut), 1, nOut);
    rows.push(`([${x.join(', ')}], [${t.join(', ')}])`);
  }
  return rows;
}

function initLines(e: RecurrentExport, where: Readonly<Record<string, string>>): string {
  let out =
    '# The exact starting parameters (every double written so that it reads back unchanged).\n';
  out += 'with torch.no_grad():\n';
  for (const b of e.layout.blocks) {
    const values = e.params.subarray(b.offset, b.offset + b.size);
    if (b.shape.length === 1) {
      out += `    ${where[b.name]}.copy_(torch.tensor(${pyFloats(values)}))  # ${b.name}\n`;
    } else {
      const rows = matrixRows(values, b.shape[0], b.shape[1]).map((r) => `        ${r},\n`);
      out += `    ${where[b.name]}.copy_(torch.tensor([  # ${b.name}\n${rows.join('')}    ]))\n`;
    }
  }
  return out;
}

/** The script (Python source) for the first `e.updates` updates of a recurrent scenario. */
export function recurrentScript(e: RecurrentExport, cell: CellCode): string {
  const { config, data, spec } = e;
  const { hidden: H, outputs: O, readout } = spec;
  const schedule = scheduleOf(config, e.trainIndices, e.seed, e.updates);
  const where: Record<string, string> = { ...cell.blocks };
  if (readout) {
    where.Why = 'model.readout.weight';
    where.by = 'model.readout.bias';
  }
  const parts: string[] = [scriptHeader(e.title, e.seed, ['json', ...(e.dataCode?.imports ?? [])])];
  parts.push(
    e.dataCode?.block ??
      pyListBlock(
        'SEQUENCES',
        sequenceRows(data),
        `The ${plural(data.n, 'sequence')} as the app prepared them: per sequence its input rows (one per ` +
          `step) and its target rows (${data.readout === 'every-step' ? 'one per step' : 'one, for the last step'}).`,
      ) + 'SEQUENCES = [(torch.tensor(x), torch.tensor(t)) for x, t in SEQUENCES]\n',
  );
  parts.push(
    scheduleBlock(
      config,
      schedule,
      e.updates,
      e.dataCode ? 'sequences (entries of SEQUENCES)' : 'sequences (entries above)',
    ),
  );
  const indent = (lines: readonly string[], by: string): string =>
    lines.map((l) => `${by}${l}\n`).join('');
  const bptt = e.sequence.bptt;
  const fullForward = [
    'def forward(self, xs):',
    `    """${readout ? 'zₜ, the readout before its activation,' : 'hₜ'} at every step."""`,
    ...cell.state.map((l) => `    ${l}`),
    '    out = []',
    '    for x in xs:',
    ...cell.step.map((l) => `        ${l}`),
    `        out.append(${readout ? 'self.readout(h)' : 'h'})`,
    '    return torch.stack(out)',
  ];
  parts.push(
    (
      'class Net(torch.nn.Module):\n' +
      `    """${cell.doc.join('\n    ')}\n    """\n\n` +
      '    def __init__(self):\n        super().__init__()\n' +
      indent(cell.modules, '        ') +
      (readout ? `        self.readout = torch.nn.Linear(${H}, ${O})  # Why and by\n` : '') +
      '\n' +
      indent(bptt.mode === 'full' ? fullForward : truncatedMethods(cell, readout), '    ')
    ).replace(/^ +$/gm, ''), // blank lines carry no indentation
  );
  const weights = e.layout.blocks.filter((b) => b.role === 'weight').map((b) => where[b.name]);
  const biases = e.layout.blocks.filter((b) => b.role !== 'weight').map((b) => where[b.name]);
  parts.push(
    'model = Net()\n' +
      initLines(e, where) +
      `WEIGHTS = [${weights.join(', ')}]\nBIASES = [${biases.join(', ')}]\n` +
      (config.trainBiases
        ? 'TRAINABLE = WEIGHTS + BIASES\n'
        : '# The scenario keeps biases fixed: their gradients are computed (and clipped) but never applied.\nTRAINABLE = WEIGHTS\n'),
  );
  const scored = data.readout === 'every-step' ? 'z' : 'z[-1:]';
  const overTime = e.sequence.lossOverTime;
  parts.push(
    lossFunction(e.loss, readout ? spec.outputActivation : 'linear') +
      '\n\n' +
      (bptt.mode === 'full'
        ? 'def sequence_loss(x, t):\n' +
          `    """The sequence's loss: its scored steps' losses (${data.readout}), ${overTime === 'sum' ? 'summed' : 'averaged'} over time."""\n` +
          `    z = model(x)\n    return sample_losses(${scored}, t).${overTime}()\n`
        : truncatedLoss(bptt, data, overTime)) +
      '\n\n' +
      optimizerLines(config.optimizer),
  );
  const how = bptt.mode === 'full' ? 'full BPTT' : `truncated BPTT(${bptt.k1}, ${bptt.k2})`;
  parts.push(
    'def train_step(n, batch):\n' +
      `    """One update on the sequences \`batch\`: the mean loss over them, its gradient\n    (${how}), the step."""\n` +
      '    model.zero_grad()  # every gradient, frozen biases included (they count in the clip norm)\n' +
      '    loss = sum(sequence_loss(*SEQUENCES[s]) for s in batch) / len(batch)\n' +
      '    loss.backward()\n' +
      regularizationLines(config.regularization, '    ') +
      clipLines(config.optimizer, '    ') +
      '    optimizer.step()\n' +
      '    print(f"update {n} loss {loss.item()!r}")\n',
  );
  parts.push(trainingLoop(config.shuffle));
  const finals = e.layout.blocks.map((b) => `"${b.name}": ${where[b.name]}.tolist()`);
  parts.push(
    '# The final parameters, as the scenario names its blocks (matrices [receiving][sending]).\n' +
      `print(json.dumps({${finals.join(', ')}}))\n`,
  );
  return parts.join('\n\n');
}
