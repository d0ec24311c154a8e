// What an LSTM or GRU run shows where an MLP's graph, chain rule and worked example go: the
// cells across time with their highway, the cell opened up and the gradient through time
// above; the chain rule through time and the worked example per step below (components/Gated), all fed the store's gated model.
import {
  GateView,
  GatedCellsGraph,
  GatedChainRule,
  GatedGradientThroughTime,
  GatedWorkedExample,
} from '../components/Gated';
import { useAppStore } from '../store/context';
import { selectGatedView } from '../store/gatedView';
import { selectActions } from '../store/selectors';

/** The gated views over the graph's place (`upper`) or the explanation's (`lower`). */
export function GatedMain({ part }: { readonly part: 'upper' | 'lower' }) {
  const model = useAppStore(selectGatedView);
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
        <GatedCellsGraph {...props} />
        <GateView {...props} />
        <GatedGradientThroughTime {...props} />
      </div>
    );
  }
  // plain siblings: the learning layout styles the direct children of its explain slot
  return (
    <>
      <GatedChainRule {...props} />
      <GatedWorkedExample {...props} />
    </>
  );
}
