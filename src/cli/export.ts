// `export <file> --to pytorch [--updates N] [--data-dir D]`: prints a standalone PyTorch script
// that trains the scenario the same way and prints the same losses (see docs/export.md). With
// --data-dir, a shipped data set (iris, digits, sunspots) is not written inline: its CSV is
// written into D and the script reads it from its own folder. A kind without a generator is
// bad input (exit 2) with the reason, never a wrong script.
import { join } from 'node:path';
import { exportPyTorch, type ExportableRun } from '../export';
import { intFlag, UsageError, type Parsed } from './args';
import { EXIT, type CliIO } from './io';

export const EXPORT_TARGETS = ['pytorch'] as const;

export async function runExport(
  run: ExportableRun,
  flags: Parsed['flags'],
  io: CliIO,
): Promise<number> {
  const to = flags.to;
  if (to === undefined) throw new UsageError('--to is required (--to pytorch)');
  if (to !== 'pytorch')
    throw new UsageError(
      `--to must be one of ${EXPORT_TARGETS.join(', ')}, not ${JSON.stringify(to)}`,
    );
  const updates = intFlag(flags, 'updates', 1, 1_000_000) ?? undefined;
  const dataDir = typeof flags['data-dir'] === 'string' ? flags['data-dir'] : null;
  const result = exportPyTorch(run, updates, { dataBeside: dataDir !== null });
  if (!result.ok) {
    io.stderr(`export: ${result.reason}\n`);
    return EXIT.badInput;
  }
  if (dataDir !== null) {
    if (result.dataFile === null) {
      io.stderr(
        'export: the data are small enough to be inline in the script; --data-dir wrote nothing\n',
      );
    } else {
      const path = join(dataDir, result.dataFile);
      if (!io.writeFile) throw new Error('this command line cannot write files');
      try {
        await io.writeFile(path, await io.readDataFile(result.dataFile));
      } catch (error) {
        io.stderr(
          `--data-dir: could not write ${path} (${error instanceof Error ? error.message : String(error)})\n`,
        );
        return EXIT.badInput;
      }
      io.stderr(
        `export: wrote ${path}; the script reads ${result.dataFile} from its own folder, so save it in ${dataDir} too\n`,
      );
    }
  }
  io.stdout(result.script.endsWith('\n') ? result.script : `${result.script}\n`);
  return EXIT.ok;
}
