// Which built-in preset a lesson step's scenario is, when its patch made exactly one (lesson 7
// patches its MLP into deep-sigmoid-bn, lesson 10 its RNN into lstm-memory): the app then names
// the preset in its menu and shows the preset's own views (Compare cells). Pure; compares the
// validated scenarios, so key order and defaults written or left out do not matter.
import { APP_PRESETS } from '../scenario/appPresets';
import type { AnyScenario } from '../scenario/validate';
import { validateAnyScenario } from '../scenario/validateAny';

let byText: Map<string, string> | null = null;

function presetTexts(): Map<string, string> {
  if (byText) return byText;
  byText = new Map();
  for (const p of APP_PRESETS) {
    const result = validateAnyScenario(p.scenario);
    if (result.ok && !byText.has(JSON.stringify(result.scenario)))
      byText.set(JSON.stringify(result.scenario), p.id);
  }
  return byText;
}

/** The id of the preset whose scenario `scenario` is, or null when it is none of them. */
export function presetIdOf(scenario: AnyScenario): string | null {
  return presetTexts().get(JSON.stringify(scenario)) ?? null;
}
