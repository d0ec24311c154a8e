// The panels under the controls: the chain rule and worked example, and the charts. On a net
// small enough for the worked example they come first (stepping through one update is what such
// a net is for); on larger nets the charts come first.
import type { FactorSource } from '../explain';
import { ChainRulePanel } from '../components/ChainRule/ChainRulePanel';
import {
  WORKED_EXAMPLE_MAX_PARAMS,
  WorkedExampleTable,
} from '../components/WorkedExample/WorkedExampleTable';
import { useAppStore } from '../store/context';
import type { Selection } from '../store/types';
import { paramCount } from '../viz/refs';
import { LazyChartsPanel } from './lazyPanels';

export function LowerPanels({
  onHighlight,
  onHighlightRow,
}: {
  /** A chain-rule factor's source under the pointer or focus. */
  readonly onHighlight: (source: FactorSource | null) => void;
  /** A worked-example row's neuron or parameter under the pointer or focus. */
  readonly onHighlightRow: (ref: Selection | null) => void;
}) {
  const explainFirst = useAppStore(
    (s) => s.summary === null || paramCount(s.summary.sizes) <= WORKED_EXAMPLE_MAX_PARAMS,
  );
  const explain = (
    <div key="explain" className="panels explain">
      <ChainRulePanel onHighlight={onHighlight} />
      <WorkedExampleTable onHighlight={onHighlightRow} />
    </div>
  );
  const charts = <LazyChartsPanel key="charts" />;
  return <>{explainFirst ? [explain, charts] : [charts, explain]}</>;
}
