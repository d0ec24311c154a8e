// The store's recurrent-only actions: the clipping remedy for exploding gradients, and the
// settings that reshape the data or the net (sequence length, recurrent weight scale,
// truncation), which reload the edited scenario after the one validator has accepted it.
import type { StoreApi } from 'zustand/vanilla';
import type { Command } from '../protocol/messages';
import { settingRefusal } from '../scenario/recurrentSettings';
import type { AppActions, AppStoreState } from './types';

/** The clip norm the divergence remedy turns on. */
export const REMEDY_CLIP_NORM = 1;

export function createRecurrentActions(
  get: () => AppStoreState,
  set: StoreApi<AppStoreState>['setState'],
  send: (command: Command) => void,
): Pick<AppActions, 'turnOnClipping' | 'changeSetting'> {
  return {
    turnOnClipping() {
      const optimizer = get().summary?.optimizer;
      if (!optimizer) return;
      set({ divergence: null });
      send({
        type: 'configure',
        patch: { optimizer: { ...optimizer, clipNorm: REMEDY_CLIP_NORM } },
      });
    },
    changeSetting(setting, next) {
      const refused = settingRefusal(setting, next);
      if (refused !== null) {
        get().actions.notify('error', refused);
        return false;
      }
      return get().actions.loadScenario(next, null);
    },
  };
}
