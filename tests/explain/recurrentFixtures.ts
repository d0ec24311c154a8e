// Real recurrent traces for the explain and view tests: contracts.md's example (or a variant of
// it) validated, loaded and trained one traced update by the engine. Test-only.
import type { RecurrentViewModel } from '../../src/components/Recurrent/viewModel';
import type { RnnStepTrace } from '../../src/engine/recurrent/types';
import { loadRecurrentRun } from '../../src/scenario/recurrentRun';
import { isRecurrentScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';
import { contractRnnExample } from '../helpers/scenarios';

type Patch = Record<string, unknown>;

/** The traced updates of a scenario: contractRnnExample with top-level fields replaced. */
export async function rnnTraces(patch: Patch = {}, updates = 1): Promise<RnnStepTrace[]> {
  const result = validateAnyScenario({ ...contractRnnExample, ...patch });
  if (!result.ok || !isRecurrentScenario(result.scenario))
    throw new Error(`invalid scenario: ${JSON.stringify(result)}`);
  const run = await loadRecurrentRun(result.scenario, () => Promise.reject(new Error('no files')));
  return Array.from({ length: updates }, () => {
    const step = run.trainer.step(true);
    if (!step.ok || !step.trace) throw new Error('no trace');
    return step.trace;
  });
}

export async function rnnTrace(patch: Patch = {}): Promise<RnnStepTrace> {
  return (await rnnTraces(patch))[0];
}

/** The view model of a traced update, showing sample `sampleIndex`, cursor between phases. */
export function viewModelOf(
  trace: RnnStepTrace,
  extra: Partial<RecurrentViewModel> = {},
): RecurrentViewModel {
  const sampleIndex = extra.sampleIndex ?? 0;
  return {
    spec: trace.spec,
    sequence: trace.sequence,
    layout: trace.layout,
    params: trace.before,
    trace,
    sample: trace.samples[sampleIndex],
    sampleIndex,
    phase: null,
    blockNorms: [],
    fixedBiases: !trace.trainBiases,
    ...extra,
  };
}

/** A second net: 2 inputs, 3 tanh units, 2 outputs, three sequences of lengths 3, 5, 2. */
export const threeSequences: Patch = {
  network: {
    kind: 'rnn',
    inputs: 2,
    hidden: 3,
    outputs: 2,
    activation: 'tanh',
  },
  data: {
    kind: 'sequences',
    inputs: [
      [
        [1, 0],
        [0.5, -1],
        [0.2, 0.3],
      ],
      [
        [0.1, 0.2],
        [-0.4, 0.9],
        [1, 1],
        [0.3, -0.2],
        [-1, 0.5],
      ],
      [
        [0.7, -0.7],
        [0.2, 0.1],
      ],
    ],
    targets: [
      [
        [0.3, 0],
        [-0.1, 0.2],
        [0.2, 0.5],
      ],
      [
        [0.1, 0.1],
        [0.2, -0.3],
        [0.4, 0],
        [0, 0.1],
        [-0.2, 0.6],
      ],
      [
        [0.5, -0.5],
        [0.1, 0.9],
      ],
    ],
  },
  batch: { mode: 'full' },
  split: { test: 0 },
  seed: 3,
};
