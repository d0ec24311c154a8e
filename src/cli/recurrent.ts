// The CLI's trace, train and gradcheck for recurrent scenarios (RNN here; LSTM and GRU in
// gated.ts through the same train and gradcheck): the same flags and outputs as for MLPs,
// with traces per time step and gradient checks per parameter block.
import type { ParamLayout } from '../engine/layout';
import type { RecurrentGradientCheck } from '../engine/recurrent/recurrentGradcheck';
import { rnnGradientCheck } from '../engine/recurrent/rnnGradcheck';
import { rnnTraceToJson } from '../engine/recurrent/rnnTraceJson';
import type { SequenceConfig, SequenceDataset, RnnStepTrace } from '../engine/recurrent/types';
import type { Metrics, LossName, RegularizationConfig } from '../engine/types';
import { recurrentWorkedExample } from '../explain/recurrentExample';
import type { RecurrentRun } from '../scenario/recurrentRun';
import { numberFlag, type Parsed } from './args';
import { GRADCHECK_TOLERANCE } from './gradcheck';
import { EXIT, type CliIO } from './io';
import { printTraces } from './trace';
import { trainLoop, reportMetrics, type TrainLoopTrainer } from './train';

/** What train and gradcheck read of a recurrent run of any kind. */
export interface SequenceRun {
  readonly scenario: { readonly title: string; readonly sequence: SequenceConfig };
  readonly data: { readonly sequences: SequenceDataset };
  readonly split: { readonly train: Uint32Array; readonly test: Uint32Array };
  readonly model: {
    readonly layout: ParamLayout;
    evaluate(loss: LossName, indices: ArrayLike<number>): Metrics;
  };
  readonly trainer: TrainLoopTrainer & {
    readonly config: { readonly loss: LossName; readonly regularization: RegularizationConfig };
    step(trace: true): {
      readonly ok: boolean;
      readonly trace?: { readonly batch: readonly number[] } | null;
    };
  };
}

/** One sequence's gradient check with the run's options. */
export type SequenceCheck = (
  index: number,
  options: { readonly epsilon?: number; readonly regularization: RegularizationConfig },
) => RecurrentGradientCheck;

export function runRecurrentTrace(run: RecurrentRun, flags: Parsed['flags'], io: CliIO): number {
  return printTraces<RnnStepTrace>(
    {
      step: () => run.trainer.step(true),
      title: run.scenario.title,
      toJson: rnnTraceToJson,
      toTable: recurrentWorkedExample,
    },
    flags,
    io,
  );
}

export function runRecurrentTrain(run: SequenceRun, flags: Parsed['flags'], io: CliIO): number {
  const code = trainLoop(run.trainer, flags, io);
  if (code !== EXIT.ok) return code;
  const { model, trainer, split } = run;
  const train = model.evaluate(trainer.config.loss, split.train);
  const test = split.test.length > 0 ? model.evaluate(trainer.config.loss, split.test) : null;
  reportMetrics(run.scenario.title, trainer, split, train, test, flags, io);
  return EXIT.ok;
}

/** `first` is a second, identical run: its first traced step names the first batch. */
export function runRecurrentGradcheck(
  run: RecurrentRun,
  first: RecurrentRun,
  flags: Parsed['flags'],
  io: CliIO,
): number {
  const check: SequenceCheck = (index, options) =>
    rnnGradientCheck(run.rnn, run.data.sequences, index, options);
  return runSequenceGradcheck(run, first, check, flags, io);
}

/** The gradient check of any recurrent run, per parameter block, over the first batch. */
export function runSequenceGradcheck(
  run: SequenceRun,
  first: SequenceRun,
  check: SequenceCheck,
  flags: Parsed['flags'],
  io: CliIO,
): number {
  const epsilon = numberFlag(flags, 'epsilon', 1e-10, 1) ?? undefined;
  const probe = first.trainer.step(true);
  const batch = probe.ok && probe.trace ? probe.trace.batch.slice(0, 16) : [run.split.train[0]];
  const worst = new Map<string, number>(run.model.layout.blocks.map((b) => [b.name, 0]));
  for (const index of batch) {
    const result = check(index, {
      ...(epsilon === undefined ? {} : { epsilon }),
      regularization: run.trainer.config.regularization,
    });
    for (const b of result.blocks) worst.set(b.block, Math.max(worst.get(b.block) ?? 0, b.worst));
  }
  const truncated = run.scenario.sequence.bptt.mode === 'truncated';
  io.stdout(
    `gradient check on ${batch.length} sequence${batch.length > 1 ? 's' : ''}` +
      `${truncated ? ' (against the frozen-state surrogate of truncated BPTT)' : ''}, tolerance ${GRADCHECK_TOLERANCE}\n`,
  );
  let ok = true;
  for (const [name, w] of worst) {
    const pass = w <= GRADCHECK_TOLERANCE;
    ok &&= pass;
    io.stdout(`${name}: ${w.toExponential(2)}  ${pass ? 'ok' : 'FAIL'}\n`);
  }
  io.stdout(ok ? 'ok\n' : 'FAIL\n');
  return ok ? EXIT.ok : EXIT.internal;
}
