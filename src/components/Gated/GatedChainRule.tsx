// The chain rule through time for an LSTM's or GRU's parameters (region "Chain rule"): pick
// any gate weight, bias or readout entry and see its gradient as the sum over time of its
// gate's δ times its input, then the batch, clipping and update. Numbers from explain.
import { useMemo } from 'react';
import { gatedParamLabels } from '../../explain/gatedExample';
import { gatedParamRule, gatedTarget } from '../../explain/gatedChainRule';
import { entryIndex, entryRefAt } from '../../explain/recurrentChainRule';
import { cursorOf } from '../../viz/unrolledValues';
import { HeldHint } from '../Recurrent/HeldHint';
import { ParamRuleView } from '../Recurrent/ParamRuleView';
import { RECURRENT_CSS } from '../Recurrent/recurrentStyles';
import { useStyleSheet } from '../common/useStyleSheet';
import { GATED_CSS } from './gatedStyles';
import type { GatedViewProps } from './viewModel';

export function GatedChainRule({ model, selection, onSelect, live }: GatedViewProps) {
  useStyleSheet(RECURRENT_CSS);
  useStyleSheet(GATED_CSS);
  const { sample, layout } = model;
  const cursor = cursorOf(model.phase, model.sampleIndex);
  const target = gatedTarget(selection, layout, model.spec.cell === 'lstm');
  const labels = useMemo(() => gatedParamLabels(layout.blocks), [layout]);
  const selectedIndex = entryIndex(layout, target.block, target.position) ?? -1;
  const rule = useMemo(
    () =>
      sample
        ? gatedParamRule(model, sample, target.block, target.position, target.t ?? cursor.t)
        : null,
    [model, sample, target.block, target.position, target.t, cursor.t],
  );
  return (
    <section aria-label="Chain rule" className="panel chain-panel rnn-chain gated-panel">
      <h2>Chain rule through time</h2>
      {live && <HeldHint />}
      <p className="rnn-legend">
        A gate weight is shared by every step: its gradient is the sum over time of its gate’s δ
        times the input it multiplies (xₜ, hₜ₋₁, or 1 for a bias).
      </p>
      <label className="field">
        <span>Parameter</span>
        <select
          value={selectedIndex >= 0 ? String(selectedIndex) : ''}
          onChange={(e) => {
            const ref = entryRefAt(layout, Number(e.target.value));
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
      {!rule && <p>No sequence to explain yet.</p>}
      {rule && (
        <ParamRuleView
          rule={rule}
          optimizer={model.trace?.optimizer.config.kind ?? null}
          batchSize={model.trace?.samples.length ?? 1}
          sampleIndex={model.sampleIndex}
        />
      )}
    </section>
  );
}
