// What the gated views (cells across time, the gate view, the chain rule, the worked example,
// the gradient through time) are given: the store's gated model, the selection and a way to
// change it; and which cell a selection opens. The views read this and nothing else.
import type { Ref } from '../../engine/types';
import type { GatedViewModel } from '../../store/gatedView';
import { cursorOf } from '../../viz/unrolledValues';

export type { GatedViewModel } from '../../store/gatedView';

export interface GatedViewProps {
  readonly model: GatedViewModel;
  readonly selection: Ref | null;
  readonly onSelect: (ref: Ref | null) => void;
  readonly reducedMotion?: boolean;
  /**
   * Training is playing: the cells and the gradient strip follow it, while the gate view, the
   * chain rule and the worked example show what they held when it began, saying so.
   */
  readonly live?: boolean;
}

/**
 * The cell (0-based step t, unit j) the gate view opens: a selected hidden unit at a step;
 * else unit 1 at the cursor's step, or at the last step.
 */
export function selectedCell(
  selection: Ref | null,
  model: Pick<GatedViewModel, 'sample' | 'spec' | 'phase' | 'sampleIndex'>,
): { readonly t: number; readonly j: number } {
  const T = model.sample?.steps.length ?? 0;
  const clampT = (t: number): number => Math.min(Math.max(0, T - 1), Math.max(0, t));
  if (
    selection?.kind === 'neuron' &&
    selection.layer === 1 &&
    selection.t !== undefined &&
    selection.j < model.spec.hidden
  )
    return { t: clampT(selection.t), j: selection.j };
  const cursor = cursorOf(model.phase, model.sampleIndex);
  return { t: clampT(cursor.t ?? T - 1), j: 0 };
}
