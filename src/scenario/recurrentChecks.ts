// Cross-field checks of a recurrent scenario that passed its schema: block shapes against the
// sizes, the readout, truncation, and sequence data against the net and the readout mode.
import type { ScenarioIssue } from './checks';
import { SEQUENCE_LIMITS, type RecurrentScenario } from './recurrentSchema';

export type Add = (path: string, message: string) => void;

/** The parts of a recurrent scenario of any kind the sequence checks read. */
export interface SequenceParts {
  readonly network: { readonly inputs: number; readonly outputs: number };
  readonly sequence: RecurrentScenario['sequence'];
  readonly data: RecurrentScenario['data'];
}

function checkBlocks(s: RecurrentScenario, add: Add): void {
  const { inputs: I, hidden: H, outputs: O, readout, weights } = s.network;
  if (!weights) return;
  const matrix = (name: 'Wxh' | 'Whh' | 'Why', rows: number, cols: number, what: string): void => {
    const W = weights[name];
    if (!W) return;
    if (W.length !== rows) {
      add(`network.weights.${name}`, `must have ${rows} rows (${what}), not ${W.length}`);
      return;
    }
    W.forEach((row, j) => {
      if (row.length !== cols)
        add(`network.weights.${name}[${j}]`, `must have ${cols} entries, not ${row.length}`);
    });
  };
  const vector = (name: 'bh' | 'by', n: number): void => {
    const b = weights[name];
    if (b && b.length !== n)
      add(`network.weights.${name}`, `must have ${n} entries, not ${b.length}`);
  };
  matrix('Wxh', H, I, 'hidden × inputs');
  matrix('Whh', H, H, 'hidden × hidden');
  vector('bh', H);
  if (readout) {
    matrix('Why', O, H, 'outputs × hidden');
    vector('by', O);
  } else {
    for (const name of ['Why', 'by'] as const) {
      if (weights[name]) add(`network.weights.${name}`, 'is not used: the network has no readout');
    }
  }
}

/** A target row or class index for O outputs; null when it fits. */
function badTarget(t: number | readonly number[], O: number): string | null {
  if (typeof t === 'number') {
    if (!Number.isInteger(t) || t < 0) return 'a class index must be a whole number from 0';
    if (O === 1 ? t > 1 : t >= O)
      return O === 1
        ? 'a class index for one output must be 0 or 1'
        : `class index must be below ${O}`;
    return null;
  }
  return t.length === O ? null : `must have ${O} values (the outputs), not ${t.length}`;
}

function checkSequences(s: SequenceParts, add: Add): void {
  const data = s.data;
  if (data.kind !== 'sequences') return;
  const { inputs: I, outputs: O } = s.network;
  const every = s.sequence.readout === 'every-step';
  let total = 0;
  data.inputs.forEach((seq, r) => {
    total += seq.length;
    const bad = seq.findIndex((row) => row.length !== I);
    if (bad >= 0)
      add(
        `data.inputs[${r}][${bad}]`,
        `must have ${I} values (network.inputs), not ${seq[bad].length}`,
      );
  });
  if (total > SEQUENCE_LIMITS.totalSteps)
    add('data.inputs', `holds ${total} steps; at most ${SEQUENCE_LIMITS.totalSteps} are allowed`);
  if (data.targets.length !== data.inputs.length) {
    add(
      'data.targets',
      `must have one target per sequence: ${data.inputs.length}, not ${data.targets.length}`,
    );
  }
  data.targets.slice(0, data.inputs.length).forEach((t, r) => {
    const path = `data.targets[${r}]`;
    const steps = data.inputs[r].length;
    if (every) {
      if (typeof t === 'number') {
        add(
          path,
          `must be a list of ${steps} target rows, one per step (sequence.readout "every-step")`,
        );
        return;
      }
      if (t.length !== steps) {
        add(
          path,
          `must have one target row per step: ${steps}, not ${t.length} (sequence.readout "every-step")`,
        );
        return;
      }
      t.forEach((row, k) => {
        const why = badTarget(row, O);
        if (why) add(`${path}[${k}]`, why);
      });
      return;
    }
    // last-step: one row of numbers, or a class index
    if (typeof t !== 'number' && t.some((entry) => typeof entry !== 'number')) {
      add(
        path,
        'must be one target row or a class index (sequence.readout "last-step"), not a row per step',
      );
      return;
    }
    const why = badTarget(t as number | readonly number[], O);
    if (why) add(path, why);
  });
}

/** The generated and shipped sets: 1 input, 1 output; memory scores only the last step. */
function checkGenerated(s: SequenceParts, add: Add): void {
  const data = s.data;
  if (data.kind === 'sequences') return;
  if (s.network.inputs !== 1)
    add('network.inputs', `must be 1: the ${data.kind} data set has 1 input`);
  if (s.network.outputs !== 1)
    add('network.outputs', `must be 1: the ${data.kind} data set has 1 output`);
  if (data.kind === 'memory' && s.sequence.readout !== 'last-step')
    add('sequence.readout', 'must be "last-step": the memory task scores only its last step');
  const steps =
    data.kind === 'sine-next'
      ? data.samples * data.length
      : data.kind === 'memory'
        ? data.samples * (data.delay + 1)
        : 0;
  if (steps > SEQUENCE_LIMITS.totalSteps)
    add('data.samples', `gives ${steps} steps; at most ${SEQUENCE_LIMITS.totalSteps} are allowed`);
}

export function checkRecurrentScenario(s: RecurrentScenario): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const add: Add = (path, message) => {
    issues.push({ path, message });
  };
  const { hidden: H, outputs: O, readout, activation, outputActivation } = s.network;
  if (!readout && O !== H)
    add('network.outputs', `must equal network.hidden (${H}) without a readout: hₜ is the output`);
  if (readout && outputActivation === 'softmax' && O < 2)
    add('network.outputActivation', 'softmax needs at least 2 outputs');
  if (s.loss === 'cross-entropy') {
    const out = readout ? outputActivation : activation;
    if (out !== 'sigmoid' && out !== 'softmax') {
      add(
        'loss',
        readout
          ? `"cross-entropy" needs a sigmoid or softmax readout, not ${JSON.stringify(out)}`
          : `"cross-entropy" without a readout needs network.activation "sigmoid", not ${JSON.stringify(out)}`,
      );
    }
  }
  checkTruncation(s, add);
  checkBlocks(s, add);
  checkSequenceParts(s, add);
  return issues;
}

/** 1 ≤ k1 ≤ k2 (every recurrent kind). */
export function checkTruncation(s: SequenceParts, add: Add): void {
  const bptt = s.sequence.bptt;
  if (bptt.mode === 'truncated' && bptt.k2 < bptt.k1)
    add('sequence.bptt.k2', `must be at least k1 (${bptt.k1}): 1 ≤ k1 ≤ k2`);
}

/** The sequence data against the net and the readout mode (every recurrent kind). */
export function checkSequenceParts(s: SequenceParts, add: Add): void {
  checkSequences(s, add);
  checkGenerated(s, add);
}
