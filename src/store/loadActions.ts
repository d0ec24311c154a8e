// The store's loading slice: a scenario (validated first, so a bad one changes nothing), a
// preset by id, and new data for the current net. The worker builds the run; this only asks.
// An MLP scenario is checked and sent at once; another kind's schemas, and the presets other
// than the MLP ones, load on first use (validateLazy.ts, presetCatalogue.ts): until then the
// run shown stays, and a load asked for meanwhile wins over one still waiting for them.
import { changeData } from '../scenario/dataChange';
import { isAppPreset, loadPresetScenario, presetScenarioNow } from '../scenario/presetCatalogue';
import type { Scenario } from '../scenario/schema';
import { formatIssue, type AppScenario, type ValidationResult } from '../scenario/validateCore';
import { validateAppScenarioLater, validateAppScenarioNow } from '../scenario/validateLazy';
import type { SliceContext } from './sliceContext';
import type { AppActions } from './types';

export function createLoadActions({
  get,
  set,
  send,
}: SliceContext): Pick<AppActions, 'loadScenario' | 'loadPreset' | 'changeData'> {
  /** Counts the loads asked for: one that had to wait is dropped if another came since. */
  let asked = 0;
  const apply = (result: ValidationResult<AppScenario>, presetId: string | null): boolean => {
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
  };
  /** Loads a checked scenario unless a later load was asked for while this one waited. */
  const applyLatest = (
    ticket: number,
    result: ValidationResult<AppScenario>,
    presetId: string | null,
  ): boolean => ticket === asked && apply(result, presetId);
  /** A chunk that did not arrive (offline, a new deploy): said, and the run shown stays. */
  const unreachable = (): false => {
    get().actions.notify(
      'error',
      'This scenario cannot be loaded: part of the app did not arrive (check the connection and try again).',
    );
    return false;
  };
  const refuseMissing = (id: string): false => {
    get().actions.notify('error', `There is no preset called “${id}”.`);
    return false;
  };
  return {
    loadScenario(scenario, presetId = null) {
      const ticket = (asked += 1);
      const now = validateAppScenarioNow(scenario);
      if (now) return Promise.resolve(apply(now, presetId));
      return validateAppScenarioLater(scenario).then(
        (r) => applyLatest(ticket, r, presetId),
        () => ticket === asked && unreachable(),
      );
    },
    loadPreset(id) {
      if (!isAppPreset(id)) return Promise.resolve(refuseMissing(id));
      const scenario = presetScenarioNow(id);
      if (scenario !== undefined) return get().actions.loadScenario(scenario, id);
      const ticket = (asked += 1);
      return loadPresetScenario(id).then(
        (body) => {
          if (ticket !== asked) return false;
          if (body === undefined) return refuseMissing(id);
          return get().actions.loadScenario(body, id);
        },
        () => ticket === asked && unreachable(),
      );
    },
    changeData(change) {
      const { shareable, frame, presetId } = get();
      // the latest checkpoint's scenario carries the learner's live settings
      const current = (shareable?.scenario ?? get().scenario) as Scenario | null;
      if (!current) return false;
      const next = changeData(current, frame?.params ?? null, change);
      // an MLP scenario (only they have a data panel to change): checked at once, never null
      const result = validateAppScenarioNow(next.scenario);
      asked += 1;
      if (!result || !apply(result, presetId)) return false;
      set({
        loadNote: next.keptWeights
          ? 'New data loaded: the network keeps the weights it has learned so far.'
          : 'New data loaded: its inputs or outputs differ, so the network has a new shape and fresh weights.',
      });
      return true;
    },
  };
}
