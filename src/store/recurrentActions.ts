// The store's recurrent-only actions: the clipping remedy for exploding gradients, and the
// settings that reshape the data or the net (sequence length, recurrent weight scale,
// truncation), which reload the edited scenario after the one validator has accepted it.
import type { StoreApi } from 'zustand/vanilla';
import type { Command } from '../protocol/messages';
import { formatIssue, validateAppScenario } from '../scenario/validate';
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
      const result = validateAppScenario(next);
      if (!result.ok) {
        const why = result.issues.map((i) => i.message).join('; ');
        get().actions.notify(
          'error',
          `${setting} was not changed: ${why} (${result.issues.map(formatIssue).join('; ')}).`,
        );
        return false;
      }
      return get().actions.loadScenario(result.scenario, null);
    },
  };
}
