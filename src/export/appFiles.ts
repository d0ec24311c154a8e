// The app's Export files, built from what the store holds (pure: no DOM; the menu downloads
// them): the PyTorch script of the run from its starting parameters, the current weights as
// JSON in the scenario's layout, and the batch-loss history as CSV (a shipped data set's CSV is
// the file itself, fetched by the menu). Loaded on first use.
import type { ReadText } from '../data/types';
import { loadCnnRun } from '../scenario/cnnRun';
import { loadFixedPointRun } from '../scenario/fixedPointRun';
import { loadGatedRun } from '../scenario/gatedRun';
import { loadScenarioRun } from '../scenario/instantiate';
import { shareableScenario } from '../scenario/packScenario';
import { loadRecurrentRun } from '../scenario/recurrentRun';
import {
  isCnnScenario,
  isFixedPointScenario,
  isGatedScenario,
  isMlpScenario,
  isRecurrentScenario,
  type AppScenario,
} from '../scenario/validate';
import { EXPORTABLE_KINDS, exportPyTorch, type ExportOptions, type ExportResult } from './index';

/** A file name stem from a title: lower case, words joined by '-', at most 60 characters. */
export function fileStem(title: string): string {
  const stem = title
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return stem || 'scenario';
}

/**
 * The script that replays `updates` updates (default one epoch) from the starting parameters;
 * `options.dataBeside`: a shipped data set is read from its CSV beside the script.
 */
export async function pytorchScript(
  scenario: AppScenario,
  initial: Float64Array,
  readText: ReadText,
  updates?: number,
  options?: ExportOptions,
): Promise<ExportResult> {
  const exact = shareableScenario(scenario, initial);
  const run = isRecurrentScenario(exact)
    ? await loadRecurrentRun(exact, readText)
    : isGatedScenario(exact)
      ? await loadGatedRun(exact, readText)
      : isCnnScenario(exact)
        ? await loadCnnRun(exact, readText)
        : isFixedPointScenario(exact)
          ? await loadFixedPointRun(exact, readText)
          : isMlpScenario(exact)
            ? await loadScenarioRun(exact, readText)
            : null;
  if (run === null)
    return {
      ok: false,
      reason: `export to PyTorch supports network.kind ${EXPORTABLE_KINDS.join(', ')}; "${exact.network.kind ?? 'mlp'}" is not supported yet`,
    };
  return exportPyTorch(run, updates, options);
}

/** The parameters `params` (flat, engine layout) as JSON in the scenario's own layout. */
export function weightsJson(scenario: AppScenario, params: Float64Array, update: number): string {
  const network = shareableScenario(scenario, params).network;
  // every family but the MLP keeps its parameters as named blocks under `weights`
  const body = !isMlpScenario(scenario)
    ? { weights: 'weights' in network ? network.weights : null }
    : {
        weights: 'biases' in network ? network.weights : null,
        biases: 'biases' in network ? network.biases : null,
      };
  return `${JSON.stringify({ title: scenario.title, kind: scenario.network.kind, update, ...body }, null, 1)}\n`;
}

export interface LossPoint {
  /** The last update the point covers. */
  readonly x: number;
  /** Mean, smallest and largest batch loss over the updates it covers. */
  readonly y: number;
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

/**
 * The batch-loss history as CSV. The app keeps a bounded history: long runs merge
 * neighbouring updates into one row (their mean, min and max; `updates` says how many).
 */
export function lossHistoryCsv(points: readonly LossPoint[]): string {
  const rows = points.map((p) => `${p.x},${p.y},${p.min},${p.max},${p.count}`);
  return `update,batch_loss,min,max,updates\n${rows.join('\n')}${rows.length ? '\n' : ''}`;
}
