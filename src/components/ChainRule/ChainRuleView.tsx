// How one weight's or bias's gradient is made, for the shown sample: the chain-rule formula,
// each factor with its number (hover or focus highlights where it comes from), the sum over
// downstream neurons for hidden layers, the batch mean, regularization, and the update.
import type { StepTrace } from '../../engine/types';
import {
  chainRule,
  explainUpdate,
  paramName,
  paramTex,
  type FactorSource,
  type ParamRef,
} from '../../explain';
import { neuronName } from '../../explain/names';
import { formatFull } from '../../viz/format';
import { WithheldValue } from '../common/WithheldValue';
import { Tex } from './Tex';
import { TexText } from './TexText';

const fmt = formatFull;

export interface ChainRuleViewProps {
  readonly trace: StepTrace;
  readonly param: ParamRef;
  /** Position of the shown sample in the batch. */
  readonly sample: number;
  readonly onHighlight?: (source: FactorSource | null) => void;
  /** An open lesson question asks for this gradient: it and what follows from it show "?". */
  readonly withheld?: boolean;
}

export function ChainRuleView({
  trace,
  param,
  sample,
  onHighlight,
  withheld = false,
}: ChainRuleViewProps) {
  const shown = (v: number) => (withheld ? <WithheldValue /> : fmt(v));
  const rule = chainRule(trace, param, sample);
  const update = explainUpdate(trace, rule.index, paramTex(trace.sizes, param));
  const name = paramName(trace.sizes, param);
  const batch = trace.samples.length;
  const over = (source: FactorSource | null) => ({
    onMouseEnter: () => onHighlight?.(source),
    onMouseLeave: () => onHighlight?.(null),
    onFocus: () => onHighlight?.(source),
    onBlur: () => onHighlight?.(null),
  });
  return (
    <div className="chain-rule">
      <h3>
        Gradient of {name}
        {batch > 1 ? `, sample ${sample + 1} of ${batch}` : ''}
      </h3>
      <Tex tex={rule.tex} display />
      {rule.note && (
        <p className="note">
          <TexText text={rule.note} />
        </p>
      )}
      <table className="factors">
        <caption className="visually-hidden">Factors of the gradient of {name}</caption>
        <thead>
          <tr>
            <th scope="col">factor</th>
            <th scope="col">value</th>
          </tr>
        </thead>
        <tbody>
          {rule.factors.map((f, k) => (
            <tr key={k} tabIndex={0} {...over(f.source)}>
              <td>
                <Tex tex={f.tex} />
              </td>
              <td className="num">{fmt(f.value)}</td>
            </tr>
          ))}
          <tr className="product">
            <th scope="row">product (this sample)</th>
            <td className="num" data-testid="chain-product">
              {shown(rule.product)}
            </td>
          </tr>
        </tbody>
      </table>
      {rule.downstream && (
        <div className="downstream">
          <p>
            ∂L/∂a of {neuronName(trace.sizes, param.layer + 1, param.j)} sums what it sends to the
            next layer: Σ<sub>k</sub> w<sub>kj</sub> δ<sub>k</sub>
          </p>
          <ul>
            {rule.downstream.map((t) => (
              <li
                key={t.k}
                tabIndex={0}
                {...over({ kind: 'neuron', layer: param.layer + 2, j: t.k })}
              >
                {neuronName(trace.sizes, param.layer + 2, t.k)}: {fmt(t.weight)} × {fmt(t.delta)} ={' '}
                {fmt(t.product)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <dl className="totals">
        {batch > 1 && (
          <div>
            <dt>mean over the batch of {batch}</dt>
            <dd className="num">{shown(rule.mean)}</dd>
          </div>
        )}
        {rule.regularization && (
          <div>
            <dt>
              regularization <Tex tex={rule.regularization.tex} />
            </dt>
            <dd className="num">{fmt(rule.regularization.value)}</dd>
          </div>
        )}
        <div>
          <dt>gradient g</dt>
          <dd className="num" data-testid="chain-gradient">
            {shown(rule.gradient)}
          </dd>
        </div>
      </dl>
      <h4>Update ({trace.optimizer.config.kind})</h4>
      <Tex tex={update.rule} display />
      {update.terms.length > 0 && (
        <ul className="terms">
          {update.terms.map((t) => (
            <li key={t.name}>
              <Tex tex={t.tex} /> = {t.name === 't' ? String(t.value) : shown(t.value)}
            </li>
          ))}
        </ul>
      )}
      {withheld ? (
        <p className="num">
          <WithheldValue />
        </p>
      ) : (
        <Tex tex={update.numeric} display />
      )}
      {update.reason && <p className="fixed-note">{update.reason}</p>}
    </div>
  );
}
