// Phases of a recurrent update: forward t = 1…T, the scored steps' losses, backward t = T…1,
// then accumulate and update; the status line reads "Backward through time, step 3 of 4".
import { describe, expect, it } from 'vitest';
import { describePhase, phasesOf } from '../../src/explain/phases';
import { loadRecurrentRun } from '../../src/scenario/recurrentRun';
import { isRecurrentScenario } from '../../src/scenario/validate';
import { validateAnyScenario } from '../../src/scenario/validateAny';

async function traceOf(readout: 'every-step' | 'last-step') {
  const result = validateAnyScenario({
    version: 1,
    network: { kind: 'rnn', inputs: 1, hidden: 2, outputs: 1 },
    sequence: { readout },
    data: {
      kind: 'sequences',
      inputs: [[[1], [2], [3], [4]]],
      targets: readout === 'every-step' ? [[[0], [0], [0], [1]]] : [[1]],
    },
  });
  if (!result.ok || !isRecurrentScenario(result.scenario)) throw new Error('invalid');
  const run = await loadRecurrentRun(result.scenario, () => Promise.reject(new Error('no files')));
  const step = run.trainer.step(true);
  if (!step.ok || !step.trace) throw new Error('no trace');
  return step.trace;
}

describe('recurrent phases', () => {
  it('steps forward through time, through each scored loss, and back through time', async () => {
    const trace = await traceOf('last-step');
    const phases = phasesOf(trace);
    expect(phases.map((p) => `${p.kind}${'t' in p ? p.t : ''}`)).toEqual([
      'forward0',
      'forward1',
      'forward2',
      'forward3',
      'loss3',
      'backward3',
      'backward2',
      'backward1',
      'backward0',
      'accumulate',
      'update',
    ]);
    expect(describePhase(phases[6], trace)).toBe('Backward through time, step 3 of 4');
    expect(describePhase(phases[0], trace)).toBe('Forward through time, step 1 of 4');
    expect(describePhase(phases[10], trace)).toBe('Update the parameters (update 1)');
  });

  it('every-step scoring has a loss phase per step', async () => {
    const phases = phasesOf(await traceOf('every-step'));
    expect(phases.filter((p) => p.kind === 'loss')).toHaveLength(4);
  });
});
