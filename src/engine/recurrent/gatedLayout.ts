// The gated cells' parameter blocks over one flat vector, in contracts.md's order —
// LSTM: Wxi Whi bi Wxf Whf bf Wxg Whg bg Wxo Who bo; GRU: Wxr Whr br Wxz Whz bz Wxn Whn bxn
// bhn — then the readout Why by. Index arithmetic only; initialisation is the RNN's.
import { createLayout, type BlockSpec, type ParamLayout } from '../layout';
import { GATES, type GatedSpec } from './gatedTypes';

/** Every gate k: Wx·k [H, I], Wh·k [H, H], b·k [H] (GRU's n: bxn, then bhn). */
export function gatedLayout(spec: GatedSpec): ParamLayout {
  const { inputs: I, hidden: H, outputs: O } = spec;
  const blocks: BlockSpec[] = [];
  for (const gate of GATES[spec.cell]) {
    blocks.push({ name: `Wx${gate}`, shape: [H, I], role: 'weight' });
    blocks.push({ name: `Wh${gate}`, shape: [H, H], role: 'weight' });
    if (spec.cell === 'gru' && gate === 'n') {
      blocks.push({ name: 'bxn', shape: [H], role: 'bias' });
      blocks.push({ name: 'bhn', shape: [H], role: 'bias' });
    } else blocks.push({ name: `b${gate}`, shape: [H], role: 'bias' });
  }
  if (spec.readout) {
    blocks.push({ name: 'Why', shape: [O, H], role: 'weight' });
    blocks.push({ name: 'by', shape: [O], role: 'bias' });
  }
  return createLayout(blocks);
}

/**
 * Flat offsets: Wx[k], Wh[k], b[k] of gate k in GATES order (GRU's b[2] is bxn), bhn (GRU
 * only, else −1), and the readout (−1 without one).
 */
export interface GatedOffsets {
  readonly Wx: readonly number[];
  readonly Wh: readonly number[];
  readonly b: readonly number[];
  readonly bhn: number;
  readonly Why: number;
  readonly by: number;
}

export function gatedOffsets(spec: GatedSpec, layout: ParamLayout): GatedOffsets {
  const at = (name: string): number => layout.blocks.find((b) => b.name === name)?.offset ?? -1;
  const gates = GATES[spec.cell];
  return {
    Wx: gates.map((g) => at(`Wx${g}`)),
    Wh: gates.map((g) => at(`Wh${g}`)),
    b: gates.map((g) => at(spec.cell === 'gru' && g === 'n' ? 'bxn' : `b${g}`)),
    bhn: at('bhn'),
    Why: at('Why'),
    by: at('by'),
  };
}
