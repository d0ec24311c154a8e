// The CLI's trace, train and gradcheck for convolutional scenarios: the same flags and outputs
// as for MLPs, with traces per layer (--sample N and --cell c,i,j pick the sample and the
// output cell the tables open up) and gradient checks per block and for ∂L/∂input.
import { cnnGradientCheck } from '../engine/conv/cnnGradcheck';
import { cnnTraceToJson } from '../engine/conv/cnnTraceJson';
import type { CnnStepTrace } from '../engine/conv/types';
import type { CnnRun } from '../scenario/cnnRun';
import { intFlag, numberFlag, UsageError, type Parsed } from './args';
import { cnnWorkedExample, type CnnTableOptions } from './cnnTables';
import { GRADCHECK_TOLERANCE } from './gradcheck';
import { EXIT, type CliIO } from './io';
import { printTraces } from './trace';
import { reportMetrics, trainLoop } from './train';

/** `--cell c,i,j` (1-based channel, row, column) → 0-based, or null when not given. */
function cellFlag(flags: Parsed['flags']): CnnTableOptions['cell'] {
  const text = flags.cell;
  if (text === undefined || typeof text !== 'string') return null;
  const parts = text.split(',').map((p) => Number(p.trim()));
  if (parts.length !== 3 || parts.some((p) => !Number.isInteger(p) || p < 1))
    throw new UsageError(
      `--cell must be three whole numbers from 1, "channel,row,column", not ${JSON.stringify(text)}`,
    );
  return [parts[0] - 1, parts[1] - 1, parts[2] - 1];
}

export function runCnnTrace(run: CnnRun, flags: Parsed['flags'], io: CliIO): number {
  const options: CnnTableOptions = {
    sample: (intFlag(flags, 'sample', 1, 100_000) ?? 1) - 1,
    cell: cellFlag(flags),
  };
  return printTraces<CnnStepTrace>(
    {
      step: () => run.trainer.step(true),
      title: run.scenario.title,
      toJson: cnnTraceToJson,
      toTable: (title, traces) => cnnWorkedExample(title, traces, run.cnn.layers, options),
    },
    flags,
    io,
  );
}

export function runCnnTrain(run: CnnRun, flags: Parsed['flags'], io: CliIO): number {
  const code = trainLoop(run.trainer, flags, io);
  if (code !== EXIT.ok) return code;
  const { model, trainer, split } = run;
  const train = model.evaluate(trainer.config.loss, split.train);
  const test = split.test.length > 0 ? model.evaluate(trainer.config.loss, split.test) : null;
  reportMetrics(run.scenario.title, trainer, split, train, test, flags, io);
  return EXIT.ok;
}

/** `first` is a second, identical run: its first traced step names the first batch. */
export function runCnnGradcheck(
  run: CnnRun,
  first: CnnRun,
  flags: Parsed['flags'],
  io: CliIO,
): number {
  const epsilon = numberFlag(flags, 'epsilon', 1e-10, 1) ?? undefined;
  const probe = first.trainer.step(true);
  const all = probe.ok && probe.trace ? probe.trace.batch : [run.split.train[0]];
  // batch norm needs at least two samples to normalize over
  const batch = all.slice(0, 8);
  const check = cnnGradientCheck(run.cnn, run.data.dataset, batch, {
    loss: run.trainer.config.loss,
    ...(epsilon === undefined ? {} : { epsilon }),
    regularization: run.trainer.config.regularization,
  });
  io.stdout(
    `gradient check of the mean loss over ${batch.length} sample${batch.length > 1 ? 's' : ''} of the first batch` +
      ` (batch norm with their batch statistics), tolerance ${GRADCHECK_TOLERANCE}\n`,
  );
  let ok = true;
  const line = (name: string, w: number): void => {
    const pass = w <= GRADCHECK_TOLERANCE;
    ok &&= pass;
    io.stdout(`${name}: ${w.toExponential(2)}  ${pass ? 'ok' : 'FAIL'}\n`);
  };
  for (const b of check.blocks) line(b.block, b.worst);
  line('input', check.input);
  io.stdout(ok ? 'ok\n' : 'FAIL\n');
  return ok ? EXIT.ok : EXIT.internal;
}
