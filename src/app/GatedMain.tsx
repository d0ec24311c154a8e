// What an LSTM or GRU run shows where an MLP's graph, chain rule and worked example go: the
// cells across time with their highway, the cell opened up and the gradient through time
// above; the chain rule through time and the worked example per step below (components/Gated),
// all fed the store's gated model. While training plays, the views follow it as useLiveModel
// says (throttled above, held below), like the Elman RNN's; the gate view, above, holds too.
import { memo } from 'react';
import {
  GateView,
  GatedCellsGraph,
  GatedChainRule,
  GatedGradientThroughTime,
  GatedWorkedExample,
} from '../components/Gated';
import type { GatedViewProps } from '../components/Gated/viewModel';
import { useAppStore } from '../store/context';
import { selectGatedView } from '../store/gatedView';
import { selectActions } from '../store/selectors';
import { partState } from './partState';
import { useLiveModel } from './useLiveModel';

/** The graph's place: memoized, so a throttled model re-renders nothing between its updates. */
const Upper = memo(function Upper(props: GatedViewProps) {
  return (
    <div className="recurrent-upper">
      <GatedCellsGraph {...props} />
      <GateView {...props} />
      <GatedGradientThroughTime {...props} />
    </div>
  );
});

/** The explanation's views (plain siblings: the learning layout styles its slot's children). */
const Lower = memo(function Lower(props: GatedViewProps) {
  return (
    <>
      <GatedChainRule {...props} />
      <GatedWorkedExample {...props} />
    </>
  );
});

/** The gated views over the graph's place (`upper`) or the explanation's (`lower`). */
export function GatedMain({ part }: { readonly part: 'upper' | 'lower' }) {
  const live = useLiveModel(useAppStore(selectGatedView), part);
  const selection = useAppStore((s) => s.selection);
  const { select } = useAppStore(selectActions);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  const state = partState(live, part, 'the cells across time');
  if (state.model === null) return state.element;
  const { model } = state;
  const props = { model, selection, onSelect: select, reducedMotion, live: live.playing };
  return part === 'upper' ? <Upper {...props} /> : <Lower {...props} />;
}
