// `trace <file> [--updates N] [--format json|markdown|latex|csv]`: runs N traced updates.
import { traceToJson } from '../engine/traceJson';
import type { StepResult, StepTrace } from '../engine/types';
import { formatWorkedExample, workedExample, type WorkedExample } from '../explain';
import type { Run } from '../scenario/instantiate';
import { intFlag, UsageError, type Parsed } from './args';
import { EXIT, type CliIO } from './io';

const FORMATS = ['json', 'markdown', 'latex', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export function traceFormat(flags: Parsed['flags']): Format {
  const format = flags.format ?? 'json';
  if (!FORMATS.includes(format as Format)) {
    throw new UsageError(
      `--format must be one of ${FORMATS.join(', ')}, not ${JSON.stringify(format)}`,
    );
  }
  return format as Format;
}

/** What a family's trace command needs: traced steps, and its JSON and worked-example forms. */
export interface TraceOutputs<T> {
  readonly step: () => StepResult<T>;
  readonly title: string;
  readonly toJson: (title: string, traces: readonly T[]) => unknown;
  readonly toTable: (title: string, traces: readonly T[]) => WorkedExample;
}

/** Runs `--updates` traced updates and prints them in `--format`; exit 3 when one diverges. */
export function printTraces<T>(out: TraceOutputs<T>, flags: Parsed['flags'], io: CliIO): number {
  const updates = intFlag(flags, 'updates', 1, 10_000) ?? 1;
  const format = traceFormat(flags);
  const traces: T[] = [];
  for (let k = 0; k < updates; k += 1) {
    const result = out.step();
    if (!result.ok) {
      io.stderr(`training diverged: ${result.divergence.message}\n`);
      return EXIT.diverged;
    }
    if (result.trace) traces.push(result.trace);
  }
  if (format === 'json') io.stdout(`${JSON.stringify(out.toJson(out.title, traces), null, 2)}\n`);
  else io.stdout(formatWorkedExample(out.toTable(out.title, traces), format));
  return EXIT.ok;
}

export function runTrace(run: Run, flags: Parsed['flags'], io: CliIO): number {
  return printTraces<StepTrace>(
    {
      step: () => run.trainer.step(true),
      title: run.scenario.title,
      toJson: traceToJson,
      toTable: workedExample,
    },
    flags,
    io,
  );
}
