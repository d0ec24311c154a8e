// Building a run from a scenario for the session: validation through the app's scenario
// validator (an MLP, an Elman RNN, an LSTM/GRU, a CNN or a fixed-point net), data loading, and data errors turned into refusals the
// page can show. A run is tagged with its family so the session can tell them apart.
import { DataError, type ReadText } from '../data/types';
import { loadCnnRun, type CnnRun } from '../scenario/cnnRun';
import { loadScenarioRun, type Run } from '../scenario/instantiate';
import { loadFixedPointRun, type FixedPointRun } from '../scenario/fixedPointRun';
import { loadGatedRun, type GatedRun } from '../scenario/gatedRun';
import { loadRecurrentRun, type RecurrentRun } from '../scenario/recurrentRun';
import type { Scenario } from '../scenario/schema';
import {
  isCnnScenario,
  isFixedPointScenario,
  isGatedScenario,
  isRecurrentScenario,
  validateAppScenario,
  validateScenario,
  type AppScenario,
} from '../scenario/validate';
import { CommandError } from './commandError';
import { withSettleMessages } from './fixedPointTrainer';

/** An MLP's run, tagged. */
export type MlpAppRun = Run & { readonly kind: 'mlp' };
/** A run of any family the app shows. */
export type AppRun = MlpAppRun | RecurrentRun | GatedRun | CnnRun | FixedPointRun;

/** A run over sequences (RNN, LSTM, GRU): it inspects a shown sequence in every frame. */
export type SequenceRun = RecurrentRun | GatedRun;
export const isSequenceRun = (run: AppRun): run is SequenceRun =>
  run.kind === 'rnn' || run.kind === 'lstm' || run.kind === 'gru';

/** A scenario the app shows (MLP, RNN, LSTM, GRU, CNN, fixed-point); refused with its issues otherwise. */
export function validatedAny(input: unknown): AppScenario {
  const result = validateAppScenario(input);
  if (!result.ok) throw new CommandError('the scenario is not valid', [...result.issues]);
  return result.scenario;
}

/** An MLP scenario (for MLP-only edits); refused with its issues otherwise. */
export function validated(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new CommandError('the scenario is not valid', [...result.issues]);
  return result.scenario;
}

/** The run's flat parameters (the engine's own buffer: copy before sending). */
export const paramsOf = (run: AppRun): Float64Array => run.trainer.model.params;

/** The run when it is an MLP's; otherwise a refusal naming what only MLPs have. */
export function mlpRun(run: AppRun, what: string): MlpAppRun {
  if (run.kind !== 'mlp')
    throw new CommandError(`${what} is available for feed-forward networks only`);
  return run;
}

async function loadAny(scenario: AppScenario, readText: ReadText): Promise<AppRun> {
  if (isRecurrentScenario(scenario)) return loadRecurrentRun(scenario, readText);
  if (isCnnScenario(scenario)) return loadCnnRun(scenario, readText);
  if (isGatedScenario(scenario)) return loadGatedRun(scenario, readText);
  if (isFixedPointScenario(scenario))
    return withSettleMessages(await loadFixedPointRun(scenario, readText));
  const run = await loadScenarioRun(scenario, readText);
  return { ...run, kind: 'mlp' };
}

/** A new run of `scenario`; `params` (flat, engine layout) replaces its initial parameters. */
export async function buildRun(
  scenario: AppScenario,
  params: Float64Array | null,
  readText: ReadText,
): Promise<AppRun> {
  try {
    const run = await loadAny(scenario, readText);
    const own = paramsOf(run);
    if (params) {
      if (params.length !== own.length)
        throw new CommandError(
          `the saved parameters have ${params.length} values, the network needs ${own.length}`,
        );
      own.set(params);
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
