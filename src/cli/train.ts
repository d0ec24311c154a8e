// `train <file> [--epochs N | --updates N] [--json]`: trains, then reports the final
// metrics over each whole split. A progress bar goes to stderr only when it is a terminal.
import { evaluate } from '../engine/evaluate';
import type { Divergence, Metrics } from '../engine/types';
import type { Run } from '../scenario/instantiate';
import { intFlag, UsageError, type Parsed } from './args';
import { formatLoss, formatNumber, formatPercent } from '../viz/format';
import { EXIT, type CliIO } from './io';

export const DEFAULT_EPOCHS = 10;

function bar(fraction: number, width = 24): string {
  const full = Math.round(fraction * width);
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`;
}

function describe(name: string, m: Metrics): string {
  const acc = m.accuracy === null ? '' : `  accuracy ${formatPercent(m.accuracy)}`;
  return `${name.padEnd(6)}loss ${formatNumber(m.loss)}${acc}`;
}

/** What the training loop needs from a trainer of any family. */
export interface TrainLoopTrainer {
  readonly updates: number;
  readonly epoch: number;
  readonly positionInEpoch: number;
  step(
    trace?: boolean,
  ):
    | { readonly ok: true; readonly loss: number }
    | { readonly ok: false; readonly divergence: Divergence };
}

/** Trains for --epochs or --updates (default 10 epochs); EXIT.diverged when an update fails. */
export function trainLoop(trainer: TrainLoopTrainer, flags: Parsed['flags'], io: CliIO): number {
  const epochs = intFlag(flags, 'epochs', 1, 1_000_000);
  const updates = intFlag(flags, 'updates', 1, 100_000_000);
  if (epochs !== null && updates !== null)
    throw new UsageError('give either --epochs or --updates, not both');
  const target = updates ?? epochs ?? DEFAULT_EPOCHS;
  const byUpdates = updates !== null;
  const done = (): number => (byUpdates ? trainer.updates : trainer.epoch - 1);
  const progress = io.stderrIsTTY;
  let lastDraw = 0;
  let loss = NaN;
  while (done() < target) {
    const result = trainer.step(false);
    if (!result.ok) {
      if (progress) io.stderr('\n');
      io.stderr(`training diverged: ${result.divergence.message}\n`);
      return EXIT.diverged;
    }
    loss = result.loss;
    if (progress && Date.now() - lastDraw > 100) {
      lastDraw = Date.now();
      io.stderr(
        `\r${bar(done() / target)} epoch ${trainer.epoch}  update ${trainer.updates}  batch loss ${formatLoss(loss)} `,
      );
    }
  }
  if (progress)
    io.stderr(
      `\r${bar(1)} epoch ${trainer.epoch - 1}  update ${trainer.updates}  batch loss ${formatLoss(loss)}\n`,
    );
  return EXIT.ok;
}

/** Prints the final metrics over each whole split (plain lines, or one JSON object). */
export function reportMetrics(
  title: string,
  trainer: TrainLoopTrainer,
  split: { readonly train: Uint32Array; readonly test: Uint32Array },
  train: Metrics,
  test: Metrics | null,
  flags: Parsed['flags'],
  io: CliIO,
): void {
  const epochsDone =
    trainer.epoch -
    1 +
    (trainer.positionInEpoch > 0 ? trainer.positionInEpoch / split.train.length : 0);
  if (flags.json) {
    const report = {
      updates: trainer.updates,
      epochs: Number(epochsDone.toFixed(6)),
      train: { loss: train.loss, accuracy: train.accuracy },
      test: test ? { loss: test.loss, accuracy: test.accuracy } : null,
    };
    io.stdout(`${JSON.stringify(report)}\n`);
  } else {
    io.stdout(`${title}: ${trainer.updates} updates, ${Number(epochsDone.toFixed(3))} epochs\n`);
    io.stdout(`${describe('train', train)}  (${split.train.length} samples)\n`);
    if (test) io.stdout(`${describe('test', test)}  (${split.test.length} samples)\n`);
  }
}

export function runTrain(run: Run, flags: Parsed['flags'], io: CliIO): number {
  const code = trainLoop(run.trainer, flags, io);
  if (code !== EXIT.ok) return code;
  const { trainer } = run;
  const data = run.data.dataset;
  const train = evaluate(run.net, trainer.config.loss, data, run.split.train);
  const test =
    run.split.test.length > 0 ? evaluate(run.net, trainer.config.loss, data, run.split.test) : null;
  reportMetrics(run.scenario.title, trainer, run.split, train, test, flags, io);
  return EXIT.ok;
}
