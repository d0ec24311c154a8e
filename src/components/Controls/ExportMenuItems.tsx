// The Export menu's items (loaded when the menu first opens: ExportMenu.tsx): the run as a PyTorch script (from its starting parameters, one epoch of
// updates), the current weights as JSON, the loss history as CSV and, for a shipped data set
// (iris, digits, sunspots), the data CSV the script reads from its own folder — each
// downloaded as a file. Opening the menu checks the export: a run that cannot be exported
// shows the PyTorch item disabled with the reason, never a wrong script. The builders load on
// first use (src/export/appFiles.ts), so the page itself stays small.
import { useEffect, useId, useMemo, useState } from 'react';
import type { ExportResult } from '../../export';
import { bundledFileOf, type DataSpecLike } from '../../export/dataFiles';
import type { AppState } from '../../store/types';
import { useAppStore, useAppStoreApi } from '../../store/context';
import { selectActions } from '../../store/selectors';
import type { AppScenario } from '../../scenario/validateCore';

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const readText = async (name: string): Promise<string> => {
  const response = await fetch(new URL(`data/${name}`, document.baseURI));
  if (!response.ok) throw new Error(`could not load ${name} (${response.status})`);
  return response.text();
};

type Shareable = NonNullable<AppState['shareable']>;

/** The script of a shareable run, its shipped data read from the CSV beside it. */
async function scriptOf(shareable: Shareable): Promise<ExportResult> {
  const files = await import('../../export/appFiles');
  const scenario = shareable.scenario as AppScenario;
  return files.pytorchScript(scenario, shareable.initial, readText, undefined, {
    dataBeside: true,
  });
}

const dataOf = (scenario: unknown): DataSpecLike | null =>
  (scenario as { data?: DataSpecLike } | null)?.data ?? null;

export default function ExportMenuItems() {
  const store = useAppStoreApi();
  const actions = useAppStore(selectActions);
  const disabled = useAppStore((s) => s.shareable === null);
  const dataFile = useAppStore((s) => bundledFileOf(dataOf(s.shareable?.scenario)));
  const shareable = useAppStore((s) => s.shareable);
  // What an export depends on: the scenario (a checkpoint every few seconds of play brings a
  // new object with the same content, which needs no new check).
  const key = useMemo(() => (shareable ? JSON.stringify(shareable.scenario) : null), [shareable]);
  // The last check: the scenario it was made for, and the export's result.
  const [check, setCheck] = useState<{ key: string; result: ExportResult } | null>(null);
  const reasonId = useId();

  // Opening the menu checks the run as it is now, so a refusal shows before any click.
  useEffect(() => {
    const current = store.getState().shareable;
    if (key === null || !current) return;
    let live = true;
    scriptOf(current).then(
      (result) => live && setCheck({ key, result }),
      () => undefined, // a click reports the failure
    );
    return () => {
      live = false;
    };
  }, [key, store]);

  // Reads the store when clicked: the run as it is now, not as it was at the last render.
  const run = async (what: 'pytorch' | 'weights' | 'loss' | 'data'): Promise<void> => {
    const { shareable, frame, histories } = store.getState();
    if (!shareable) return;
    const scenario = shareable.scenario as AppScenario;
    try {
      if (what === 'data') {
        const file = bundledFileOf(dataOf(scenario));
        if (file) download(file, await readText(file), 'text/csv');
        return;
      }
      const files = await import('../../export/appFiles');
      const stem = files.fileStem(scenario.title);
      if (what === 'pytorch') {
        const result = await scriptOf(shareable);
        setCheck({ key: JSON.stringify(shareable.scenario), result });
        if (!result.ok) {
          actions.notify('error', `This run cannot be exported to PyTorch: ${result.reason}.`);
          return;
        }
        download(`${stem}.py`, result.script, 'text/x-python');
        const beside = result.dataFile
          ? ` It reads ${result.dataFile} from its own folder: save Export → Data (CSV) next to it.`
          : '';
        actions.notify(
          'info',
          `${stem}.py replays the first ${result.updates} updates from the starting weights; it prints the same losses as the app (python3 ${stem}.py, with PyTorch installed).${beside}`,
        );
      } else if (what === 'weights') {
        const params = frame?.params ?? shareable.initial;
        download(
          `${stem}-weights.json`,
          files.weightsJson(scenario, params, frame?.update ?? 0),
          'application/json',
        );
      } else {
        download(`${stem}-loss.csv`, files.lossHistoryCsv(histories.batchLoss.points), 'text/csv');
      }
    } catch (error) {
      actions.notify('error', `The export failed: ${String(error)}`);
    }
  };

  const shown = check && check.key === key ? check.result : null;
  const refusal = shown && !shown.ok ? shown.reason : null;
  return (
    <div role="group" aria-label="Export">
      <button
        type="button"
        disabled={disabled || refusal !== null}
        aria-describedby={refusal !== null ? reasonId : undefined}
        onClick={() => void run('pytorch')}
      >
        PyTorch script (.py)
      </button>
      {refusal !== null && (
        <p className="export-reason" id={reasonId} data-testid="export-refusal">
          Not available for this run: {refusal}.
        </p>
      )}
      <button type="button" disabled={disabled} onClick={() => void run('weights')}>
        Weights (JSON)
      </button>
      <button type="button" disabled={disabled} onClick={() => void run('loss')}>
        Loss history (CSV)
      </button>
      {dataFile !== null && (
        <button type="button" disabled={disabled} onClick={() => void run('data')}>
          Data (CSV): {dataFile}
        </button>
      )}
    </div>
  );
}
