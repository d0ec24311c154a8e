// `export <file> --to pytorch [--updates N]`: prints a standalone PyTorch script that trains
// the scenario the same way and prints the same losses (see docs/export.md). A kind without a
// generator is bad input (exit 2) with the reason, never a wrong script.
import { exportPyTorch, type ExportableRun } from '../export';
import { intFlag, UsageError, type Parsed } from './args';
import { EXIT, type CliIO } from './io';

export const EXPORT_TARGETS = ['pytorch'] as const;

export function runExport(run: ExportableRun, flags: Parsed['flags'], io: CliIO): number {
  const to = flags.to;
  if (to === undefined) throw new UsageError('--to is required (--to pytorch)');
  if (to !== 'pytorch')
    throw new UsageError(
      `--to must be one of ${EXPORT_TARGETS.join(', ')}, not ${JSON.stringify(to)}`,
    );
  const updates = intFlag(flags, 'updates', 1, 1_000_000) ?? undefined;
  const result = exportPyTorch(run, updates);
  if (!result.ok) {
    io.stderr(`export: ${result.reason}\n`);
    return EXIT.badInput;
  }
  io.stdout(result.script.endsWith('\n') ? result.script : `${result.script}\n`);
  return EXIT.ok;
}
