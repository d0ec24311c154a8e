// The page's list of presets: ids, titles and groups only, what the preset picker and a link's
// `preset=` need at once. The presets' scenarios are in appPresets.ts, loaded when a preset
// other than the first screen's (firstPreset.ts) is opened, so the first chunk stays small
// (issue 12 §5).
// tests/scenario/presetCatalogue.test.ts checks this list against appPresets.ts.
import type { AppPreset, PresetGroup } from './appPresets';
import { twoTwoOne } from './firstPreset';

export interface PresetEntry {
  readonly id: string;
  readonly title: string;
  readonly group: PresetGroup;
}

const entry =
  (group: PresetGroup) =>
  ([id, title]: readonly [string, string]): PresetEntry => ({ id, title, group });

/** Every preset the app offers, in the picker's order (as APP_PRESETS). */
export const PRESET_CATALOGUE: readonly PresetEntry[] = [
  ...(
    [
      ['two-two-one', 'The 2-2-1 worked example'],
      ['mazur-2-2-2', 'Matt Mazur’s step-by-step example (2-2-2)'],
      ['xor', 'XOR: why a hidden layer is needed'],
      ['gauss', 'Gauss: two clouds and a straight line'],
      ['circle', 'Circle: a disc inside a ring'],
      ['moons', 'Moons: bending the boundary'],
      ['spiral', 'Spiral: depth pays off'],
      ['sine', 'Sine: fitting a curve'],
      ['plane', 'Plane: regression in two inputs'],
      ['overfitting', 'Overfitting: a big net on few points'],
      ['iris', 'Iris: three species from four measurements'],
      ['digits', 'Handwritten digits (8×8)'],
    ] as const
  ).map(entry('Feed-forward')),
  ...(
    [
      ['rnn-sine', 'RNN: predict the next value of a noisy sine'],
      ['rnn-memory', 'RNN: remember the first input (vanishing gradients)'],
      ['sunspots-rnn', 'RNN: yearly sunspot numbers'],
      ['lstm-gomez', 'LSTM: the step-by-step numeric example'],
      ['lstm-memory', 'LSTM: remember the first input across 8 steps'],
      ['gru-memory', 'GRU: remember the first input across 8 steps'],
      ['sunspots-lstm', 'LSTM: yearly sunspot numbers'],
      ['sunspots-gru', 'GRU: yearly sunspot numbers'],
    ] as const
  ).map(entry('Recurrent')),
  ...(
    [
      ['digits-cnn', 'CNN: handwritten digits (8×8)'],
      ['conv-by-hand', 'Convolution by hand: a 4×4 image and one 2×2 kernel'],
      ['deep-sigmoid', 'Deep sigmoid net: vanishing gradients'],
      ['deep-sigmoid-bn', 'Deep sigmoid net with batch norm: gradients reach the first layer'],
    ] as const
  ).map(entry('Convolution')),
  ...(
    [
      ['fixed-point', 'Fixed-point net: 3 units settle, the error settles back'],
      ['fixed-point-xor', 'Fixed-point net learns XOR by settling'],
    ] as const
  ).map(entry('Fixed-point (Almeida–Pineda)')),
];

/** Whether the app offers a preset of this id. */
export function isAppPreset(id: string): boolean {
  return PRESET_CATALOGUE.some((p) => p.id === id);
}

const GROUPS: readonly PresetGroup[] = [
  'Feed-forward',
  'Recurrent',
  'Convolution',
  'Fixed-point (Almeida–Pineda)',
];

/** The presets grouped for a picker, in the order above. */
export function presetGroups(): readonly {
  readonly group: PresetGroup;
  readonly options: readonly (readonly [string, string])[];
}[] {
  return GROUPS.map((group) => ({
    group,
    options: PRESET_CATALOGUE.filter((p) => p.group === group).map((p) => [p.id, p.title] as const),
  }));
}

let loaded: { getAppPreset(id: string): AppPreset | undefined } | null = null;

/** A preset's scenario as written, if at hand: the first screen's, or any once they loaded. */
export function presetScenarioNow(id: string): unknown {
  if (id === twoTwoOne.id) return twoTwoOne.scenario;
  return loaded?.getAppPreset(id)?.scenario;
}

/** A preset's scenario as written (undefined: no such preset), loading the presets first. */
export async function loadPresetScenario(id: string): Promise<unknown> {
  const now = presetScenarioNow(id);
  if (now !== undefined) return now;
  loaded ??= await import('./appPresets');
  return loaded.getAppPreset(id)?.scenario;
}
