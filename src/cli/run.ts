// The command line: dispatch, help, and the mapping of every failure to its exit code.
// Bad input prints one line per problem naming the path, never a stack trace.
import { DataError, type DataFileName } from '../data/types';
import { ALL_PRESETS } from '../scenario/allPresets';
import { loadFixedPointRun, type FixedPointRun } from '../scenario/fixedPointRun';
import { loadGatedRun, type GatedRun } from '../scenario/gatedRun';
import { loadScenarioRun, type Run } from '../scenario/instantiate';
import { loadCnnRun, type CnnRun } from '../scenario/cnnRun';
import { loadRecurrentRun, type RecurrentRun } from '../scenario/recurrentRun';
import {
  isCnnScenario,
  isFixedPointScenario,
  isGatedScenario,
  isRecurrentScenario,
} from '../scenario/validate';
import { parseArgs, UsageError, type FlagSpec, type Parsed } from './args';
import { runExport } from './export';
import { runFixedPointCommand } from './fixedPoint';
import { runGatedGradcheck, runGatedTrace, runGatedTrain } from './gated';
import { runGradcheck } from './gradcheck';
import { EXIT, type CliIO } from './io';
import { LESSON_HELP, runLessonCommand } from './lesson';
import { loadScenarioArg } from './load';
import { runCnnGradcheck, runCnnTrace, runCnnTrain } from './cnn';
import { runRecurrentGradcheck, runRecurrentTrace, runRecurrentTrain } from './recurrent';
import { runTrace } from './trace';
import { DEFAULT_EPOCHS, runTrain } from './train';

const HELP = `Backprop Lens — the headless command line

usage: npm run --silent cli -- <command> [arguments]

commands:
  presets                                   list the built-in scenarios
  validate <file>                           check a scenario: "ok" or one line per problem
  trace <file> [--updates N] [--format F]   run N updates (default 1) and print their trace;
                                            F = json (default) | markdown | latex | csv
        [--sample N] [--cell c,i,j]         cnn tables: the batch's sample N, output cell c,i,j
  train <file> [--epochs N | --updates N] [--json]
                                            train (default ${DEFAULT_EPOCHS} epochs), print final metrics
  gradcheck <file> [--epsilon E]            backpropagation vs finite differences, per layer
  export <file> --to pytorch [--updates N]  print a PyTorch script that trains the same way
                                            (default: one epoch of updates)
        [--data-dir D]                      iris, digits, sunspots: write the data set's CSV
                                            into folder D and have the script read it from
                                            its own folder (save the script in D too)
  bench [--json]                            this engine against peer libraries, as ratios
  lesson validate <file>                    check a guided lesson: "ok" or one line per problem

<file> is a scenario JSON file, - for standard input, or preset:<id>.
exit codes: 0 ok · 1 internal failure · 2 bad input · 3 training diverged
`;

const FLAGS: Record<string, FlagSpec> = {
  presets: { help: 'boolean' },
  validate: { help: 'boolean' },
  trace: { help: 'boolean', updates: 'string', format: 'string', sample: 'string', cell: 'string' },
  train: { help: 'boolean', epochs: 'string', updates: 'string', json: 'boolean' },
  gradcheck: { help: 'boolean', epsilon: 'string' },
  export: { help: 'boolean', to: 'string', updates: 'string', 'data-dir': 'string' },
  bench: { help: 'boolean', json: 'boolean', quick: 'boolean' },
  lesson: { help: 'boolean' },
};

type AnyRun =
  | Run
  | RecurrentRun
  // network.kind "fixed-point"
  | FixedPointRun
  // network.kind "cnn"
  | CnnRun
  // network.kind "lstm" or "gru"
  | GatedRun;

function isGatedRun(run: AnyRun): run is GatedRun {
  return 'kind' in run && (run.kind === 'lstm' || run.kind === 'gru');
}

/** One family's run commands: trace and train take the run; gradcheck also takes a second,
 * identical run built from the same scenario (it perturbs one and compares with the other). */
interface FamilyCommands<R> {
  trace(run: R, flags: Parsed['flags'], io: CliIO): number | Promise<number>;
  train(run: R, flags: Parsed['flags'], io: CliIO): number | Promise<number>;
  gradcheck(run: R, second: R, flags: Parsed['flags'], io: CliIO): number | Promise<number>;
}

const CNN_COMMANDS: FamilyCommands<CnnRun> = {
  trace: runCnnTrace,
  train: runCnnTrain,
  gradcheck: runCnnGradcheck,
};
const GATED_COMMANDS: FamilyCommands<GatedRun> = {
  trace: runGatedTrace,
  train: runGatedTrain,
  gradcheck: runGatedGradcheck,
};
const RNN_COMMANDS: FamilyCommands<RecurrentRun> = {
  trace: runRecurrentTrace,
  train: runRecurrentTrain,
  gradcheck: runRecurrentGradcheck,
};
const MLP_COMMANDS: FamilyCommands<Run> = {
  trace: runTrace,
  train: runTrain,
  gradcheck: runGradcheck,
};

const isCnnRun = (run: AnyRun): run is CnnRun => 'kind' in run && run.kind === 'cnn';
const isRnnRun = (run: AnyRun): run is RecurrentRun => 'kind' in run && run.kind === 'rnn';
const isMlpRun = (run: AnyRun): run is Run => !('kind' in run);

/** `command` (trace, train or gradcheck) on `run` of one family. */
async function runFamily<R extends AnyRun>(
  command: string,
  run: R,
  same: (other: AnyRun) => other is R,
  family: FamilyCommands<R>,
  again: () => Promise<AnyRun | number>,
  flags: Parsed['flags'],
  io: CliIO,
): Promise<number> {
  if (command === 'trace') return family.trace(run, flags, io);
  if (command === 'train') return family.train(run, flags, io);
  const second = await again();
  if (typeof second === 'number') return second;
  if (!same(second) || ('kind' in second && 'kind' in run && second.kind !== run.kind))
    throw new Error('the same scenario built two kinds of run');
  return family.gradcheck(run, second, flags, io);
}

async function buildRun(arg: string | undefined, io: CliIO): Promise<AnyRun | number> {
  const loaded = await loadScenarioArg(arg, io);
  if (!loaded.ok) {
    for (const line of loaded.lines) io.stderr(`${line}\n`);
    return EXIT.badInput;
  }
  try {
    const readText = (name: DataFileName): Promise<string> => io.readDataFile(name);
    if (isFixedPointScenario(loaded.scenario))
      return await loadFixedPointRun(loaded.scenario, readText);
    if (isCnnScenario(loaded.scenario)) return await loadCnnRun(loaded.scenario, readText);
    if (isGatedScenario(loaded.scenario)) return await loadGatedRun(loaded.scenario, readText);
    return isRecurrentScenario(loaded.scenario)
      ? await loadRecurrentRun(loaded.scenario, readText)
      : await loadScenarioRun(loaded.scenario, readText);
  } catch (error) {
    if (error instanceof DataError) {
      io.stderr(`${error.path}: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === 'help' || command === '-h') {
    io.stdout(HELP);
    return command === undefined ? EXIT.badInput : EXIT.ok;
  }
  const spec = FLAGS[command];
  if (!spec) {
    io.stderr(`unknown command "${command}" (try --help)\n`);
    return EXIT.badInput;
  }
  try {
    const { positional, flags } = parseArgs(rest, spec);
    if (flags.help) {
      io.stdout(command === 'lesson' ? LESSON_HELP : HELP);
      return EXIT.ok;
    }
    if (command === 'lesson') return await runLessonCommand(positional, io);
    const takesFile = command !== 'presets' && command !== 'bench';
    if (positional.length > (takesFile ? 1 : 0))
      throw new UsageError(`unexpected argument "${positional[takesFile ? 1 : 0]}"`);
    switch (command) {
      case 'presets':
        for (const p of ALL_PRESETS) io.stdout(`${p.id}\t${p.title}\n`);
        return EXIT.ok;
      case 'validate': {
        // the very checks train makes: the scenario, then its data read and fitted to the net
        const run = await buildRun(positional[0], io);
        if (typeof run === 'number') return run;
        io.stdout('ok\n');
        return EXIT.ok;
      }
      case 'bench': {
        const bench = (await import('../../tests/bench/engineBench')) as {
          runBenchCommand(options: { json: boolean; quick: boolean }, io: CliIO): Promise<number>;
        };
        return await bench.runBenchCommand(
          { json: flags.json === true, quick: flags.quick === true },
          io,
        );
      }
      default: {
        const run = await buildRun(positional[0], io);
        if (typeof run === 'number') return run;
        if (command === 'export') return await runExport(run, flags, io);
        if ('kind' in run && run.kind === 'fixed-point')
          return runFixedPointCommand(command, run, () => buildRun(positional[0], io), flags, io);
        const again = () => buildRun(positional[0], io);
        if ('kind' in run && run.kind === 'cnn')
          return await runFamily(command, run, isCnnRun, CNN_COMMANDS, again, flags, io);
        if (isGatedRun(run))
          return await runFamily(command, run, isGatedRun, GATED_COMMANDS, again, flags, io);
        if ('kind' in run && run.kind === 'rnn')
          return await runFamily(command, run, isRnnRun, RNN_COMMANDS, again, flags, io);
        return await runFamily(command, run, isMlpRun, MLP_COMMANDS, again, flags, io);
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${command}: ${error.message}\n`);
      return EXIT.badInput;
    }
    throw error;
  }
}
