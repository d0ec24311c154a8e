// What every fixed-point view takes: the store's view model (store/fixedPointView.ts), the
// selection and how to change it. The views read this and nothing else, so they are tested
// without a worker.
import type { Ref } from '../../engine/types';
import type { FixedPointViewModel } from '../../store/fixedPointView';

export type { FixedPointViewModel } from '../../store/fixedPointView';

export interface FixedPointViewProps {
  readonly model: FixedPointViewModel;
  readonly selection: Ref | null;
  readonly onSelect: (ref: Ref | null) => void;
  /** The store's reduced-motion setting: scrolling to the current table is instant. */
  readonly reducedMotion?: boolean;
}
