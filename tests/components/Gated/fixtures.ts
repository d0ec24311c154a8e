// Real traces of the gated presets for the gated views' tests: a preset (its BPTT optionally
// replaced) trained for a few traced updates, and the view model the views get from a trace.
import type { GatedStepTrace } from '../../../src/engine/recurrent/gatedTypes';
import { loadSequences } from '../../../src/data/sequences';
import { phasesOf } from '../../../src/explain/phases';
import { getGatedPreset } from '../../../src/scenario/gatedPresets';
import { createGatedRun } from '../../../src/scenario/gatedRun';
import { isGatedScenario, validateAppScenario } from '../../../src/scenario/validate';
import type { GatedViewModel } from '../../../src/store/gatedView';
import { readText } from '../../helpers/files';

/** The traces of a gated preset's first `updates` updates (each from the last one's weights). */
export async function gatedTraces(
  id: string,
  updates = 1,
  bptt?: unknown,
): Promise<GatedStepTrace[]> {
  const preset = getGatedPreset(id)!.scenario;
  const edited =
    bptt === undefined ? preset : { ...preset, sequence: { ...preset.sequence, bptt } };
  const result = validateAppScenario(edited);
  if (!result.ok || !isGatedScenario(result.scenario)) throw new Error(`${id}: invalid`);
  const s = result.scenario;
  const data = await loadSequences(s.data, {
    readText,
    seed: s.seed,
    nOut: 1,
    readout: s.sequence.readout,
  });
  const { trainer } = createGatedRun(s, data);
  return Array.from({ length: updates }, () => {
    const r = trainer.step(true);
    if (!r.ok || !r.trace) throw new Error(`${id}: step failed`);
    return r.trace;
  });
}

/** The view model of a trace's first sample, at phase `cursor` of the update (null: none). */
export const gatedModelOf = (
  trace: GatedStepTrace,
  cursor: number | null = null,
): GatedViewModel => ({
  spec: trace.spec,
  sequence: trace.sequence,
  layout: trace.layout,
  params: trace.before,
  trace,
  sample: trace.samples[0],
  sampleIndex: 0,
  phase: cursor === null ? null : phasesOf(trace)[cursor],
  blockNorms: [],
  fixedBiases: false,
});
