// Play/pause, stepping at a chosen granularity, reset, and the preset picker (which loads on a
// click, or on Enter after arrow keys: see PresetPicker).
import { presetGroups } from '../../scenario/presetCatalogue';
import { useAppStore } from '../../store/context';
import { selectActions } from '../../store/selectors';
import type { Granularity } from '../../store/types';
import { Choice } from './Choice';
import { ExportMenu } from './ExportMenu';
import { PresetPicker } from './PresetPicker';

/** Links longer than this may be cut by chat tools, mail and some servers. */
const LONG_LINK = 8000;
const PRESET_GROUPS = presetGroups();
const PRESET_OPTIONS = PRESET_GROUPS.flatMap((g) => g.options);
const GRANULARITIES: [Granularity, string][] = [
  ['phase', 'Phase'],
  ['sample', 'Sample'],
  ['update', 'Update'],
  ['epoch', 'Epoch'],
];

const RECURRENT_GRANULARITIES: [Granularity, string][] = [
  ['phase', 'Time step'],
  ['sample', 'Sequence'],
  ['update', 'Update'],
  ['epoch', 'Epoch'],
];

export function Toolbar() {
  const actions = useAppStore(selectActions);
  const playing = useAppStore((s) => s.playing);
  const granularity = useAppStore((s) => s.granularity);
  const presetId = useAppStore((s) => s.presetId);
  const awaiting = useAppStore((s) => s.awaitingTrace);
  // a recurrent net's phases are its time steps
  const recurrent = useAppStore((s) => s.summary?.recurrent !== undefined);
  const share = async (): Promise<void> => {
    const link = await actions.shareLink(`${window.location.origin}${window.location.pathname}`);
    if (!link) return;
    if (link.length > LONG_LINK)
      actions.notify(
        'warning',
        `This link is ${link.length} characters long (it carries your data and every starting weight you changed); some sites cut links longer than ${LONG_LINK}.`,
      );
    try {
      await navigator.clipboard.writeText(link);
      actions.notify(
        'info',
        'A link to this exact state was copied. Opening it restores the scenario, your settings and weights, and this step.',
      );
    } catch {
      actions.notify('info', `Copy this link to share this exact state: ${link}`);
    }
  };
  return (
    <div className="toolbar" role="toolbar" aria-label="Training controls">
      <PresetPicker
        value={presetId ?? ''}
        options={PRESET_OPTIONS}
        groups={PRESET_GROUPS}
        onLoad={actions.loadPreset}
      />
      <div className="buttons">
        <button
          type="button"
          className="primary"
          onClick={actions.togglePlay}
          aria-keyshortcuts="Space"
        >
          {playing ? 'Pause' : 'Play'}
        </button>
        <button type="button" onClick={() => actions.stepBack()} aria-keyshortcuts="ArrowLeft">
          Step back
        </button>
        <button
          type="button"
          onClick={() => actions.stepForward()}
          aria-keyshortcuts="ArrowRight"
          aria-busy={awaiting}
        >
          Step forward
        </button>
        <Choice
          label="Step by"
          compact
          value={granularity}
          options={recurrent ? RECURRENT_GRANULARITIES : GRANULARITIES}
          onChange={actions.setGranularity}
        />
        <button type="button" onClick={actions.reset} aria-keyshortcuts="R">
          Reset
        </button>
        <button type="button" onClick={() => void share()}>
          Share
        </button>
        <ExportMenu />
      </div>
    </div>
  );
}
