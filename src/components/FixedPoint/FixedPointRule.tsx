// The chain rule of a fixed-point net for one chosen parameter: the list to pick it (W, V, b),
// the outer-product formula in symbols and with the shown sample's numbers, one row per sample
// (δⱼ = f′(u*ⱼ)·v*ⱼ times its input), then the batch mean, regularization, clipping and the
// update. Everything comes computed from explain/fixedPointRule.ts.
import { useId, useMemo } from 'react';
import { outerProduct } from '../../explain/fixedPointRule';
import { OuterProductTable } from './OuterProductTable';
import { fixedPointParamLabels } from '../../explain/fixedPointExample';
import { formatFull } from '../../viz/format';
import { Tex } from '../ChainRule/Tex';
import { BatchTotals } from './BatchTotals';
import { FIXED_POINT_CSS } from './fixedPointStyles';
import { useStyleSheet } from '../common/useStyleSheet';
import { entryRefAt } from '../../explain/recurrentChainRule';
import type { FixedPointViewProps } from './types';

const fmt = formatFull;

/** What the numbers below are: a settled sample's, or why there is no gradient. */
function ruleNote(model: FixedPointViewProps['model'], sampleNumber: number | null): string {
  const s = model.sample;
  if (s && !s.settled)
    return 'The forward relaxation of the shown sample did not settle: there is no x*, so no error is relaxed back and its gradient is not computed (δ = 0).';
  if (s && !s.adjointSettled)
    return 'The adjoint relaxation of the shown sample did not settle: there is no v*, so its gradient is not computed.';
  const who = sampleNumber === null ? 'the shown sample’s' : `sample ${sampleNumber}’s`;
  return `With ${who} numbers (the relaxations settled at x* and v*):`;
}

export function FixedPointRule({ model, onSelect }: FixedPointViewProps) {
  useStyleSheet(FIXED_POINT_CSS);
  const pickId = useId();
  const { rule, layout, trace, sample } = model;
  const product = useMemo(() => (sample ? outerProduct(sample) : null), [sample]);
  if (!rule) return null;
  const labels = fixedPointParamLabels(layout.blocks);
  const many = rule.terms.length > 1;
  return (
    <section className="panel chain-rule-panel" aria-label="Chain rule">
      <h2>Chain rule: the gradient as an outer product</h2>
      <div className="fp-pick">
        <label htmlFor={pickId}>Parameter</label>
        <select
          id={pickId}
          value={rule.index}
          onChange={(e) => onSelect(entryRefAt(layout, Number(e.target.value)))}
        >
          {labels.map((label, k) => (
            <option key={label} value={k}>
              {label}
            </option>
          ))}
        </select>
        <span className="rnn-legend">or click an edge of the graph</span>
      </div>
      <div className="chain-rule">
        <h3>Gradient of {rule.label}</h3>
        <Tex tex={rule.formula} display />
        <p data-testid="fp-rule-note">{ruleNote(model, many ? rule.shown + 1 : null)}</p>
        <Tex tex={rule.numericDelta} display />
        <Tex tex={rule.numeric} display />
        <div className="table-scroll" tabIndex={0} role="group" aria-label="Terms per sample">
          <table className="fp-terms">
            <caption>One term per sample: δ × {rule.inputName}</caption>
            <thead>
              <tr>
                <th scope="col">sample</th>
                <th scope="col">f′(u*)</th>
                <th scope="col">v*</th>
                <th scope="col">δ</th>
                <th scope="col">{rule.inputName}</th>
                <th scope="col">term</th>
              </tr>
            </thead>
            <tbody>
              {rule.terms.map((t, k) => (
                <tr
                  key={`${t.sample}-${k}`}
                  className={many && k === rule.shown ? 'fp-current' : undefined}
                  aria-current={many && k === rule.shown ? 'true' : undefined}
                >
                  <th scope="row">
                    {k + 1} (#{t.sample})
                  </th>
                  <td className="num">{fmt(t.d)}</td>
                  <td className="num">{fmt(t.v)}</td>
                  <td className="num">{fmt(t.delta)}</td>
                  <td className="num">{fmt(t.input)}</td>
                  <td className="num" data-testid={`fp-term-${k + 1}`}>
                    {fmt(t.value)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {product && sample?.settled && sample.adjointSettled && (
          <OuterProductTable product={product} chosen={rule.block === 'W' ? rule.position : null} />
        )}
        {rule.batch && trace ? (
          <BatchTotals batch={rule.batch} optimizer={trace.optimizer.config.kind} />
        ) : (
          <p className="note">
            This is the gradient of the shown sample with the current weights; step through an
            update to see the batch mean and the change of the weight.
          </p>
        )}
      </div>
    </section>
  );
}
