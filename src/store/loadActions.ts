// The store's loading slice: a scenario (validated first, so a bad one changes nothing), a
// preset by id, and new data for the current net. The worker builds the run; this only asks.
import { getAppPreset } from '../scenario/appPresets';
import { changeData } from '../scenario/dataChange';
import type { Scenario } from '../scenario/schema';
import { formatIssue, validateAppScenario } from '../scenario/validate';
import type { SliceContext } from './sliceContext';
import type { AppActions } from './types';

export function createLoadActions({
  get,
  set,
  send,
}: SliceContext): Pick<AppActions, 'loadScenario' | 'loadPreset' | 'changeData'> {
  return {
    loadScenario(scenario, presetId = null) {
      const result = validateAppScenario(scenario);
      if (!result.ok) {
        get().actions.notify(
          'error',
          `This scenario cannot be loaded: ${result.issues.map(formatIssue).join('; ')}`,
        );
        return false;
      }
      const { scenario: before, presetId: beforeId } = get();
      set({
        scenario: result.scenario,
        presetId,
        loadRevert: { scenario: before, presetId: beforeId },
        loadNote: null,
      });
      send({ type: 'load', scenario: result.scenario });
      return true;
    },
    loadPreset(id) {
      const preset = getAppPreset(id);
      if (!preset) {
        get().actions.notify('error', `There is no preset called “${id}”.`);
        return false;
      }
      return get().actions.loadScenario(preset.scenario, id);
    },
    changeData(change) {
      const { shareable, frame, presetId } = get();
      // the latest checkpoint's scenario carries the learner's live settings
      const current = (shareable?.scenario ?? get().scenario) as Scenario | null;
      if (!current) return false;
      const next = changeData(current, frame?.params ?? null, change);
      if (!get().actions.loadScenario(next.scenario, presetId)) return false;
      set({
        loadNote: next.keptWeights
          ? 'New data loaded: the network keeps the weights it has learned so far.'
          : 'New data loaded: its inputs or outputs differ, so the network has a new shape and fresh weights.',
      });
      return true;
    },
  };
}
