// What a recurrent run shows where an MLP's graph, chain rule and worked example go: the
// unrolled graph, the gradient through time, the chain rule through time and the worked
// example per step (components/Recurrent), all fed the store's view model. While training
// plays, the views follow it as useLiveModel says (throttled above, held below).
import { memo } from 'react';
import {
  GradientThroughTime,
  RecurrentChainRule,
  RecurrentWorkedExample,
  UnrolledGraph,
  type RecurrentViewProps,
} from '../components/Recurrent';
import { useAppStore } from '../store/context';
import { selectRecurrentView } from '../store/recurrentView';
import { selectActions } from '../store/selectors';
import { partState } from './partState';
import { useLiveModel } from './useLiveModel';

/** The explanation's views: memoized, so a held model re-renders nothing while playing. */
const Lower = memo(function Lower(props: RecurrentViewProps) {
  return (
    <>
      <RecurrentChainRule {...props} />
      <RecurrentWorkedExample {...props} />
    </>
  );
});

/** The recurrent views over the graph's place (`upper`) or the explanation's (`lower`). */
export function RecurrentMain({ part }: { readonly part: 'upper' | 'lower' }) {
  const live = useLiveModel(useAppStore(selectRecurrentView), part);
  const selection = useAppStore((s) => s.selection);
  const { select } = useAppStore(selectActions);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  const state = partState(live, part, 'the unrolled network');
  if (state.model === null) return state.element;
  const { model } = state;
  const props = { model, selection, onSelect: select, reducedMotion, live: live.playing };
  if (part === 'upper') {
    return (
      <div className="recurrent-upper">
        <UnrolledGraph {...props} />
        <GradientThroughTime {...props} />
      </div>
    );
  }
  // plain siblings: the learning layout styles the direct children of its explain slot
  return <Lower {...props} />;
}
