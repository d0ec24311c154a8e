// The Elman RNN's parameter blocks over one flat vector (Wxh Whh bh Why by, contracts.md's
// order) and its initialisation. Index arithmetic and seeded draws only.
import { createLayout, type BlockSpec, type ParamLayout } from '../layout';
import { drawWeight } from '../network';
import type { Rng } from '../random';
import type { InitName } from '../types';
import type { RnnSpec } from './types';

/** Wxh: [H, I] · Whh: [H, H] · bh: [H] · Why: [O, H] · by: [O] (the readout only with `readout`). */
export function rnnLayout(spec: RnnSpec): ParamLayout {
  const { inputs: I, hidden: H, outputs: O } = spec;
  const blocks: BlockSpec[] = [
    { name: 'Wxh', shape: [H, I], role: 'weight' },
    { name: 'Whh', shape: [H, H], role: 'weight' },
    { name: 'bh', shape: [H], role: 'bias' },
  ];
  if (spec.readout) {
    blocks.push({ name: 'Why', shape: [O, H], role: 'weight' });
    blocks.push({ name: 'by', shape: [O], role: 'bias' });
  }
  return createLayout(blocks);
}

/** Flat offsets of the blocks (readout offsets are −1 without a readout). */
export interface RnnOffsets {
  readonly Wxh: number;
  readonly Whh: number;
  readonly bh: number;
  readonly Why: number;
  readonly by: number;
}

export function rnnOffsets(layout: ParamLayout): RnnOffsets {
  const at = (name: string): number => layout.blocks.find((b) => b.name === name)?.offset ?? -1;
  return { Wxh: at('Wxh'), Whh: at('Whh'), bh: at('bh'), Why: at('Why'), by: at('by') };
}

/** Given blocks by name: matrices as rows ([receiving][sending]), vectors as lists. */
export type GivenBlocks = Readonly<
  Record<string, readonly (number | readonly number[])[] | undefined>
>;

/**
 * Initial parameters: every matrix block drawn from `init` in layout order (row by row,
 * fan-in/fan-out of that block), biases 0; then the given blocks written over them. Matrices
 * are always drawn, given or not, so giving one block leaves the others' numbers unchanged.
 */
export function initRnnParams(
  layout: ParamLayout,
  init: InitName,
  given: GivenBlocks | undefined,
  rng: Rng,
): Float64Array {
  const params = new Float64Array(layout.size);
  for (const block of layout.blocks) {
    if (block.role !== 'weight') continue;
    const [rows, cols] = block.shape;
    for (let k = 0; k < block.size; k += 1) {
      params[block.offset + k] = drawWeight(init, cols, rows, rng);
    }
  }
  for (const block of layout.blocks) {
    const values = given?.[block.name];
    if (!values) continue;
    values.forEach((entry, r) => {
      if (typeof entry === 'number') {
        if (r < block.size) params[block.offset + r] = entry;
        return;
      }
      const cols = block.shape[1] ?? 1;
      entry.forEach((value, c) => {
        if (r < block.shape[0] && c < cols) params[block.offset + r * cols + c] = value;
      });
    });
  }
  return params;
}
