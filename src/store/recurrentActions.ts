// The store's recurrent-only actions: the clipping remedy for exploding gradients, and the
// settings that reshape the data or the net (sequence length, recurrent weight scale,
// truncation), which reload the edited scenario after the one validator has accepted it.
import type { StoreApi } from 'zustand/vanilla';
import type { Command } from '../protocol/messages';
import { formatIssue } from '../scenario/validateCore';
import { loadOtherKinds, validateAppScenarioNow } from '../scenario/validateLazy';
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
      const result = validateAppScenarioNow(next);
      if (!result) {
        // never in practice: a recurrent net's settings show once its scenario has loaded, and
        // its kind's schemas with it; otherwise checked (and said) once they arrive
        void loadOtherKinds().then(() => get().actions.changeSetting(setting, next));
        return true;
      }
      if (!result.ok) {
        const why = result.issues.map((i) => i.message).join('; ');
        get().actions.notify(
          'error',
          `${setting} was not changed: ${why} (${result.issues.map(formatIssue).join('; ')}).`,
        );
        return false;
      }
      // checked, and its kind's schemas at hand: loaded before loadScenario returns
      void get().actions.loadScenario(result.scenario, null);
      return true;
    },
  };
}
