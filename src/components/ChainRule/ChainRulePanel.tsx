// The chain-rule panel: explains the selected weight or bias (a selected neuron shows its
// bias, whose gradient is its δ) at the sample the cursor is on.
import { allParams, paramName, type FactorSource, type ParamRef } from '../../explain';
import { useAppStore } from '../../store/context';
import { paramCount, refKey } from '../../viz/refs';
import { selectActions, selectPhase, selectMlpTrace } from '../../store/selectors';
import type { Selection } from '../../store/types';
import { gradientWithheld } from '../../lessons/withheld';
import { ChainRuleView } from './ChainRuleView';

function paramOf(selection: Selection | null): ParamRef | null {
  if (!selection || selection.kind === 'entry') return null;
  if (selection.kind === 'neuron')
    return selection.layer === 0
      ? null
      : { kind: 'bias', layer: selection.layer - 1, j: selection.j };
  return selection;
}

export function ChainRulePanel({
  onHighlight,
}: {
  readonly onHighlight?: (source: FactorSource | null) => void;
}) {
  const trace = useAppStore(selectMlpTrace);
  const phase = useAppStore(selectPhase);
  const selection = useAppStore((s) => s.selection);
  const sizes = useAppStore((s) => s.summary?.sizes ?? null);
  const actions = useAppStore(selectActions);
  const withheld = useAppStore((s) => s.withheld);
  const param = paramOf(selection);
  const sample = phase && 'sample' in phase ? phase.sample : 0;
  const refs = sizes && paramCount(sizes) <= 400 ? allParams(sizes) : [];
  const key = (r: ParamRef): string => refKey(r);
  return (
    <section className="panel chain-panel" aria-label="Chain rule">
      <h2>Chain rule</h2>
      {sizes && refs.length > 0 && (
        <label className="field">
          <span>Parameter</span>
          <select
            value={param ? key(param) : ''}
            onChange={(e) => {
              const ref = refs.find((r) => key(r) === e.target.value);
              if (ref) actions.select(ref);
            }}
          >
            <option value="" disabled>
              Choose a weight or bias
            </option>
            {refs.map((r) => (
              <option key={key(r)} value={key(r)}>
                {paramName(sizes, r)}
              </option>
            ))}
          </select>
        </label>
      )}
      {!trace && (
        <p>
          Step forward to compute an update, then select a weight or a neuron to see how its
          gradient is made.
        </p>
      )}
      {trace && !param && (
        <p>Select a weight (an edge) or a neuron in the graph to see how its gradient is made.</p>
      )}
      {trace && param && (
        <ChainRuleView
          trace={trace}
          param={param}
          sample={sample}
          withheld={gradientWithheld(withheld, param)}
          {...(onHighlight ? { onHighlight } : {})}
        />
      )}
    </section>
  );
}
