// How many samples a data snapshot holds; one sample leaves the data panel nothing to draw
// (a single point on an empty plane), so the panel folds to one line. Pure.
import type { DataSnapshot } from '../../protocol/messages';

export const sampleCount = (data: Pick<DataSnapshot, 'inputs' | 'nIn'>): number =>
  data.nIn > 0 ? Math.floor(data.inputs.length / data.nIn) : 0;

/** True when the panel has nothing to show but its one sample. */
export const isSingleSample = (data: Pick<DataSnapshot, 'inputs' | 'nIn'> | null): boolean =>
  data !== null && sampleCount(data) <= 1;
