// The CLI's trace, train and gradcheck for LSTM and GRU scenarios: the RNN's commands (train
// and gradcheck are shared through SequenceRun), with the gated trace JSON and tables.
import { gatedGradientCheck } from '../engine/recurrent/gatedGradcheck';
import { gatedTraceToJson } from '../engine/recurrent/gatedTraceJson';
import type { GatedStepTrace } from '../engine/recurrent/gatedTypes';
import { gatedWorkedExample } from '../explain/gatedExample';
import type { GatedRun } from '../scenario/gatedRun';
import type { Parsed } from './args';
import type { CliIO } from './io';
import { runRecurrentTrain, runSequenceGradcheck } from './recurrent';
import { printTraces } from './trace';

export function runGatedTrace(run: GatedRun, flags: Parsed['flags'], io: CliIO): number {
  return printTraces<GatedStepTrace>(
    {
      step: () => run.trainer.step(true),
      title: run.scenario.title,
      toJson: gatedTraceToJson,
      toTable: gatedWorkedExample,
    },
    flags,
    io,
  );
}

export const runGatedTrain = runRecurrentTrain;

/** `first` is a second, identical run: its first traced step names the first batch. */
export function runGatedGradcheck(
  run: GatedRun,
  first: GatedRun,
  flags: Parsed['flags'],
  io: CliIO,
): number {
  return runSequenceGradcheck(
    run,
    first,
    (index, options) => gatedGradientCheck(run.net, run.data.sequences, index, options),
    flags,
    io,
  );
}
