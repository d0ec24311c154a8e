// The store's link actions: opening an address (fragment or old query) with its step, and
// writing the Share link of what is shown. The codec is scenario/share.ts, loaded (with the
// data checks) only when an address carries a link or a Share link is asked for.
import type { StoreApi } from 'zustand/vanilla';
import { mayOpenLink } from '../scenario/linkKeys';
import { formatIssue, isMlpScenario, type AppScenario } from '../scenario/validateCore';
import { phaseAtOf, phasesOf } from './phases';
import type { AppActions, AppStoreState } from './types';

export function createLinkActions(
  get: () => AppStoreState,
  set: StoreApi<AppStoreState>['setState'],
): Pick<AppActions, 'openLink' | 'shareLink'> {
  return {
    async openLink(where, fallbackPreset) {
      const { notify, loadScenario, loadPreset } = get().actions;
      // an address without a fragment, `s` or `preset` opens the default: no codec to load
      if (!mayOpenLink(where)) {
        await loadPreset(fallbackPreset);
        return;
      }
      const { readLink, checkCarriedData } = await import('./linkCodec');
      const opened = await readLink(where);
      if (opened.notes.length > 0)
        notify('warning', `Part of this link was ignored: ${opened.notes.join('; ')}.`);
      // data the link carries is read and fitted to the net as training will (CSV rows and
      // columns, shapes), so a link that cannot train falls back now, naming where
      const dataIssues =
        opened.kind === 'scenario' && isMlpScenario(opened.scenario)
          ? checkCarriedData(opened.scenario)
          : [];
      const refusal =
        opened.kind === 'invalid'
          ? opened.message
          : dataIssues.length > 0
            ? dataIssues.map(formatIssue).join('; ')
            : null;
      if (refusal !== null)
        notify(
          'error',
          `This link could not be opened: ${refusal}. Showing the default example instead.`,
        );
      else if (opened.kind === 'scenario' || opened.kind === 'preset') {
        const loaded = await (opened.kind === 'scenario'
          ? loadScenario(opened.scenario, null)
          : loadPreset(opened.presetId));
        if (loaded) {
          if (opened.restore) set({ pendingRestore: opened.restore });
          return;
        }
      }
      await loadPreset(fallbackPreset);
    },
    async shareLink(base) {
      const { shareable, traces, traceIndex, cursor, frame } = get();
      if (!shareable) return null;
      const trace = traces[traceIndex];
      const phase = trace ? phasesOf(trace)[cursor] : undefined;
      const { shareFragment } = await import('./linkCodec');
      const fragment = await shareFragment({
        scenario: shareable.scenario as AppScenario,
        initial: shareable.initial,
        step:
          trace && phase
            ? { update: trace.update, at: phaseAtOf(phase) }
            : { update: frame?.update ?? 0, at: null },
      });
      return `${base}#${fragment}`;
    },
  };
}
