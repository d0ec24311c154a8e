// Share's Export menu: the run as a PyTorch script (from its starting parameters, one epoch of
// updates), the current weights as JSON and the loss history as CSV, each downloaded as a file.
// The builders load on first use (src/export/appFiles.ts), so the page itself stays small.
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

export function ExportMenu() {
  const store = useAppStoreApi();
  const actions = useAppStore(selectActions);
  const disabled = useAppStore((s) => s.shareable === null);

  // Reads the store when clicked: the run as it is now, not as it was at the last render.
  const run = async (what: 'pytorch' | 'weights' | 'loss'): Promise<void> => {
    const { shareable, frame, histories } = store.getState();
    if (!shareable) return;
    const scenario = shareable.scenario as AppScenario;
    const params = frame?.params ?? null;
    const update = frame?.update ?? 0;
    const history = histories.batchLoss;
    try {
      const files = await import('../../export/appFiles');
      const stem = files.fileStem(scenario.title);
      if (what === 'pytorch') {
        const result = await files.pytorchScript(scenario, shareable.initial, readText);
        if (!result.ok) {
          actions.notify('error', `This run cannot be exported to PyTorch: ${result.reason}.`);
          return;
        }
        download(`${stem}.py`, result.script, 'text/x-python');
        actions.notify(
          'info',
          `${stem}.py replays the first ${result.updates} updates from the starting weights; it prints the same losses as the app (python3 ${stem}.py, with PyTorch installed).`,
        );
      } else if (what === 'weights') {
        download(
          `${stem}-weights.json`,
          files.weightsJson(scenario, params ?? shareable.initial, update),
          'application/json',
        );
      } else {
        download(`${stem}-loss.csv`, files.lossHistoryCsv(history.points), 'text/csv');
      }
    } catch (error) {
      actions.notify('error', `The export failed: ${String(error)}`);
    }
  };

  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div role="group" aria-label="Export">
        <button type="button" disabled={disabled} onClick={() => void run('pytorch')}>
          PyTorch script (.py)
        </button>
        <button type="button" disabled={disabled} onClick={() => void run('weights')}>
          Weights (JSON)
        </button>
        <button type="button" disabled={disabled} onClick={() => void run('loss')}>
          Loss history (CSV)
        </button>
      </div>
    </details>
  );
}
