// `trace <file> [--updates N] [--format json|markdown|latex|csv]`: runs N traced updates.
import { traceToJson } from '../engine/traceJson';
import type { StepTrace } from '../engine/types';
import { formatWorkedExample, workedExample } from '../explain';
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

export function runTrace(run: Run, flags: Parsed['flags'], io: CliIO): number {
  const updates = intFlag(flags, 'updates', 1, 10_000) ?? 1;
  const format = traceFormat(flags);
  const traces: StepTrace[] = [];
  for (let k = 0; k < updates; k += 1) {
    const result = run.trainer.step(true);
    if (!result.ok) {
      io.stderr(`training diverged: ${result.divergence.message}\n`);
      return EXIT.diverged;
    }
    if (result.trace) traces.push(result.trace);
  }
  const title = run.scenario.title;
  if (format === 'json') io.stdout(`${JSON.stringify(traceToJson(title, traces), null, 2)}\n`);
  else io.stdout(formatWorkedExample(workedExample(title, traces), format));
  return EXIT.ok;
}
