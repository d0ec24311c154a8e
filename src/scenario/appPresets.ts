// Every preset the app offers, feed-forward, recurrent and convolutional, by id: what the preset picker lists
// (in groups) and what `#preset=…` links open. Ids are public (links and course pages use them).
import { CNN_PRESETS } from './cnnPresets';
import { FIXED_POINT_PRESETS } from './fixedPointPresets';
import { PRESETS } from './presets';
import { GATED_PRESETS } from './gatedPresets';
import { RECURRENT_PRESETS } from './recurrentPresets';

export type PresetGroup =
  'Feed-forward' | 'Recurrent' | 'Convolution' | 'Fixed-point (Almeida–Pineda)';

export interface AppPreset {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly group: PresetGroup;
  /** The preset's scenario as written (validated when loaded). */
  readonly scenario: unknown;
}

export const APP_PRESETS: readonly AppPreset[] = [
  ...PRESETS.map((p) => ({ ...p, group: 'Feed-forward' as const })),
  ...RECURRENT_PRESETS.map((p) => ({ ...p, group: 'Recurrent' as const })),
  ...GATED_PRESETS.map((p) => ({ ...p, group: 'Recurrent' as const })),
  ...CNN_PRESETS.map((p) => ({ ...p, group: 'Convolution' as const })),
  ...FIXED_POINT_PRESETS.map((p) => ({ ...p, group: 'Fixed-point (Almeida–Pineda)' as const })),
];

export function getAppPreset(id: string): AppPreset | undefined {
  return APP_PRESETS.find((p) => p.id === id);
}

/** The presets grouped for a picker, in the order above. */
export function presetGroups(): readonly {
  readonly group: PresetGroup;
  readonly options: readonly (readonly [string, string])[];
}[] {
  const groups: PresetGroup[] = [
    'Feed-forward',
    'Recurrent',
    'Convolution',
    'Fixed-point (Almeida–Pineda)',
  ];
  return groups.map((group) => ({
    group,
    options: APP_PRESETS.filter((p) => p.group === group).map((p) => [p.id, p.title] as const),
  }));
}
