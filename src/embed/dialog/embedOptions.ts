// Share → Embed's choices and the fragment they make: the layout's own panels and controls are
// left out of the address, only the differences are written (show, hide, controls). Pure.
import {
  PANEL_IDS,
  type ControlId,
  type FragmentState,
  type Layout,
  type PanelId,
} from '../../scenario/fragment';
import { LAYOUT_DEFS } from '../view';

/** The panels a teacher can choose (lessons and recurrent panels come with their features). */
export const CHOOSABLE_PANELS: readonly PanelId[] = PANEL_IDS.filter(
  (p) => p !== 'lesson' && p !== 'unrolled' && p !== 'time',
);

export interface EmbedChoices {
  readonly layout: Layout;
  readonly panels: ReadonlySet<PanelId>;
  readonly controls: ReadonlySet<ControlId>;
  readonly lockAll: boolean;
  readonly locks: ReadonlySet<ControlId>;
}

export function choicesFor(layout: Layout): EmbedChoices {
  const def = LAYOUT_DEFS[layout];
  return {
    layout,
    panels: new Set(def.panels.filter((p) => CHOOSABLE_PANELS.includes(p))),
    controls: new Set(def.controls),
    lockAll: false,
    locks: new Set(),
  };
}

/** The view keys of the fragment for these choices. */
export function viewFragment(
  c: EmbedChoices,
): Pick<FragmentState, 'layout' | 'show' | 'hide' | 'controls' | 'lock'> {
  const def = LAYOUT_DEFS[c.layout];
  const defPanels = def.panels.filter((p) => CHOOSABLE_PANELS.includes(p));
  const same =
    def.controls.length === c.controls.size && def.controls.every((id) => c.controls.has(id));
  const controls = [...c.controls];
  return {
    layout: c.layout === 'compact' ? null : c.layout,
    show: [...c.panels].filter((p) => !defPanels.includes(p)),
    hide: defPanels.filter((p) => !c.panels.has(p)),
    controls: same ? null : controls.length === 0 ? 'none' : controls,
    lock: c.lockAll ? 'all' : [...c.locks],
  };
}
