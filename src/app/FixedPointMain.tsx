// What a fixed-point run shows where an MLP's graph, chain rule and worked example go: the
// net's graph with its loops and the relaxation chart (upper), the outer-product chain rule
// and the worked example (lower), all fed the store's view model (store/fixedPointView.ts).
import {
  FixedPointGraph,
  FixedPointRule,
  FixedPointTables,
  RelaxationChart,
} from '../components/FixedPoint';
import { useAppStore } from '../store/context';
import { selectFixedPointView } from '../store/fixedPointView';
import { selectActions } from '../store/selectors';

/** The fixed-point views over the graph's place (`upper`) or the explanation's (`lower`). */
export function FixedPointMain({ part }: { readonly part: 'upper' | 'lower' }) {
  const model = useAppStore(selectFixedPointView);
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
        <FixedPointGraph {...props} />
        <RelaxationChart {...props} />
      </div>
    );
  }
  // plain siblings: the learning layout styles the direct children of its explain slot
  return (
    <>
      <FixedPointRule {...props} />
      <FixedPointTables {...props} />
    </>
  );
}
