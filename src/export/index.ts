// Export to PyTorch: a scenario's fresh run → a standalone Python script that trains the same
// way and prints the same numbers. Kinds without a generator are refused with a reason, never
// exported wrongly. A shipped data set (iris, digits, sunspots) is written inline, or with
// `dataBeside` read from its CSV beside the script (the result names the file to put there).
import type { DataFileName } from '../data/types';
import type { CnnRun } from '../scenario/cnnRun';
import type { FixedPointRun } from '../scenario/fixedPointRun';
import type { GatedRun } from '../scenario/gatedRun';
import { cnnScript } from './cnnScript';
import { fixedPointScript } from './fixedPointScript';
import type { Run } from '../scenario/instantiate';
import type { RecurrentRun } from '../scenario/recurrentRun';
import { bundledDataCode, type DataCode } from './bundledData';
import { gatedCell } from './gatedScript';
import { mlpScript } from './mlpScript';
import { recurrentScript, type CellCode } from './recurrentScript';
import { rnnCell } from './rnnScript';
import { updatesPerEpoch } from './schedule';

export type ExportResult =
  | {
      readonly ok: true;
      readonly script: string;
      readonly updates: number;
      /** The shipped CSV the script reads from its own folder, or null (data inline). */
      readonly dataFile: DataFileName | null;
    }
  | { readonly ok: false; readonly reason: string };

export interface ExportOptions {
  /** Read a shipped data set from its CSV beside the script instead of writing it inline. */
  readonly dataBeside?: boolean;
}

const done = (script: string, updates: number, code: DataCode | null): ExportResult => ({
  ok: true,
  script,
  updates,
  dataFile: code?.file ?? null,
});

/** The kinds a script can be exported for (network.kind). */
export const EXPORTABLE_KINDS: readonly string[] = [
  'mlp',
  'rnn',
  'lstm',
  'gru',
  'cnn',
  'fixed-point',
];

/** A run of any family, as far as export needs to tell them apart. */
export type ExportableRun =
  Run | RecurrentRun | GatedRun | CnnRun | FixedPointRun | { readonly kind: string };

type AnyRecurrentRun = RecurrentRun | GatedRun;

function isRecurrentRun(run: ExportableRun): run is AnyRecurrentRun {
  return (
    'kind' in run &&
    ((run.kind === 'rnn' && 'rnn' in run) ||
      ((run.kind === 'lstm' || run.kind === 'gru') && 'net' in run))
  );
}

function exportRecurrent(
  run: AnyRecurrentRun,
  updates: number | undefined,
  beside: boolean,
): ExportResult {
  const net = run.kind === 'rnn' ? run.rnn : run.net;
  const { spec, sequence, loss } = net.problem;
  if (run.trainer.updates !== 0) return { ok: false, reason: 'the run has already been stepped' };
  const cell: CellCode =
    run.kind === 'rnn' ? rnnCell(run.rnn.problem.spec) : gatedCell(run.net.problem.spec);
  const n = updates ?? updatesPerEpoch(run.trainer.config, run.split.train.length);
  const { sequences } = run.data;
  const dataCode = beside
    ? bundledDataCode(run.scenario.data, sequences.n, sequences.readout === 'every-step')
    : null;
  const script = recurrentScript(
    {
      title: run.scenario.title,
      seed: run.scenario.seed,
      spec,
      sequence,
      loss,
      layout: net.layout,
      params: net.params.slice(),
      config: run.trainer.config,
      data: run.data.sequences,
      trainIndices: run.split.train,
      updates: n,
      dataCode,
    },
    cell,
  );
  return done(script, n, dataCode);
}

function isCnnRun(run: ExportableRun): run is CnnRun {
  return 'kind' in run && run.kind === 'cnn' && 'cnn' in run;
}

function exportCnn(run: CnnRun, updates: number | undefined, beside: boolean): ExportResult {
  if (run.trainer.updates !== 0) return { ok: false, reason: 'the run has already been stepped' };
  const n = updates ?? updatesPerEpoch(run.trainer.config, run.split.train.length);
  const { cnn } = run;
  const dataCode = beside ? bundledDataCode(run.scenario.data, run.data.dataset.n) : null;
  const script = cnnScript({
    title: run.scenario.title,
    seed: run.scenario.seed,
    cnn: { spec: cnn.spec, layout: cnn.layout, layers: cnn.layers, params: cnn.params.slice() },
    config: run.trainer.config,
    dataset: run.data.dataset,
    trainIndices: run.split.train,
    updates: n,
    dataCode,
  });
  return done(script, n, dataCode);
}

function isFixedPointRun(run: ExportableRun): run is FixedPointRun {
  return 'kind' in run && run.kind === 'fixed-point' && 'net' in run;
}

function exportFixedPoint(run: FixedPointRun, updates: number | undefined): ExportResult {
  if (run.trainer.updates !== 0) return { ok: false, reason: 'the run has already been stepped' };
  const n = updates ?? updatesPerEpoch(run.trainer.config, run.split.train.length);
  const script = fixedPointScript({
    title: run.scenario.title,
    seed: run.scenario.seed,
    // the model's spec: the one the trainer relaxes with (its activation may have been changed)
    spec: run.model.spec(),
    layout: run.net.layout,
    params: run.net.params.slice(),
    config: run.trainer.config,
    dataset: run.data.dataset,
    trainIndices: run.split.train,
    updates: n,
  });
  return done(script, n, null);
}

function kindOf(run: ExportableRun): string {
  return 'kind' in run ? run.kind : 'mlp';
}

/**
 * The PyTorch script for the first `updates` updates (default: one epoch) of a run that has
 * not been stepped yet (its parameters are the starting ones).
 */
export function exportPyTorch(
  run: ExportableRun,
  updates?: number,
  options: ExportOptions = {},
): ExportResult {
  const kind = kindOf(run);
  const beside = options.dataBeside === true;
  if (isRecurrentRun(run)) return exportRecurrent(run, updates, beside);
  if (isCnnRun(run)) return exportCnn(run, updates, beside);
  // a fixed-point net's data stay inline (its data sets are small)
  if (isFixedPointRun(run)) return exportFixedPoint(run, updates);
  if (!('trainer' in run) || 'kind' in run) {
    return {
      ok: false,
      reason: `export to PyTorch supports network.kind ${EXPORTABLE_KINDS.join(', ')}; "${kind}" is not supported yet`,
    };
  }
  const { trainer, net, scenario } = run;
  if (trainer.updates !== 0) return { ok: false, reason: 'the run has already been stepped' };
  const n = updates ?? updatesPerEpoch(trainer.config, run.split.train.length);
  const dataCode = beside ? bundledDataCode(scenario.data, run.data.dataset.n) : null;
  const script = mlpScript({
    title: scenario.title ?? 'Backprop Lens scenario',
    seed: scenario.seed,
    sizes: net.sizes,
    activations: net.activations.map((a) => a.name),
    layers: net.layers,
    params: net.params.slice(),
    config: trainer.config,
    dataset: run.data.dataset,
    trainIndices: run.split.train,
    updates: n,
    dataCode,
  });
  return done(script, n, dataCode);
}
