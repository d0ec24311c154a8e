// Export to PyTorch: a scenario's fresh run → a standalone Python script that trains the same
// way and prints the same numbers. Kinds without a generator are refused with a reason, never
// exported wrongly.
import type { CnnRun } from '../scenario/cnnRun';
import type { FixedPointRun } from '../scenario/fixedPointRun';
import type { GatedRun } from '../scenario/gatedRun';
import { cnnScript } from './cnnScript';
import { fixedPointScript } from './fixedPointScript';
import type { Run } from '../scenario/instantiate';
import type { RecurrentRun } from '../scenario/recurrentRun';
import { gatedCell } from './gatedScript';
import { mlpScript } from './mlpScript';
import { recurrentScript, type CellCode } from './recurrentScript';
import { rnnCell } from './rnnScript';
import { updatesPerEpoch } from './schedule';

export type ExportResult =
  | { readonly ok: true; readonly script: string; readonly updates: number }
  | { readonly ok: false; readonly reason: string };

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

function exportRecurrent(run: AnyRecurrentRun, updates: number | undefined): ExportResult {
  const net = run.kind === 'rnn' ? run.rnn : run.net;
  const { spec, sequence, loss } = net.problem;
  if (run.trainer.updates !== 0) return { ok: false, reason: 'the run has already been stepped' };
  const cell: CellCode =
    run.kind === 'rnn' ? rnnCell(run.rnn.problem.spec) : gatedCell(run.net.problem.spec);
  const n = updates ?? updatesPerEpoch(run.trainer.config, run.split.train.length);
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
    },
    cell,
  );
  return { ok: true, script, updates: n };
}

function isCnnRun(run: ExportableRun): run is CnnRun {
  return 'kind' in run && run.kind === 'cnn' && 'cnn' in run;
}

function exportCnn(run: CnnRun, updates: number | undefined): ExportResult {
  if (run.trainer.updates !== 0) return { ok: false, reason: 'the run has already been stepped' };
  const n = updates ?? updatesPerEpoch(run.trainer.config, run.split.train.length);
  const { cnn } = run;
  const script = cnnScript({
    title: run.scenario.title,
    seed: run.scenario.seed,
    cnn: { spec: cnn.spec, layout: cnn.layout, layers: cnn.layers, params: cnn.params.slice() },
    config: run.trainer.config,
    dataset: run.data.dataset,
    trainIndices: run.split.train,
    updates: n,
  });
  return { ok: true, script, updates: n };
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
  return { ok: true, script, updates: n };
}

function kindOf(run: ExportableRun): string {
  return 'kind' in run ? run.kind : 'mlp';
}

/**
 * The PyTorch script for the first `updates` updates (default: one epoch) of a run that has
 * not been stepped yet (its parameters are the starting ones).
 */
export function exportPyTorch(run: ExportableRun, updates?: number): ExportResult {
  const kind = kindOf(run);
  if (isRecurrentRun(run)) return exportRecurrent(run, updates);
  if (isCnnRun(run)) return exportCnn(run, updates);
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
  });
  return { ok: true, script, updates: n };
}
