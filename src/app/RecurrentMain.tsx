// What a recurrent run shows where an MLP's graph, chain rule and worked example go: the
// unrolled graph, the gradient through time, the chain rule through time and the worked
// example per step (components/Recurrent), all fed the store's view model.
import {
  GradientThroughTime,
  RecurrentChainRule,
  RecurrentWorkedExample,
  UnrolledGraph,
} from '../components/Recurrent';
import { useAppStore } from '../store/context';
import { selectRecurrentView } from '../store/recurrentView';
import { selectActions } from '../store/selectors';

/** The recurrent views over the graph's place (`upper`) or the explanation's (`lower`). */
export function RecurrentMain({ part }: { readonly part: 'upper' | 'lower' }) {
  const model = useAppStore(selectRecurrentView);
  const selection = useAppStore((s) => s.selection);
  const { select } = useAppStore(selectActions);
  const reducedMotion = useAppStore((s) => s.reducedMotion);
  if (!model) {
    return part === 'upper' ? (
      <section className="panel graph-panel" aria-label="Network graph">
        <p>Loading the network…</p>
      </section>
    ) : null;
  }
  const props = { model, selection, onSelect: select, reducedMotion };
  if (part === 'upper') {
    return (
      <div className="recurrent-upper">
        <UnrolledGraph {...props} />
        <GradientThroughTime {...props} />
      </div>
    );
  }
  // plain siblings: the learning layout styles the direct children of its explain slot
  return (
    <>
      <RecurrentChainRule {...props} />
      <RecurrentWorkedExample {...props} />
    </>
  );
}
