// Opening a lesson step in the app: load the step's scenario (base + JSON Merge Patch) when it
// has one of its own, and move the cursor where the step's `step` text says. Works on the store
// through its actions and the link-restore fields the address uses, nothing of its own.
import { presetIdOf } from '../lessons/presetOf';
import type { CompiledStep } from '../lessons/validate';
import type { StepTarget } from '../scenario/fragment';
import type { AppStore } from './createAppStore';
import { cursorOfPhaseAt, phasesOf } from './phases';

const restoreOf = (step: StepTarget) =>
  step.at === null ? { updates: step.update, at: null } : { updates: step.update - 1, at: step.at };

/** Loads the step's scenario and puts the cursor at its `cursor` (or the start); `presetId`
 * names the preset it still is (no patch yet), so the preset menu shows its name. */
export async function loadStep(
  store: AppStore,
  step: CompiledStep,
  presetId: string | null = null,
): Promise<boolean> {
  const { actions } = store.getState();
  if (!(await actions.loadScenario(step.scenario, presetId))) return false;
  if (step.cursor) store.setState({ pendingRestore: restoreOf(step.cursor) });
  return true;
}

/**
 * Moves the cursor to `target` in the run shown: within a kept trace of that update, by tracing
 * the next update when the run stands just before it; otherwise by reloading `step`'s scenario
 * and replaying to it (what a link does).
 */
export function moveCursor(store: AppStore, target: StepTarget, step: CompiledStep): void {
  const s = store.getState();
  if (s.playing) s.actions.pause();
  const done = s.frame?.update ?? 0;
  if (target.at === null) {
    if (done === target.update && s.traceIndex < 0) return;
    void loadStep(store, step);
    return;
  }
  const at = target.at;
  const kept = s.traces.findIndex((t) => t.update === target.update);
  if (kept >= 0 && kept === s.traces.length - 1) {
    store.setState({ traceIndex: kept, cursor: cursorOfPhaseAt(phasesOf(s.traces[kept]), at) });
    return;
  }
  if (done === target.update - 1 && !s.awaitingTrace) {
    store.setState({ pendingAt: at, pendingCursor: null });
    s.actions.stepForward('update');
    return;
  }
  void loadStep(store, step);
}

/** The cursor in effect at step `index`: its own, else the last one since its scenario loaded. */
export function cursorAt(steps: readonly CompiledStep[], index: number): StepTarget | null {
  for (let k = index; k >= 0; k -= 1) {
    if (steps[k].cursor) return steps[k].cursor;
    if (steps[k].loads) return null;
  }
  return null;
}

/** Opens step `index` of a lesson; `reload` loads its scenario even when it has no patch. A
 * patched scenario that is exactly a preset is loaded as that preset (its name, its views). */
export function openStep(
  store: AppStore,
  steps: readonly CompiledStep[],
  index: number,
  reload: boolean,
  basePreset: string | null = null,
): void {
  const step = steps[index];
  if (!step) return;
  const patched = steps.slice(0, index + 1).some((s) => s.step.patch !== undefined);
  if (reload || step.loads)
    void loadStep(
      store,
      { ...step, cursor: cursorAt(steps, index) },
      patched ? presetIdOf(step.scenario) : basePreset,
    );
  else if (step.cursor) moveCursor(store, step.cursor, step);
}
