// Building a run from a scenario for the session: validation through the one scenario
// validator, data loading, and data errors turned into refusals the page can show.
import { DataError, type ReadText } from '../data/types';
import { loadScenarioRun, type Run } from '../scenario/instantiate';
import type { Scenario } from '../scenario/schema';
import { validateScenario } from '../scenario/validate';
import { CommandError } from './commandError';

export function validated(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new CommandError('the scenario is not valid', [...result.issues]);
  return result.scenario;
}

/** A new run of `scenario`; `params` (flat, engine layout) replaces its initial parameters. */
export async function buildRun(
  scenario: Scenario,
  params: Float64Array | null,
  readText: ReadText,
): Promise<Run> {
  try {
    const run = await loadScenarioRun(scenario, readText);
    if (params) {
      if (params.length !== run.net.params.length)
        throw new CommandError(
          `the saved parameters have ${params.length} values, the network needs ${run.net.params.length}`,
        );
      run.net.params.set(params);
    }
    return run;
  } catch (error) {
    if (error instanceof DataError)
      // the path and what is wrong are in the issue: the message must not say them twice
      throw new CommandError('the data could not be loaded', [
        { path: error.path, message: error.message },
      ]);
    throw error;
  }
}
