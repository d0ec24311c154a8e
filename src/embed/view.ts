// What an embed shows and what it lets the reader change (docs embed.md): the named layouts, and
// how `layout`, `show`, `hide`, `controls` and `lock` of the fragment combine into one view. Pure:
// the fragment is parsed and validated by scenario/fragment.ts; this only resolves.
import {
  CONTROL_IDS,
  PANEL_IDS,
  type ControlId,
  type FragmentState,
  type Layout,
  type PanelId,
} from '../scenario/fragment';

export const DEFAULT_LAYOUT: Layout = 'compact';

const STEPPING: readonly ControlId[] = ['play', 'step', 'stepby', 'reset'];

/** Controls drawn in the toolbar; `data` and `import` sit in the data panel. */
export const TOOLBAR_CONTROLS: readonly ControlId[] = [...STEPPING, 'share', 'preset'];
const DATA_PANEL_CONTROLS: readonly ControlId[] = ['data', 'import'];

/** The controls of CONTROL_IDS (in its order) that are in none of these groups. */
const controlsExcept = (...groups: (readonly ControlId[])[]): readonly ControlId[] =>
  CONTROL_IDS.filter((id) => !groups.some((group) => group.includes(id)));

/** Controls drawn in the settings panel: all but the toolbar's and the data panel's. */
export const SETTINGS_PANEL_CONTROLS = controlsExcept(TOOLBAR_CONTROLS, DATA_PANEL_CONTROLS);

/** The settings `lock=all` disables: everything that changes the scenario, not the stepping. */
export const LOCK_ALL = controlsExcept(STEPPING, ['share', 'speed']);

interface LayoutDef {
  readonly panels: readonly PanelId[];
  readonly controls: readonly ControlId[];
}

export const LAYOUT_DEFS: Readonly<Record<Layout, LayoutDef>> = {
  // fits a 640 px frame: the graph, where it is, and the one setting a reader tries first
  compact: { panels: ['graph', 'status', 'settings'], controls: [...STEPPING, 'share', 'lr'] },
  graph: { panels: ['graph'], controls: [...STEPPING] },
  'worked-example': {
    panels: ['graph', 'status', 'chain', 'table'],
    controls: ['step', 'stepby', 'reset', 'share'],
  },
  training: {
    panels: ['graph', 'status', 'data', 'settings', 'loss', 'norms'],
    controls: [...STEPPING, 'share', 'lr', 'batch', 'optimizer', 'speed'],
  },
  full: { panels: [...PANEL_IDS], controls: [...CONTROL_IDS] },
};

export type ViewKeys = Pick<FragmentState, 'layout' | 'show' | 'hide' | 'controls' | 'lock'>;

export interface EmbedView {
  readonly layout: Layout;
  readonly panels: ReadonlySet<PanelId>;
  readonly controls: ReadonlySet<ControlId>;
  readonly locked: ReadonlySet<ControlId>;
  /** `lock=all`: table edits and the data plane are locked too. */
  readonly lockAll: boolean;
}

const isPanel = (id: string): id is PanelId => (PANEL_IDS as readonly string[]).includes(id);
const isControl = (id: string): id is ControlId => (CONTROL_IDS as readonly string[]).includes(id);

/** Layout first, then `controls` (exactly these), then `show`, then `hide`, then `lock`. */
export function resolveView(keys: ViewKeys): EmbedView {
  const layout = keys.layout ?? DEFAULT_LAYOUT;
  const def = LAYOUT_DEFS[layout];
  const panels = new Set<PanelId>(def.panels);
  const controls = new Set<ControlId>(
    keys.controls === null ? def.controls : keys.controls === 'none' ? [] : keys.controls,
  );
  // `loss` and `data` are both a panel and a control: show/hide act on both
  for (const id of keys.show) {
    if (isPanel(id)) panels.add(id);
    if (isControl(id)) controls.add(id);
  }
  for (const id of keys.hide) {
    if (isPanel(id)) panels.delete(id);
    if (isControl(id)) controls.delete(id);
  }
  // a visible control needs its panel (unless the page hid that panel); an empty settings
  // panel is left out
  const hidden = new Set<string>(keys.hide);
  if (!hidden.has('settings')) {
    if (SETTINGS_PANEL_CONTROLS.some((id) => controls.has(id))) panels.add('settings');
    else panels.delete('settings');
  }
  if (!hidden.has('data') && (controls.has('data') || controls.has('import'))) panels.add('data');
  const lockAll = keys.lock === 'all';
  const locked = new Set<ControlId>(keys.lock === 'all' ? LOCK_ALL : keys.lock);
  return { layout, panels, controls, locked, lockAll };
}

/** The reader has this control: it is shown and not locked (its keyboard shortcut acts too). */
export const hasControl = (view: EmbedView, id: ControlId): boolean =>
  view.controls.has(id) && !view.locked.has(id);
