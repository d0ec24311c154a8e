// The CLI's trace, train and gradcheck for recurrent scenarios: the same flags and outputs as
// for MLPs, with traces per time step and gradient checks per parameter block.
import { rnnGradientCheck } from '../engine/recurrent/rnnGradcheck';
import { rnnTraceToJson } from '../engine/recurrent/rnnTraceJson';
import type { RnnStepTrace } from '../engine/recurrent/types';
import { recurrentWorkedExample } from '../explain/recurrentExample';
import type { RecurrentRun } from '../scenario/recurrentRun';
import { numberFlag, type Parsed } from './args';
import { GRADCHECK_TOLERANCE } from './gradcheck';
import { EXIT, type CliIO } from './io';
import { printTraces } from './trace';
import { trainLoop, reportMetrics } from './train';

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

export function runRecurrentTrain(run: RecurrentRun, flags: Parsed['flags'], io: CliIO): number {
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
  const epsilon = numberFlag(flags, 'epsilon', 1e-10, 1) ?? undefined;
  const probe = first.trainer.step(true);
  const batch = probe.ok && probe.trace ? probe.trace.batch.slice(0, 16) : [run.split.train[0]];
  const worst = new Map<string, number>(run.rnn.layout.blocks.map((b) => [b.name, 0]));
  for (const index of batch) {
    const check = rnnGradientCheck(run.rnn, run.data.sequences, index, {
      ...(epsilon === undefined ? {} : { epsilon }),
      regularization: run.trainer.config.regularization,
    });
    for (const b of check.blocks) worst.set(b.block, Math.max(worst.get(b.block) ?? 0, b.worst));
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
