// Cross-field checks of an LSTM or GRU scenario that passed its schema: every named block's
// shape against the sizes, the readout and the loss; then the sequence checks every recurrent
// kind shares (truncation, data against the net and the readout mode).
import type { ScenarioIssue } from './checks';
import type { GatedScenario } from './gatedSchema';
import { checkSequenceParts, checkTruncation, type Add } from './recurrentChecks';

/** [rows, columns, what] of each block: Wx· H×I, Wh· H×H, biases H, Why O×H, by O. */
function expectedShape(
  name: string,
  I: number,
  H: number,
  O: number,
): { rows: number; cols: number | null; what: string } {
  if (name === 'Why') return { rows: O, cols: H, what: 'outputs × hidden' };
  if (name === 'by') return { rows: O, cols: null, what: 'outputs' };
  if (name.startsWith('Wx')) return { rows: H, cols: I, what: 'hidden × inputs' };
  if (name.startsWith('Wh')) return { rows: H, cols: H, what: 'hidden × hidden' };
  return { rows: H, cols: null, what: 'hidden' };
}

function checkBlocks(s: GatedScenario, add: Add): void {
  const { inputs: I, hidden: H, outputs: O, readout, weights } = s.network;
  if (!weights) return;
  for (const [name, given] of Object.entries(weights)) {
    if (!given) continue;
    const path = `network.weights.${name}`;
    if (!readout && (name === 'Why' || name === 'by')) {
      add(path, 'is not used: the network has no readout');
      continue;
    }
    const { rows, cols, what } = expectedShape(name, I, H, O);
    if (given.length !== rows) {
      add(
        path,
        cols === null
          ? `must have ${rows} entries (${what}), not ${given.length}`
          : `must have ${rows} rows (${what}), not ${given.length}`,
      );
      continue;
    }
    if (cols === null) continue;
    (given as readonly (number | readonly number[])[]).forEach((row, j) => {
      const n = typeof row === 'number' ? 1 : row.length;
      if (n !== cols) add(`${path}[${j}]`, `must have ${cols} entries, not ${n}`);
    });
  }
}

export function checkGatedScenario(s: GatedScenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add: Add = (path, message) => {
    issues.push({ path, message });
  };
  const { hidden: H, outputs: O, readout, outputActivation } = s.network;
  if (!readout && O !== H)
    add('network.outputs', `must equal network.hidden (${H}) without a readout: hₜ is the output`);
  if (readout && outputActivation === 'softmax' && O < 2)
    add('network.outputActivation', 'softmax needs at least 2 outputs');
  if (s.loss === 'cross-entropy') {
    if (!readout)
      add('loss', '"cross-entropy" needs a readout: hₜ of an LSTM or GRU lies in (−1, 1)');
    else if (outputActivation !== 'sigmoid' && outputActivation !== 'softmax')
      add(
        'loss',
        `"cross-entropy" needs a sigmoid or softmax readout, not ${JSON.stringify(outputActivation)}`,
      );
  }
  checkTruncation(s, add);
  checkBlocks(s, add);
  checkSequenceParts(s, add);
  return issues;
}
