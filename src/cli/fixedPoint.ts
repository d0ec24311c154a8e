// The CLI's trace, train and gradcheck for fixed-point scenarios: the same flags and outputs as
// for MLPs. A relaxation that does not settle refuses the update: exit 3, with a message that
// names the phase and its last change size (the trainer's record rewritten by settleDivergence).
import { fixedPointGradientCheck } from '../engine/fixedpoint/gradcheck';
import { describeSettleFailure, settleDivergence } from '../engine/fixedpoint/settle';
import { fixedPointTraceToJson } from '../engine/fixedpoint/traceJson';
import type { FixedPointStepTrace } from '../engine/fixedpoint/types';
import type { StepResult } from '../engine/types';
import { fixedPointWorkedExample } from '../explain/fixedPointExample';
import type { FixedPointRun } from '../scenario/fixedPointRun';
import { numberFlag, type Parsed } from './args';
import { GRADCHECK_TOLERANCE } from './gradcheck';
import { EXIT, type CliIO } from './io';
import { printTraces } from './trace';
import { reportMetrics, trainLoop, type TrainLoopTrainer } from './train';

/** One update; a refused one says which relaxation did not settle, when that was the cause. */
function stepOf(run: FixedPointRun, trace: boolean): StepResult<FixedPointStepTrace> {
  const result = run.trainer.step(trace);
  if (result.ok) return result;
  const failure = run.model.lastFailure();
  return failure ? { ok: false, divergence: settleDivergence(result.divergence, failure) } : result;
}

export function runFixedPointTrace(run: FixedPointRun, flags: Parsed['flags'], io: CliIO): number {
  return printTraces<FixedPointStepTrace>(
    {
      step: () => stepOf(run, true),
      title: run.scenario.title,
      toJson: fixedPointTraceToJson,
      toTable: fixedPointWorkedExample,
    },
    flags,
    io,
  );
}

export function runFixedPointTrain(run: FixedPointRun, flags: Parsed['flags'], io: CliIO): number {
  const { model, trainer, split } = run;
  const loop: TrainLoopTrainer = {
    get updates() {
      return trainer.updates;
    },
    get epoch() {
      return trainer.epoch;
    },
    get positionInEpoch() {
      return trainer.positionInEpoch;
    },
    step: (trace) => stepOf(run, trace === true),
  };
  const code = trainLoop(loop, flags, io);
  if (code !== EXIT.ok) return code;
  const train = model.evaluate(trainer.config.loss, split.train);
  const test = split.test.length > 0 ? model.evaluate(trainer.config.loss, split.test) : null;
  reportMetrics(run.scenario.title, trainer, split, train, test, flags, io);
  return EXIT.ok;
}

/** `first` is a second, identical run: its first traced step names the first batch. */
export function runFixedPointGradcheck(
  run: FixedPointRun,
  first: FixedPointRun,
  flags: Parsed['flags'],
  io: CliIO,
): number {
  const epsilon = numberFlag(flags, 'epsilon', 1e-10, 1) ?? undefined;
  const probe = first.trainer.step(true);
  const batch = probe.ok && probe.trace ? probe.trace.batch.slice(0, 16) : [run.split.train[0]];
  const worst = new Map<string, number>(run.net.layout.blocks.map((b) => [b.name, 0]));
  for (const index of batch) {
    const check = fixedPointGradientCheck(
      run.net,
      run.data.dataset,
      index,
      run.trainer.config.loss,
      {
        ...(epsilon === undefined ? {} : { epsilon }),
        regularization: run.trainer.config.regularization,
      },
    );
    if (check.unsettled) {
      // Replay the sample through the model to name the phase and its last change size.
      run.model.accumulate(index, null, { loss: run.trainer.config.loss, dropout: 0, rng: null });
      const failure = run.model.lastFailure();
      io.stderr(
        `gradient check impossible: ${failure ? describeSettleFailure(failure) : `the ${check.unsettled} relaxation of sample ${index} did not settle`}\n`,
      );
      return EXIT.diverged;
    }
    for (const b of check.blocks) worst.set(b.block, Math.max(worst.get(b.block) ?? 0, b.worst));
  }
  io.stdout(
    `gradient check on ${batch.length} sample${batch.length > 1 ? 's' : ''} ` +
      `(finite differences through the whole relaxation), tolerance ${GRADCHECK_TOLERANCE}\n`,
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

const isFixedPointRun = (x: unknown): x is FixedPointRun =>
  typeof x === 'object' && x !== null && 'kind' in x && x.kind === 'fixed-point';

/** trace, train or gradcheck (`rebuild` builds the second run gradcheck needs, or an exit code). */
export async function runFixedPointCommand(
  command: string,
  run: FixedPointRun,
  rebuild: () => Promise<unknown>,
  flags: Parsed['flags'],
  io: CliIO,
): Promise<number> {
  if (command === 'trace') return runFixedPointTrace(run, flags, io);
  if (command === 'train') return runFixedPointTrain(run, flags, io);
  const second = await rebuild();
  if (typeof second === 'number') return second;
  if (!isFixedPointRun(second)) throw new Error('the same scenario built two kinds of run');
  return runFixedPointGradcheck(run, second, flags, io);
}
