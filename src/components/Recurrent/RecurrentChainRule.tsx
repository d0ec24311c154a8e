// The chain rule through time (region "Chain rule"): for a shared weight, its gradient as the
// sum of one term per step, then the batch, clipping and update; for a hidden state hₜ, δₜ
// from its own output and from step t+1. Nothing selected: a Whh entry. Numbers from explain.
import { useMemo } from 'react';
import {
  entryIndex,
  entryRefAt,
  recurrentParamRule,
  recurrentTarget,
} from '../../explain/recurrentChainRule';
import { recurrentStateRule } from '../../explain/recurrentStateRule';
import { recurrentParamLabels } from '../../explain/recurrentExample';
import { cursorOf } from '../../viz/unrolledValues';
import { useStyleSheet } from '../common/useStyleSheet';
import { RECURRENT_CSS } from './recurrentStyles';
import { HeldHint } from './HeldHint';
import { ParamRuleView } from './ParamRuleView';
import { StateRuleView } from './StateRuleView';
import type { RecurrentViewProps } from './viewModel';

export function RecurrentChainRule({ model, selection, onSelect, live }: RecurrentViewProps) {
  useStyleSheet(RECURRENT_CSS);
  const { sample, layout } = model;
  const T = sample?.steps.length ?? 0;
  const cursor = cursorOf(model.phase, model.sampleIndex);
  const target = recurrentTarget(selection, layout, T, cursor.t);
  const labels = useMemo(() => recurrentParamLabels(layout.blocks), [layout]);
  const selectedIndex =
    target.kind === 'param' ? (entryIndex(layout, target.block, target.position) ?? -1) : -1;
  return (
    <section aria-label="Chain rule" className="panel chain-panel rnn-chain">
      <h2>Chain rule through time</h2>
      {live && <HeldHint />}
      <label className="field">
        <span>Parameter</span>
        <select
          value={selectedIndex >= 0 ? String(selectedIndex) : ''}
          onChange={(e) => {
            const k = Number(e.target.value);
            const ref = entryRefAt(layout, k);
            if (ref) onSelect(ref);
          }}
        >
          <option value="" disabled>
            Choose a weight or bias
          </option>
          {labels.map((label, k) => (
            <option key={label} value={String(k)}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {!sample && <p>No sequence to explain yet.</p>}
      {sample && target.kind === 'param' && (
        <ParamRuleView
          rule={recurrentParamRule(
            model,
            sample,
            target.block,
            target.position,
            target.t ?? cursor.t,
          )}
          optimizer={model.trace?.optimizer.config.kind ?? null}
          batchSize={model.trace?.samples.length ?? 1}
          sampleIndex={model.sampleIndex}
        />
      )}
      {sample && target.kind === 'state' && (
        <StateRuleView rule={recurrentStateRule(model, sample, target.t, target.j)} T={T} />
      )}
    </section>
  );
}
