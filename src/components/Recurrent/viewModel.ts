// What the recurrent views (unrolled graph, chain rule through time, worked example per step,
// gradient through time) are given: plain data the store assembles from the worker's frames
// and traces (store/recurrentView.ts). The views read this and nothing else, so they are
// tested without a worker.
import type { Ref } from '../../engine/types';
import type { RecurrentViewModel } from '../../store/recurrentView';

export type { BlockNormPoint, RecurrentViewModel } from '../../store/recurrentView';

/** The props every recurrent view takes. */
export interface RecurrentViewProps {
  readonly model: RecurrentViewModel;
  readonly selection: Ref | null;
  readonly onSelect: (ref: Ref | null) => void;
  /** The store's reduced-motion setting (the system's, or an embed's): scrolling is instant. */
  readonly reducedMotion?: boolean;
  /**
   * Training is playing: the graph's values stream in (drawn more cheaply), and the worked
   * example and chain rule show what they held when it began, saying so.
   */
  readonly live?: boolean;
}
