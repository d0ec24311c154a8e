// Every preset of every network kind, in the order the command line lists them: one registry,
// so a new family adds its list here once instead of in each command.
import { CNN_PRESETS, getCnnPreset } from './cnnPresets';
import { FIXED_POINT_PRESETS, getFixedPointPreset } from './fixedPointPresets';
import { GATED_PRESETS, getGatedPreset } from './gatedPresets';
import { getPreset, PRESETS } from './presets';
import { getRecurrentPreset, RECURRENT_PRESETS } from './recurrentPresets';

export const ALL_PRESETS = [
  ...PRESETS,
  ...RECURRENT_PRESETS,
  ...GATED_PRESETS,
  ...FIXED_POINT_PRESETS,
  ...CNN_PRESETS,
] as const;

/** The preset with this id, of any kind, or undefined. */
export function findAnyPreset(id: string) {
  return (
    getPreset(id) ??
    getRecurrentPreset(id) ??
    getGatedPreset(id) ??
    getFixedPointPreset(id) ??
    getCnnPreset(id)
  );
}
